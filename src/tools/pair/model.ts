// The mentoring pair: names and dates shared by the goal worksheet and the agreement.
import { finish, readDate, readObject, readString, type Parsed, type Problems } from '../../lib/storage';

export interface Pair {
  mentee: string;
  mentor: string;
  /** YYYY-MM-DD or '' */
  startDate: string;
  /** When the pair will review the relationship; YYYY-MM-DD or '' */
  reviewDate: string;
}

export const emptyPair = (): Pair => ({ mentee: '', mentor: '', startDate: '', reviewDate: '' });

export function parsePair(input: unknown): Parsed<Pair> {
  const problems: Problems = [];
  const obj = readObject(input, '', problems);
  return finish(
    {
      mentee: readString(obj, 'mentee', '', problems),
      mentor: readString(obj, 'mentor', '', problems),
      startDate: readDate(obj, 'startDate', '', problems),
      reviewDate: readDate(obj, 'reviewDate', '', problems),
    },
    problems,
  );
}

/**
 * Version 0 was never released: it is the draft shape ({ menteeName, mentorName }) kept so that the migration
 * chain is exercised end to end (tests/fixtures/storage/pair.v0.json). Replace it when version 2 brings a real one.
 */
export const pairMigrations = {
  0: (data: unknown) => {
    const old = (data ?? {}) as { menteeName?: unknown; mentorName?: unknown };
    return { mentee: old.menteeName ?? '', mentor: old.mentorName ?? '', startDate: '', reviewDate: '' };
  },
};

/** Names for display, with a neutral word where a name is missing. */
export const displayNames = (pair: Pair) => ({
  mentee: pair.mentee.trim() || 'the mentee',
  mentor: pair.mentor.trim() || 'the mentor',
});

export const isPairEmpty = (pair: Pair) => !pair.mentee && !pair.mentor && !pair.startDate && !pair.reviewDate;
