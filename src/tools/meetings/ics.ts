// "Add the next meeting to a calendar": the next meeting as an all-day event, written by the shared writer. Pure.
import { buildIcs, UID_DOMAIN, type CalendarEvent } from '../../lib/ics';
import { fill } from '../../lib/words';
import { actionsFor, nextMeeting, type Meeting, type MeetingsState, type Person } from './model';
import type { MeetingsTexts } from './texts';

type CalendarTexts = MeetingsTexts['calendar'];

/**
 * One meeting as a calendar event. The UID is stable (the relationship's id, then the meeting's), so adding the same
 * meeting again updates it rather than making a copy. The description lists the agenda and the open actions.
 */
export function meetingEvent(state: MeetingsState, meeting: Meeting, pair: Record<Person, string>, uidPrefix: string, w: CalendarTexts): CalendarEvent {
  const names = [pair.mentee.trim(), pair.mentor.trim()].filter(Boolean).join(w.and);
  const { created, carried } = actionsFor(state, meeting.id);
  const open = [...carried.map((c) => c.action), ...created].filter((a) => a.status === 'open' && a.text.trim());
  const list = (heading: string, lines: string[]) => (lines.length ? [heading, ...lines.map((l) => `- ${l}`)] : []);
  return {
    uid: `${uidPrefix}-meeting-${meeting.id}@${UID_DOMAIN}`,
    date: meeting.date,
    summary: names ? fill(w.summary, { names }) : w.summaryNoNames,
    description: [
      ...list(w.agenda, meeting.agenda.map((a) => a.text.trim()).filter(Boolean)),
      ...list(w.actions, open.map((a) => a.text.trim())),
    ].join('\n'),
  };
}

/** The calendar file of the next meeting (today or later), or null when none is dated. */
export function nextMeetingIcs(state: MeetingsState, pair: Record<Person, string>, uidPrefix: string, today: string, now: Date, w: CalendarTexts): string | null {
  const meeting = nextMeeting(state, today);
  return meeting ? buildIcs([meetingEvent(state, meeting, pair, uidPrefix, w)], now, w.product) : null;
}
