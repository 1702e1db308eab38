// What the meeting record's island receives from the page as JSON: its words and its example. Server only.
import type { Level } from '../shared/headings';
import type { MeetingsProps } from './index';
import { meetingsExample } from './examples';
import { meetingsTexts } from './texts';
import { datedAround } from '../../lib/dates';

export const islandProps = (level: Level): MeetingsProps => ({ t: meetingsTexts, example: meetingsExample, level });

/** The example as stored data, by store id, for the tests: what "Try an example" puts in the example relationship. */
export const exampleData = (today: string): Record<string, unknown> => {
  const { meetings, pair } = datedAround(meetingsExample, today);
  return { meetings, pair };
};

/** A line the example puts on screen, so the tests can see that it was filled, not assume it. */
export const exampleShows = 'Which of the two journals, and why';
