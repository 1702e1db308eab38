// The feedback builder's data: notes of feedback or recognition, how their parts join into something to say,
// and how stored data is read back. Pure: no Preact, no DOM, no storage.
import {
  finish, isRecord, readArray, readBoolean, readEnum, readObject, readString, type Parsed, type Problems,
} from '../../lib/storage';

export { modeFields } from './parts';
import { modeFields } from './parts';

export const modes = ['constructive', 'recognition', 'feedforward'] as const;
export type Mode = (typeof modes)[number];
export const directions = ['to-mentee', 'to-mentor'] as const;
export type Direction = (typeof directions)[number];
export const fieldKeys = ['situation', 'behaviour', 'impact', 'intent', 'request', 'effort', 'ideas'] as const;
export type FieldKey = (typeof fieldKeys)[number];
export type Fields = Record<FieldKey, string>;

export const modeNames: Record<Mode, string> = {
  constructive: 'Constructive feedback',
  recognition: 'Recognition',
  feedforward: 'Feedforward',
};
export const directionNames: Record<Direction, string> = {
  'to-mentee': 'Mentor to mentee',
  'to-mentor': 'Mentee to mentor',
};


export interface Note {
  id: string;
  /** ISO date-times. */
  createdAt: string;
  updatedAt: string;
  mode: Mode;
  direction: Direction;
  /** Who the note is for, as the person would address them. */
  person: string;
  /** A goal from the goal worksheet, by id, with its title kept in case the goal is later deleted. */
  goalId: string;
  goalTitle: string;
  fields: Fields;
  /** The person's own wording, kept while they switch back to the wording built from the fields. */
  text: string;
  /** True while the own wording is in use. */
  edited: boolean;
  /** Suggestions kept as written, by flagKey(). */
  dismissed: string[];
}

export interface FeedbackState {
  notes: Note[];
  /** The note being edited; '' for a new, not yet saved one. */
  openId: string;
}

export const emptyFields = (): Fields => Object.fromEntries(fieldKeys.map((k) => [k, ''])) as Fields;
export const emptyState = (): FeedbackState => ({ notes: [], openId: '' });

