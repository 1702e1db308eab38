// What the meeting record's island receives from the page as JSON: its words and its example. Server only.
import type { Level } from '../shared/headings';
import type { MeetingsProps } from './index';
import { meetingsExample } from './examples';
import { meetingsTexts } from './texts';

export const islandProps = (level: Level): MeetingsProps => ({ t: meetingsTexts, example: meetingsExample, level });
