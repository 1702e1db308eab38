// The meeting record's manifest: what the rest of the site knows about it.
import { readIslandJson, type IslandProps, type ToolManifest } from '../manifest';
import type { MeetingsExample } from './examples';
import { meetingsSpec } from './store';
import type { MeetingsTexts } from './texts';

export interface MeetingsProps extends IslandProps {
  t: MeetingsTexts;
  example: MeetingsExample;
}

export const meetings: ToolManifest<'meetings', MeetingsProps> = {
  id: 'meetings',
  name: 'Meeting record',
  summary: 'Plan each meeting, note what you decide, and give every action an owner and a date; open actions carry into the next meeting.',
  intro:
    'Start each meeting from a template, add agenda items beforehand, and end with actions that each have an owner and a date. Actions still open show in the next meeting until they are done or dropped.',
  opening: 'the meeting record',
  stores: [meetingsSpec],
  readProps: (json) => readIslandJson<MeetingsProps>(json, ['t', 'example']),
};
