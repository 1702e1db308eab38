// The example relationship's meetings and check-ins, with its names if it has none yet.
import { datedAround, localDate } from '../../lib/dates';
import { scopedStore } from '../../lib/relationships/store';
import { isPairEmpty } from '../pair/model';
import { pairSpec } from '../pair/store';
import type { MeetingsExample } from './examples';
import { meetingsSpec } from './store';

export function fillMeetingsExample(example: MeetingsExample, relationship: string): void {
  const { meetings, pair } = datedAround(example, localDate(new Date()));
  scopedStore(meetingsSpec, relationship).replace(meetings);
  const pairs = scopedStore(pairSpec, relationship);
  if (isPairEmpty(pairs.$data.get())) pairs.replace(pair);
}
