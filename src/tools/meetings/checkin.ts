// The relationship check-in: a short pulse each person fills on their own, about once a month. Statements rated 1 to 5
// that follow the seven practices, and one open question. Pure: the statements' words and chapters are content
// (texts.ts); here are their ids, the data, and what the answers show over time.
import { isRecord, readDate, readEnum, readObject, type Problems } from '../../lib/storage';
import { fill } from '../../lib/words';
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

/** An answer this low is worth a chapter; a fall this big since the person's previous answer is too. */
export const LOW = 2;
export const FALL = 2;
/** A difference this big between the two people's latest answers is something to talk about. */
export const GAP_TO_TALK = 2;

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

// ---------------------------------------------------------------------------------------------------------------
// Over time

/** One person's check-ins, oldest first (undated ones first; the list order breaks ties). */
export const checkInsBy = (list: CheckIn[], by: Person): CheckIn[] =>
  list.filter((c) => c.by === by).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** A person's most recent check-in, or null. */
export const latestCheckIn = (list: CheckIn[], by: Person): CheckIn | null => checkInsBy(list, by).at(-1) ?? null;

export interface Point {
  date: string;
  value: Rating;
}

/** One person's answers to one statement, oldest first; check-ins that left it out are skipped. */
export const series = (list: CheckIn[], statement: StatementId, by: Person): Point[] =>
  checkInsBy(list, by).flatMap((c) => {
    const value = c.ratings[statement];
    return value === null ? [] : [{ date: c.date, value }];
  });

/** A person's latest answer to a statement and the one before it. */
export function latestTwo(list: CheckIn[], statement: StatementId, by: Person): { value: Rating; previous: Rating | null } | null {
  const points = series(list, statement, by);
  const last = points.at(-1);
  return last ? { value: last.value, previous: points.at(-2)?.value ?? null } : null;
}

export interface Concern {
  statement: StatementId;
  by: Person;
  value: Rating;
  previous: Rating | null;
  /** At or below LOW. */
  low: boolean;
  /** Down by FALL or more since the person's previous answer. */
  falling: boolean;
  /** The slug of the chapter that helps (content/guide/<slug>.mdx); '' when no chapters were given. */
  chapter: string;
}

/** A person's latest answers that are low or falling, in the statements' order, each with the chapter to read. */
export function concerns(list: CheckIn[], by: Person, chapters?: Record<StatementId, string>): Concern[] {
  return statementIds.flatMap((statement) => {
    const latest = latestTwo(list, statement, by);
    if (!latest) return [];
    const low = latest.value <= LOW;
    const falling = latest.previous !== null && latest.previous - latest.value >= FALL;
    return low || falling ? [{ statement, by, ...latest, low, falling, chapter: chapters?.[statement] ?? '' }] : [];
  });
}

export interface Gap {
  statement: StatementId;
  mentee: Rating;
  mentor: Rating;
  difference: number;
  /** At or above GAP_TO_TALK: worth a conversation (never a verdict on either person). */
  toTalkAbout: boolean;
}

/** How far apart the two people's latest answers are, for the statements both have answered. */
export function gaps(list: CheckIn[]): Gap[] {
  return statementIds.flatMap((statement) => {
    const [mentee, mentor] = people.map((by) => latestTwo(list, statement, by)?.value);
    if (!mentee || !mentor) return [];
    const difference = Math.abs(mentee - mentor);
    return [{ statement, mentee, mentor, difference, toTalkAbout: difference >= GAP_TO_TALK }];
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The chart and its table: both are drawn from these rows, so they always hold the same numbers.

export interface ChartRow {
  date: string;
  mentee: Rating | null;
  mentor: Rating | null;
}

/** Both people's answers to one statement, one row per check-in date, oldest first; a later answer on a date wins. */
export function chartRows(list: CheckIn[], statement: StatementId): ChartRow[] {
  const rows = new Map<string, ChartRow>();
  for (const by of people) {
    for (const point of series(list, statement, by)) {
      const row = rows.get(point.date) ?? { date: point.date, mentee: null, mentor: null };
      row[by] = point.value;
      rows.set(point.date, row);
    }
  }
  return [...rows.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The words of a statement's one-sentence summary (texts.ts). */
export interface SummaryTexts {
  /** Joins the two people's parts: {mentee} and {mentor}. */
  sentence: string;
  none: string;
  once: string;
  up: string;
  down: string;
  same: string;
}

/** One person's part of the summary: no answer, one answer, or the move from the previous answer. */
function personPart(list: CheckIn[], statement: StatementId, by: Person, name: string, w: SummaryTexts): string {
  const latest = latestTwo(list, statement, by);
  if (!latest) return fill(w.none, { name });
  const { value, previous } = latest;
  const form = previous === null ? w.once : value > previous ? w.up : value < previous ? w.down : w.same;
  return fill(form, { name, value, previous: previous ?? '' });
}

/** A sentence that says what the chart of one statement shows: each person's latest answer and which way it moved. */
export function statementSummary(list: CheckIn[], statement: StatementId, names: Record<Person, string>, w: SummaryTexts): string {
  const sentence = fill(w.sentence, {
    mentee: personPart(list, statement, 'mentee', names.mentee, w),
    mentor: personPart(list, statement, 'mentor', names.mentor, w),
  });
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

// ---------------------------------------------------------------------------------------------------------------
// Edits

export const updateRating = (c: CheckIn, statement: StatementId, value: Rating | null): CheckIn => ({
  ...c, ratings: { ...c.ratings, [statement]: value },
});
