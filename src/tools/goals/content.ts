// What the goal worksheet's island receives from the page as JSON: its words and its example. Server only.
import type { Level } from '../shared/headings';
import type { GoalsProps } from './index';
import { researchExample } from './examples';
import { goalsTexts } from './texts';
import { datedAround } from '../../lib/dates';

export const islandProps = (level: Level): GoalsProps => ({ t: goalsTexts, example: researchExample, level });

/** The example as stored data, by store id, for the tests: what "Try an example" puts in the example relationship. */
export const exampleData = (today: string): Record<string, unknown> => {
  const { goals, pair } = datedAround(researchExample, today);
  return { goals, pair };
};

/** A line the example puts on screen, so the tests can see that it was filled, not assume it. */
export const exampleShows = 'Goal 1: Submit my first first-author paper';
