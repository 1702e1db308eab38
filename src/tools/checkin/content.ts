// What the check-in's island receives from the page as JSON: the meeting record's words (the statements among them)
// and the example. Server only.
import type { Level } from '../shared/headings';
import type { CheckInProps } from './index';
import { meetingsExample } from '../meetings/examples';
import { meetingsTexts } from '../meetings/texts';

export const islandProps = (level: Level): CheckInProps => ({ t: meetingsTexts, example: meetingsExample, level });
