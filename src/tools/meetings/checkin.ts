// The relationship check-in over time: each person's answers as series, the latest, low or falling answers with the
// chapter that helps, the gap between the two people ("something to talk about, not a score"), the rows that both the
// chart and its table are drawn from, and a one-sentence summary. Pure: the words are content (texts.ts).
import { fill } from '../../lib/words';
import { statementIds, type CheckIn, type Rating, type StatementId } from './checkin-data';
import { people, type Person } from './parse-parts';

export * from './checkin-data';

/** An answer this low is worth a chapter; a fall this big since the person's previous answer is too. */
export const LOW = 2;
export const FALL = 2;
/** A difference this big between the two people's latest answers is something to talk about. */
export const GAP_TO_TALK = 2;

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
