// What the check-in's island receives from the page as JSON: the meeting record's words (the statements among them)
// and the example. Server only.
import type { Level } from '../shared/headings';
import type { CheckInProps } from './index';
import { meetingsExample } from '../meetings/examples';
import { meetingsTexts } from '../meetings/texts';
import { datedAround } from '../../lib/dates';

export const islandProps = (level: Level): CheckInProps => ({ t: meetingsTexts, example: meetingsExample, level });

/** The example as stored data, by store id, for the tests: the meeting record's example holds the check-ins. */
export const exampleData = (today: string): Record<string, unknown> => {
  const { meetings, pair } = datedAround(meetingsExample, today);
  return { meetings, pair };
};

/** A line the example puts on screen, so the tests can see that it was filled, not assume it. */
export const exampleShows = 'rated “Feedback both ways” 2 out of 5';
