// Feedforward's one behaviour to work on, as the person wrote it: a topic ("how you open a talk"), an aim or an order
// ("be more confident"), a full sentence ("our meetings often overrun"), or something that could be either. How each
// joins the opening question is in note.ts (composePreview). Pure; the words that steer it are content (texts.ts,
// wording.behaviour), and real answers are pinned in tests/unit/feedback-feedforward.test.ts.

/** The words that tell the forms apart; lower case, straight apostrophes. */
export interface BehaviourWords {
  /**
   * Words that make the answer a full sentence, counted before any of `clauseWords`: a subject ("I", "you",
   * "there's"), a finite verb ("are", "can't"), a word that goes with one ("often").
   */
  sentenceWords: readonly string[];
  /**
   * Words that open a clause inside a topic ("meetings that are long", "how you open a talk", "the way you …"):
   * verbs after them do not count.
   */
  clauseWords: readonly string[];
  /** A first word before a noun: "the", "our". */
  determiners: readonly string[];
  /** A first word that makes the answer an aim or an order ("to speak up", "Be more confident"), said as "how to …". */
  orders: readonly string[];
  /** Before an answer that may be a topic or a sentence: "It is about this:". */
  unsureLead: string;
}

export type BehaviourForm = 'topic' | 'how-to' | 'sentence' | 'unsure';

/** A clause of its own after a comma, "and" or "but": "…, and I miss my bus". */
const JOINED = /(?:,|\band|\bbut) (?:i|you|we|they|he|she|it)\b/i;

/** Which form an answer takes. */
export function behaviourForm(answer: string, w: BehaviourWords): BehaviourForm {
  const text = answer.trim().replace(/[‘’]/g, "'");
  const words = text.toLowerCase().match(/[a-z0-9'-]+/g) ?? [];
  const is = (list: readonly string[], x = words[0]) => list.includes(x!);
  const cut = words.findIndex((x) => is(w.clauseWords, x));
  const head = cut < 0 ? words : words.slice(0, cut);
  if (is(w.orders)) return 'how-to';
  if (head.some((x) => is(w.sentenceWords, x)) || JOINED.test(text)) return 'sentence';
  // "our weekly meetings" and "my thesis writing" end in a noun; "the agenda arrives late" may be a sentence.
  return is(w.determiners) && head.length > 2 && !/(?:s|ing)$/.test(head.at(-1)!) ? 'unsure' : 'topic';
}
