import { useId, useState } from 'preact/hooks';
import { formatDate, localDate } from '../../lib/dates';
import { counted, fill } from '../../lib/words';
import type { GoalOption } from '../linked/goal-options';
import { focusLater } from '../shared/focus';
import type { Pair } from '../pair/model';
import { downloadText } from '../shared/download';
import type { Level } from '../shared/headings';
import { UndoNotice } from '../shared/UndoNotice';
import { nextMeetingIcs } from './ics';
import { MeetingList } from './MeetingList';
import { MeetingPrint } from './MeetingPrint';
import { MeetingRecord } from './MeetingRecord';
import { addMeeting, LIMITS, meetingsInOrder, newMeeting, nextMeeting, removeMeeting, type Meeting, type MeetingsState, type TemplateKind } from './model';
import { LiveRegion, namesOf, useAnnounce, type Update } from './parts';
import type { MeetingsTexts } from './texts';

export interface MeetingsToolProps {
  /** The words (texts.ts), from the page. */
  t: MeetingsTexts;
  state: MeetingsState;
  update: Update;
  /** The relationship's names and dates. */
  pair: Pair;
  /** The pair's goals, for "the goal it serves". */
  goals: GoalOption[];
  /** The relationship's id: calendar UIDs start with it. */
  uidPrefix: string;
  level?: Level;
  /** YYYY-MM-DD; the device's date when not given. */
  today?: string;
}

/**
 * The meeting record: the list of meetings, the open meeting's record, and the printed record. The relationship
 * check-in is a tool of its own (CheckInTool) on the same data, so that each page keeps to the size budget.
 */
export function MeetingsTool({ t, state, update, pair, goals, uidPrefix, level = 2, today = localDate(new Date()) }: MeetingsToolProps) {
  const uid = useId();
  const [chosen, setChosen] = useState('');
  const [said, announce] = useAnnounce();
  const [calendarNote, setCalendarNote] = useState('');
  const [undo, setUndo] = useState<{ message: string; restore: (s: MeetingsState) => MeetingsState } | null>(null);
  const names = namesOf(pair, t.names);
  // The meeting chosen, else the next one, else the latest.
  const open = state.meetings.find((m) => m.id === chosen) ?? nextMeeting(state, today) ?? meetingsInOrder(state).filter((m) => m.date).at(-1) ?? state.meetings[0];
  const recordId = `${uid}-record`;

  function openMeeting(id: string) {
    setChosen(id);
    focusLater(`${recordId}-h`);
  }

  function addNew(kind: TemplateKind, date: string) {
    if (state.meetings.length >= LIMITS.meetings) {
      announce(t.list.full);
      return;
    }
    const meeting = newMeeting(kind, date, t.templates[kind]);
    update((s) => addMeeting(s, meeting));
    announce(fill(t.said.meetingAdded, { date: formatDate(date) || t.list.undated, n: meeting.agenda.length }));
    openMeeting(meeting.id);
  }

  function remove(meeting: Meeting) {
    const removed = removeMeeting(state, meeting.id);
    if (!removed) return;
    const actions = state.actions.length - removed.state.actions.length;
    update((s) => removeMeeting(s, meeting.id)?.state ?? s);
    setUndo({ message: counted(actions, t.record.deleted, { date: formatDate(meeting.date) || t.list.undated }), restore: removed.restore });
    focusLater(`${uid}-undo`);
  }

  function calendar() {
    const ics = nextMeetingIcs(state, pair, uidPrefix, today, new Date(), t.calendar);
    const date = nextMeeting(state, today)?.date ?? '';
    if (ics) downloadText(fill(t.calendar.file, { date }), ics, 'text/calendar');
    setCalendarNote(ics ? fill(t.list.calendarMade, { date: formatDate(date) }) : t.list.calendarNone);
  }

  return (
    <div class="tool meetings-tool">
      <div class="no-print">
        <MeetingList t={t} state={state} openId={open?.id ?? ''} today={today} level={level} domId={uid}
          onOpen={openMeeting} onNew={addNew} onCalendar={calendar} calendarNote={calendarNote} />
        <div id={`${uid}-undo`} tabIndex={-1} class="mt-undo">
          {undo && (
            <UndoNotice message={undo.message}
              onUndo={() => {
                update(undo.restore);
                setUndo(null);
                announce(t.record.putBack);
                focusLater(`${recordId}-h`);
              }}
              onDismiss={() => {
                setUndo(null);
                focusLater(`${uid}-list`);
              }} />
          )}
        </div>
        {open && (
          <MeetingRecord key={open.id} t={t} state={state} meeting={open} update={update} names={names} goals={goals}
            today={today} level={level} domId={recordId} announce={announce} onDelete={remove} />
        )}
        <LiveRegion said={said} />
      </div>
      {open && <MeetingPrint t={t} state={state} meeting={open} names={names} />}
    </div>
  );
}
