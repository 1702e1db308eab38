// The relationship check-in's data: each person's own answers, rated 1 to 5, to statements that follow the seven
// practices, and one open question; and how it is read from storage. What the answers show over time is in
// checkin.ts. Kept apart so that the meeting record, which stores check-ins, does not carry the charts' code. Pure.
import { isRecord, readDate, readEnum, readObject, type Problems } from '../../lib/storage';
import { notObject, people, readId, readText, type Person } from './parse-parts';

/** One statement per practice, and one on the meetings themselves; texts.ts has the words and the chapter that helps. */
export const statementIds = ['goals', 'open', 'feedback', 'support', 'commitments', 'recognition', 'boundaries', 'meetings'] as const;
export type StatementId = (typeof statementIds)[number];
export type Rating = 1 | 2 | 3 | 4 | 5;
export type Ratings = Record<StatementId, Rating | null>;

export interface CheckIn {
  id: string;
  by: Person;
  /** YYYY-MM-DD or '' */
  date: string;
  /** Each statement's answer, or null where the person left it. */
  ratings: Ratings;
  /** The answer to the open question. */
  open: string;
}

export const emptyRatings = (): Ratings => Object.fromEntries(statementIds.map((id) => [id, null])) as Ratings;
export const emptyCheckIn = (id: string, by: Person, date: string): CheckIn => ({ id, by, date, ratings: emptyRatings(), open: '' });

export const isRating = (value: unknown): value is Rating => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;

export function readCheckIn(input: unknown, path: string, problems: Problems, seen: Set<string>): CheckIn | undefined {
  if (!isRecord(input)) return notObject(path, problems);
  const given = readObject(input.ratings ?? {}, `${path}ratings`, problems);
  const ratings = emptyRatings();
  for (const [key, value] of Object.entries(given)) {
    if (!(statementIds as readonly string[]).includes(key)) problems.push(`${path}ratings.${key} is not one of the statements`);
    else if (isRating(value)) ratings[key as StatementId] = value;
    else if (value !== null) problems.push(`${path}ratings.${key} is not a whole number from 1 to 5`);
  }
  return {
    id: readId(input, path, problems, seen, `checkin-${seen.size + 1}`),
    by: readEnum(input, 'by', people, 'mentee', path, problems),
    date: readDate(input, 'date', path, problems),
    ratings,
    open: readText(input, 'open', path, problems),
  };
}

/** Sets one statement's answer (null: no answer). */
export const updateRating = (c: CheckIn, statement: StatementId, value: Rating | null): CheckIn => ({
  ...c, ratings: { ...c.ratings, [statement]: value },
});
