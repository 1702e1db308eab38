// A note in the builder: a new one, the wording its parts make, its title, and its text cut at the flags. Only the
// builder needs this, so it is kept out of model.ts, which the store (and so the Your data page) loads.
// Pure: no Preact, no DOM, no storage.
import { modeFields } from './parts';
import { behaviourForm, type BehaviourWords } from './feedforward';
import { emptyFields, type Direction, type FieldKey, type Fields, type Mode, type Note } from './model';

export const modeNames: Record<Mode, string> = {
  constructive: 'Constructive feedback',
  recognition: 'Recognition',
  feedforward: 'Feedforward',
};
export const directionNames: Record<Direction, string> = {
  'to-mentee': 'Mentor to mentee',
  'to-mentor': 'Mentee to mentor',
};

export const newId = (): string => `n${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

export function newNote(init: Partial<Note> = {}, now = new Date()): Note {
  const at = now.toISOString();
  return {
    id: newId(), createdAt: at, updatedAt: at, mode: 'constructive', direction: 'to-mentee', person: '',
    goalId: '', goalTitle: '', fields: emptyFields(), text: '', edited: false, dismissed: [], ...init,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Joining the parts into sentences

const clean = (s: string) => s.trim().replace(/\s+/g, ' ');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Drops a trailing full stop, comma or semicolon, so a part can be joined or re-punctuated. */
const bare = (s: string) => s.replace(/[\s.,;:]+$/, '');
/** How the parts are joined: content, in texts.ts (which says more about each). */
export interface Wording {
  /**
   * Opening and closing lines by mode and direction; they must pass the language check themselves. After a name,
   * an opening that starts "Can" is lower-cased; feedforward's opening is a question without its question mark,
   * which the behaviour completes ("…, about how you open a talk?") or follows ("…? Our meetings overrun.").
   */
  lines: Record<Mode, Record<Direction, readonly [open: string, close: string]>>;
  /** The words that decide how feedforward's behaviour joins its opening question (see feedforward.ts). */
  behaviour: BehaviourWords;
  /** Words, as typed at the start of a part, that are lower-cased when the part sits mid-sentence. */
  lowerMid: readonly string[];
  /** Words that make a part a question, at its start or after a lead-in ("Next time, would you …"). */
  questionWords: readonly string[];
}

/**
 * Joins a mode's parts into sentences a person could say or send: an opening line for the direction,
 * the situation and behaviour as one sentence, each other part as its own, then a closing line.
 * Empty parts are left out; with no part filled in, the result is ''.
 */
export function composePreview(wording: Wording, mode: Mode, direction: Direction, fields: Fields, person = ''): string {
  const f = (k: FieldKey) => clean(fields[k]);
  if (modeFields[mode].every((k) => !f(k))) return '';
  const lowerMid = new RegExp(`^(?:${wording.lowerMid.join('|')})\\b`);
  const question = new RegExp(`^(?:[^,]*, )?(?:${wording.questionWords.join('|')})\\b`, 'i');
  /** Lower-cases a leading pronoun or article so a part can sit mid-sentence; names and "I" stay as typed. */
  const mid = (s: string) => (lowerMid.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
  /** A part as a sentence: capitalised, ending in its own punctuation, a question mark if it may ask and does. */
  const sentence = (s: string, mayAsk = false): string => {
    const t = clean(s);
    if (!t) return '';
    if (/[.!?…"”')]$/.test(t)) return cap(t);
    return `${cap(bare(t))}${mayAsk && question.test(t) ? '?' : '.'}`;
  };
  const out: string[] = [];
  let [open, close] = wording.lines[mode][direction];
  if (mode === 'feedforward') {
    // A topic goes into the question ("…, about how you open a talk?"), an aim or order becomes "how to …", a full
    // sentence follows the question, and what could be either is set off by a colon.
    const b = f('behaviour');
    const form = b && behaviourForm(b, wording.behaviour);
    // A first word capitalised only because it came first ("Presentations") is lowered; "I", "LinkedIn", "Tom's" stay.
    const low = bare(b).replace(/^(?!I\b)[A-Z][a-z]*(?=[\s,]|$)/, (m) => m.toLowerCase());
    open +=
      !form ? '?'
      : form === 'sentence' ? `? ${sentence(b, true)}`
      : form === 'unsure' ? `? ${wording.behaviour.unsureLead} ${low}.`
      : `, about ${form === 'topic' ? low : `how to ${low.replace(/^to /, '')}`}?`;
  }
  const name = clean(person);
  out.push(name ? `${name}, ${open.startsWith('I ') ? open : mid(open.replace(/^Can/, 'can'))}` : open);
  if (mode === 'constructive') {
    const s = bare(f('situation'));
    const b = f('behaviour');
    out.push(s && b ? sentence(`${s}, ${mid(b)}`) : sentence(s || b));
    out.push(sentence(f('impact')), sentence(f('intent'), true), sentence(f('request'), true));
  } else if (mode === 'recognition') {
    out.push(sentence(f('behaviour')), sentence(f('effort')), sentence(f('impact')));
  } else {
    out.push(sentence(f('ideas')));
  }
  out.push(close);
  return out.filter(Boolean).join(' ');
}

/** What the note says now: the person's own wording once edited, else the wording built from the parts. */
export const noteText = (n: Note, wording: Wording): string => (n.edited ? n.text : composePreview(wording, n.mode, n.direction, n.fields, n.person));

/** A short name for a note in lists and announcements. */
export const noteTitle = (n: Note): string => `${modeNames[n.mode]}${n.person.trim() ? ` for ${n.person.trim()}` : ''}`;

// ---------------------------------------------------------------------------------------------------------
// Marking flags in the text

export interface Segment {
  text: string;
  /** Indexes into the flags list of the flags covering this piece; empty for plain text. */
  flags: number[];
}

/**
 * Splits text at every flag's start and end, so each piece can be rendered as plain text or a mark. The flags are
 * the language check's on this text, so they lie within it.
 */
export function segments(text: string, flags: { start: number; end: number }[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const f of flags) if (f.end > f.start) cuts.add(f.start).add(f.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    out.push({ text: text.slice(a, b), flags: flags.flatMap((f, j) => (f.start < b && f.end > a ? [j] : [])) });
  }
  return out;
}