export const newId = (): string => `n${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

export function newNote(init: Partial<Note> = {}, now = new Date()): Note {
  const at = now.toISOString();
  return {
    id: newId(), createdAt: at, updatedAt: at, mode: 'constructive', direction: 'to-mentee', person: '',
    goalId: '', goalTitle: '', fields: emptyFields(), text: '', edited: false, dismissed: [], ...init,
  };
}

/** Nothing typed: no part, no own wording, no person. */
export const isNoteEmpty = (n: Note): boolean => ![n.person, n.text, ...Object.values(n.fields)].some((s) => s.trim());

export const isStateEmpty = (s: FeedbackState): boolean => s.notes.every(isNoteEmpty);

export function describeState(s: FeedbackState): string {
  const n = s.notes.length;
  return n === 0 ? 'no notes yet' : `${n} note${n === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------------------------------------------------
// Joining the parts into sentences

const clean = (s: string) => s.trim().replace(/\s+/g, ' ');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Drops a trailing full stop, comma or semicolon, so a part can be joined or re-punctuated. */
const bare = (s: string) => s.replace(/[\s.,;:]+$/, '');
/** Lower-cases a leading pronoun or article so a part can sit mid-sentence; names and "I" stay as typed. */
const mid = (s: string) =>
  /^(You|Your|The|This|That|These|Those|When|We|Our|It|There|A|An|My|After|Before|During|In|At|On|How|What)\b/.test(s)
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;
/** Starts with a question word, perhaps after a lead-in ("Next time, would you …"). */
const QUESTION = /^([^,]*, )?(what|how|why|who|where|which|would|could|can|will|do|did|does|is|are|was|were|shall|may|might|have)\b/i;

/** A part as a sentence: capitalised, ending in its own punctuation, a question mark if it asks. */
function sentence(s: string, asks = false): string {
  const t = clean(s);
  if (!t) return '';
  if (/[.!?…"”')]$/.test(t)) return cap(t);
  return `${cap(bare(t))}${asks && QUESTION.test(t) ? '?' : '.'}`;
}

/**
 * Opening and closing lines by mode and direction (content, in texts.ts); they must pass the language check
 * themselves. After a name, an opening that starts "Can" is lower-cased; feedforward's opening is a question
 * without its question mark, which the behaviour completes ("…, about how you open a talk?").
 */
export type Lines = Record<Mode, Record<Direction, readonly [open: string, close: string]>>;

/**
 * Joins a mode's parts into sentences a person could say or send: an opening line for the direction,
 * the situation and behaviour as one sentence, each other part as its own, then a closing line.
 * Empty parts are left out; with no part filled in, the result is ''.
 */
export function composePreview(lines: Lines, mode: Mode, direction: Direction, fields: Fields, person = ''): string {
  const f = (k: FieldKey) => clean(fields[k]);
  if (modeFields[mode].every((k) => !f(k))) return '';
  const out: string[] = [];
  let [open, close] = lines[mode][direction];
  if (mode === 'feedforward') open += f('behaviour') ? `, about ${mid(bare(f('behaviour')))}?` : '?';
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
export const noteText = (n: Note, lines: Lines): string => (n.edited ? n.text : composePreview(lines, n.mode, n.direction, n.fields, n.person));

/** A short name for a note in lists and announcements. */
export const noteTitle = (n: Note): string => `${modeNames[n.mode]}${n.person.trim() ? ` for ${n.person.trim()}` : ''}`;

// ---------------------------------------------------------------------------------------------------------
// Marking flags in the text

export interface Segment {
  text: string;
  /** Indexes into the flags list of the flags covering this piece; empty for plain text. */
  flags: number[];
}

/** Splits text at every flag's start and end, so each piece can be rendered as plain text or a mark. */
export function segments(text: string, flags: { start: number; end: number }[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const f of flags) if (f.end > f.start) cuts.add(f.start).add(f.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    out.push({ text: text.slice(a, b), flags: flags.flatMap((f, j) => (f.start < b && f.end > a ? [j] : [])) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Reading stored data

const isTime = (s: string) => s !== '' && !Number.isNaN(Date.parse(s));

function readTime(obj: Record<string, unknown>, key: string, path: string, problems: Problems, fallback: string): string {
  const value = readString(obj, key, path, problems);
  if (isTime(value)) return value;
  problems.push(`${path}${key} is not a date and time`);
  return fallback;
}

function readNote(input: unknown, path: string, problems: Problems): Note | undefined {
  if (!isRecord(input)) {
    problems.push(`${path.slice(0, -1)} is not a note`);
    return undefined;
  }
  const id = readString(input, 'id', path, problems);
  if (!id) {
    problems.push(`${path}id is missing`);
    return undefined;
  }
  const rawFields = readObject(input.fields ?? {}, `${path}fields`, problems);
  const fields = Object.fromEntries(fieldKeys.map((k) => [k, readString(rawFields, k, `${path}fields.`, problems)])) as Fields;
  const createdAt = readTime(input, 'createdAt', path, problems, new Date(0).toISOString());
  const note = {
    id,
    createdAt,
    updatedAt: readTime(input, 'updatedAt', path, problems, createdAt),
    mode: readEnum(input, 'mode', modes, 'constructive', path, problems),
    direction: readEnum(input, 'direction', directions, 'to-mentee', path, problems),
    fields,
    edited: readBoolean(input, 'edited', path, problems),
    dismissed: readArray(input, 'dismissed', path, problems, (item, itemPath, p) => {
      if (typeof item === 'string') return item;
      p.push(`${itemPath.slice(0, -1)} is not text`);
      return undefined;
    }),
  } as Note;
  for (const k of ['person', 'goalId', 'goalTitle', 'text'] as const) note[k] = readString(input, k, path, problems);
  return note;
}

/** Checks stored data of version 1; keeps every readable note when something is wrong. */
export function parseFeedback(input: unknown): Parsed<FeedbackState> {
  const problems: Problems = [];
  const obj = readObject(input, '', problems);
  const seen = new Set<string>();
  const notes = readArray(obj, 'notes', '', problems, readNote).filter((n) => {
    if (!seen.has(n.id)) return seen.add(n.id);
    problems.push(`two notes share the id ${n.id}; the second was left out`);
    return false;
  });
  const openId = readString(obj, 'openId', '', problems);
  return finish({ notes, openId: seen.has(openId) ? openId : '' }, problems);
}

/**
 * Version 0 was never released: it is the draft shape of the first prototype, kept so that the migration chain
 * is exercised end to end (tests/fixtures/storage/feedback.v0.json). Replace it when version 2 brings a real one.
 * It held { drafts: [{ id, kind: 'sbi' | 'praise', to: 'mentee' | 'mentor', name, date: YYYY-MM-DD,
 * situation, behaviour, impact, next, message }] }, where a non-empty message was the person's own wording.
 */
export const feedbackMigrations = {
  0: (data: unknown) => {
    const drafts = isRecord(data) && Array.isArray(data.drafts) ? data.drafts : [];
    return {
      openId: '',
      notes: drafts.filter(isRecord).map((d) => {
        const at = typeof d.date === 'string' ? `${d.date}T12:00:00.000Z` : undefined;
        const message = typeof d.message === 'string' ? d.message : '';
        return {
          id: d.id,
          createdAt: at,
          updatedAt: at,
          mode: d.kind === 'praise' ? 'recognition' : 'constructive',
          direction: d.to === 'mentor' ? 'to-mentor' : 'to-mentee',
          person: d.name ?? '',
          goalId: '',
          goalTitle: '',
          fields: { situation: d.situation ?? '', behaviour: d.behaviour ?? '', impact: d.impact ?? '', request: d.next ?? '' },
          text: message,
          edited: message !== '',
          dismissed: [],
        };
      }),
    };
  },
};
