// What "Where we stand" receives from the page as JSON: its words. Server only.
import type { Level } from '../shared/headings';
import type { StandingProps } from './index';
import { standingTexts } from '../meetings/texts';

export const islandProps = (level: Level): StandingProps => ({ t: standingTexts, level });
