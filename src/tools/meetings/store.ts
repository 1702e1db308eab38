import type { StoredSpec } from '../../lib/storage';
import { describeMeetings, initialMeetings, isMeetingsEmpty, meetingsMigrations, MEETINGS_VERSION, parseMeetings, type MeetingsState } from './model';

/** The meeting record and the relationship check-ins, stored for each relationship at gmg:r:<id>:meetings. */
export const meetingsSpec: StoredSpec<MeetingsState> = {
  id: 'meetings',
  label: 'Meetings and check-ins',
  version: MEETINGS_VERSION,
  shape: {
    lists: {
      meetings: { kind: 'meeting', lists: { agenda: { kind: 'agenda item' }, decisions: { kind: 'decision' } } },
      actions: { kind: 'action' },
      checkIns: { kind: 'check-in' },
    },
  },
  parse: parseMeetings,
  migrations: meetingsMigrations,
  initial: initialMeetings,
  describe: describeMeetings,
  isEmpty: isMeetingsEmpty,
};
