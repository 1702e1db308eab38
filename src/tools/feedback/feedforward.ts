// Feedforward's opening question and the one behaviour to work on, joined so that any reasonable answer reads as a
// sentence. A topic goes into the question ("…, about how you open a talk?"), an aim or an order becomes "how to …",
// a full sentence stands on its own after the question, and what cannot be told apart is set off by a colon.
// Pure; the words that steer it are content (texts.ts, wording.behaviour), pinned in
// tests/unit/feedback-feedforward.test.ts.

/** The words that tell the forms apart; lower case, straight apostrophes. */
export interface BehaviourWords {
  /** A first word that makes the answer a full sentence: "I", "you", "there's". */
  subjects: readonly string[];
  /** Words that show a finite verb ("are", "can't", "often"), counted before any of `clauseWords`. */
  verbs: readonly string[];
  /** Words that open a clause inside a topic ("meetings that are long"); verbs after them do not count. */
  clauseWords: readonly string[];
  /** A first word that makes the answer a topic: "how", "when"; "the way" too. */
  topicStarts: readonly string[];
  /** A first word before a noun: "the", "our". */
  determiners: readonly string[];
  /** After a determiner and a noun, words that keep it a topic: "your presentations to the board". */
  prepositions: readonly string[];
  /** A first word that makes the answer an aim or an order ("Be more confident"), said as "how to …". */
  orders: readonly string[];
  /** Before an answer that may be a topic or a sentence: "It is about this:". */
  unsureLead: string;
}

export type BehaviourForm = 'topic' | 'how-to' | 'sentence' | 'unsure';

const PRONOUNS = ['i', 'you', 'we', 'they', 'he', 'she', 'it'];
/** Drops trailing punctuation, so the answer can be re-punctuated. */
const bare = (s: string) => s.replace(/[\s.,;:!?]+$/, '');

/** Which form an answer takes. */
export function behaviourForm(answer: string, w: BehaviourWords): BehaviourForm {
  const text = answer.trim().replace(/[‘’]/g, "'");
  if (text.endsWith('?')) return 'sentence';
  const words = bare(text).toLowerCase().split(/\s+/).map((x) => x.replace(/^[^a-z0-9']+|[^a-z0-9']+$/g, ''));
  const [first = '', second = ''] = words;
  const has = (list: readonly string[], x: string) => list.includes(x);
  /** A second clause with its own subject: ", you …", "and I …". */
  const joinedClause = /(?:,|\b(?:and|but))\s+(?:i|you|we|they|he|she|it)\b/i.test(text);
  if (has(w.subjects, first)) return 'sentence';
  if (has(w.topicStarts, first) || (first === 'the' && second === 'way')) return /,\s*(?:i|you|we|they|he|she|it)\b/i.test(text) ? 'sentence' : 'topic';
  if (first === 'to' || has(w.orders, first)) return 'how-to';
  const cut = words.findIndex((x) => has(w.clauseWords, x));
  const head = cut < 0 ? words : words.slice(0, cut);
  if (head.some((x) => has(w.verbs, x)) || joinedClause) return 'sentence';
  if (has(w.determiners, first) && head.length >= 3 && !has(w.prepositions, head[2]!) && !PRONOUNS.includes(head[2]!)) {
    // "our weekly meetings", "my thesis writing" end in a noun; "the agenda arrives late" may be a sentence.
    const last = head.at(-1)!;
    if (!/(?:s|ing)$/.test(last) && !head.some((x) => x.endsWith('ing'))) return 'unsure';
  }
  return 'topic';
}

/** A first word typed capitalised only because it came first ("Presentations") is lowered; "I", "LinkedIn", "Tom's" stay. */
const lowerFirst = (s: string) => s.replace(/^([A-Z][a-z]*)(?=[\s,]|$)/, (m) => (m === 'I' ? m : m.toLowerCase()));
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The opening question (without its question mark) with the behaviour, as one or two sentences. */
export function feedforwardOpening(open: string, behaviour: string, w: BehaviourWords): string {
  const b = behaviour.trim().replace(/\s+/g, ' ');
  if (!b) return `${open}?`;
  switch (behaviourForm(b, w)) {
    case 'topic':
      return `${open}, about ${lowerFirst(bare(b))}?`;
    case 'how-to':
      return `${open}, about how ${/^to\b/i.test(b) ? '' : 'to '}${lowerFirst(bare(b))}?`;
    case 'unsure':
      return `${open}? ${w.unsureLead} ${lowerFirst(bare(b))}.`;
    case 'sentence':
      return `${open}? ${cap(/[.!?…"”')]$/.test(b) ? b : `${bare(b)}.`)}`;
  }
}
