// What "Where we stand" receives from the page as JSON: its words. Server only.
import type { Level } from '../shared/headings';
import type { StandingProps } from './index';
import { standingTexts } from '../meetings/texts';
import { datedAround } from '../../lib/dates';
import { researchExample } from '../goals/examples';
import { examples } from '../agreement/examples';
import { meetingsExample } from '../meetings/examples';

export const islandProps = (level: Level): StandingProps => ({ t: standingTexts, level });

/** Example data for the tests: the goal worksheet's, the agreement's and the meeting record's examples together. */
export const exampleData = (today: string): Record<string, unknown> => ({
  ...datedAround({ goals: researchExample.goals, pair: researchExample.pair }, today),
  agreement: examples.academic.agreement,
  meetings: datedAround(meetingsExample.meetings, today),
});

/** A line the example puts on screen, so the tests can see that it was filled, not assume it. */
export const exampleShows = 'Email the seminar organiser for a slot next term';
