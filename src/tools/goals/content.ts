// What the goal worksheet's island receives from the page as JSON: its words and its example. Server only.
import type { Level } from '../shared/headings';
import type { GoalsProps } from './index';
import { researchExample } from './examples';
import { goalsTexts } from './texts';

export const islandProps = (level: Level): GoalsProps => ({ t: goalsTexts, example: researchExample, level });
