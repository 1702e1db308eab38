// The relationship check-in's manifest. Its answers are kept with the meeting record (gmg:r:<id>:meetings), so the
// two travel together; it has a page of its own so each page keeps to its size budget.
import { readIslandJson, type IslandProps, type ToolManifest } from '../manifest';
import type { MeetingsExample } from '../meetings/examples';
import { meetingsSpec } from '../meetings/store';
import type { MeetingsTexts } from '../meetings/texts';

export interface CheckInProps extends IslandProps {
  t: MeetingsTexts;
  example: MeetingsExample;
}

export const checkin: ToolManifest<'checkin', CheckInProps> = {
  id: 'checkin',
  name: 'Relationship check-in',
  summary: 'Each of you rates eight statements about how the mentoring is going, about once a month, and sees over time where you differ.',
  intro:
    'A short pulse each of you fills in on your own, about once a month: eight statements from the seven practices, rated 1 to 5, and one open question. The charts show how each answer moves over time, and where your answers differ, as something to talk about.',
  opening: 'the relationship check-in',
  stores: [meetingsSpec],
  readProps: (json) => readIslandJson<CheckInProps>(json, ['t', 'example']),
};
