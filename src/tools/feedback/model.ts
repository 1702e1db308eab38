// The feedback builder's data: notes of feedback or recognition, and how stored data is read back. This is what the
// store needs, so the Your data page loads it too; what only the builder needs (the wording a note's parts make,
// its title) is in note.ts. Pure: no Preact, no DOM, no storage.
import {
  finish, isRecord, readArray, readBoolean, readEnum, readObject, readString, type Parsed, type Problems,
} from '../../lib/storage';

export const modes = ['constructive', 'recognition', 'feedforward'] as const;
export type Mode = (typeof modes)[number];
export const directions = ['to-mentee', 'to-mentor'] as const;
export type Direction = (typeof directions)[number];
export const fieldKeys = ['situation', 'behaviour', 'impact', 'intent', 'request', 'effort', 'ideas'] as const;
export type FieldKey = (typeof fieldKeys)[number];
export type Fields = Record<FieldKey, string>;

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

/** Nothing typed: no part, no own wording, no person. */
export const isNoteEmpty = (n: Note): boolean => ![n.person, n.text, ...Object.values(n.fields)].some((s) => s.trim());

export const isStateEmpty = (s: FeedbackState): boolean => s.notes.every(isNoteEmpty);

export function describeState(s: FeedbackState): string {
  const n = s.notes.length;
  return n === 0 ? 'no notes yet' : `${n} note${n === 1 ? '' : 's'}`;
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
  const notes = readArray(obj, 'notes', '', problems, readNote, 1000).filter((n) => {
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
 * What version 0 did not have (goals, suggestions kept as written, the open note) is left out: parseFeedback fills it in.
 */
export const feedbackMigrations = {
  0: (data: unknown) => {
    const drafts = isRecord(data) && Array.isArray(data.drafts) ? data.drafts : [];
    return {
      notes: drafts.filter(isRecord).map((d) => {
        const at = typeof d.date === 'string' ? `${d.date}T12:00:00.000Z` : undefined;
        const message = typeof d.message === 'string' ? d.message : '';
        return {
          id: d.id,
          createdAt: at,
          updatedAt: at,
          mode: d.kind === 'praise' ? 'recognition' : 'constructive',
          direction: d.to === 'mentor' ? 'to-mentor' : 'to-mentee',
          person: d.name,
          fields: { situation: d.situation, behaviour: d.behaviour, impact: d.impact, request: d.next },
          text: message,
          edited: message !== '',
        };
      }),
    };
  },
};
