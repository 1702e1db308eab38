// The meeting record's model: parsing with salvage and size limits, the templates, and actions carried from meeting
// to meeting until they are done or dropped.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datedAround } from '../../src/lib/dates';
import { decodeValue, type StoredSpec } from '../../src/lib/storage';
import { emptyCheckIn } from '../../src/tools/meetings/checkin';
import { meetingsExample } from '../../src/tools/meetings/examples';
import {
  actionsFor, addAction, addMeeting, describeMeetings, dropAction, initialMeetings, isMeetingsEmpty, LIMITS, markDone,
  meetingsInOrder, meetingsMigrations, MEETINGS_VERSION, newAction, newMeeting, nextMeeting, openActions, parseMeetings,
  removeMeeting, reopen, suggestedKind, templateKinds, withGoal, type MeetingsState,
} from '../../src/tools/meetings/model';
import { meetingsTexts } from '../../src/tools/meetings/texts';

const spec: StoredSpec<MeetingsState> = {
  id: 'meetings', label: 'Meeting record', version: MEETINGS_VERSION, parse: parseMeetings, migrations: meetingsMigrations,
  initial: initialMeetings, describe: describeMeetings, isEmpty: isMeetingsEmpty,
};
const example = datedAround(meetingsExample, '2027-03-01').meetings;

/** Ids in order, so a failure shows which actions went where. */
const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('parseMeetings', () => {
  it('accepts the example and the initial state as they are', () => {
    expect(parseMeetings(example)).toEqual({ ok: true, data: example });
    expect(parseMeetings(initialMeetings())).toEqual({ ok: true, data: initialMeetings() });
  });

  it('reads the stored fixture of version 1 through the storage layer', () => {
    const raw = readFileSync(new URL('../fixtures/storage/meetings.v1.json', import.meta.url), 'utf8');
    const result = decodeValue(spec, JSON.parse(raw));
    expect(result.problem).toBeUndefined();
    expect(result.savedAt).toBe('2027-02-11T18:40:00.000Z');
    expect(describeMeetings(result.data)).toBe('3 meetings, 2 open actions, 2 check-ins');
    expect(result.data.actions.find((a) => a.id === 'k7act3')).toMatchObject({ status: 'dropped', dropReason: 'No longer needed', closedIn: 'k7m2' });
  });

  it('salvages what it can and says what was wrong', () => {
    const result = parseMeetings({
      meetings: [
        { id: 'm1', date: '2027-02-30', kind: 'weekly', agenda: [{ id: 'a', text: 'Fine', addedBy: 'someone' }, 'not an item'], notes: 7 },
        { id: 'm1', date: '2027-03-01' },
      ],
      actions: [{ id: 'x y', text: 'Keep me', owner: 'mentor', status: 'open', createdIn: 'm1', closedIn: 'm1', goalId: 'bad id!' }],
      checkIns: [{ id: 'c1', by: 'mentor', ratings: { goals: 6, open: 4, mystery: 3 } }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain('meetings[0].date is not a date');
    expect(result.error).toContain('meetings[0].kind is not one of first, regular, midpoint, closing');
    expect(result.error).toContain('meetings[0].agenda[0].addedBy is not one of mentee, mentor');
    expect(result.error).toContain('(and');
    const data = result.salvaged!;
    expect(data.meetings.map((m) => [m.id, m.date, m.kind, m.notes])).toEqual([['m1', '', 'regular', '7'], ['meeting-2', '2027-03-01', 'regular', '']]);
    expect(data.meetings[0]!.agenda).toEqual([{ id: 'a', text: 'Fine', addedBy: 'mentee' }]);
    // An open action keeps no "closed in"; an unusable goal is dropped, the action kept under a new id.
    expect(data.actions).toEqual([{ id: 'action-1', text: 'Keep me', owner: 'mentor', due: '', status: 'open', dropReason: '', createdIn: 'm1' }]);
    expect(data.checkIns[0]!.ratings).toMatchObject({ goals: null, open: 4, feedback: null });
  });

  it('names each unusable part of a check-in', () => {
    const result = parseMeetings({ checkIns: [{ id: 'c1', by: 'mentor', ratings: { goals: 6, mystery: 3, open: null } }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe('checkIns[0].ratings.goals is not a whole number from 1 to 5; checkIns[0].ratings.mystery is not one of the statements');
  });

  it('is not an object: nothing to keep, and it says so', () => {
    expect(parseMeetings('meetings')).toEqual({ ok: false, error: 'the data is not an object', salvaged: initialMeetings() });
    expect(parseMeetings({ meetings: {} })).toMatchObject({ ok: false, error: 'meetings is not a list' });
  });

  it('keeps to the size limits, with a clear message', () => {
    const meetings = Array.from({ length: LIMITS.meetings + 3 }, (_, i) => ({ id: `m${i}`, date: '2027-01-01', kind: 'regular' }));
    const actions = Array.from({ length: LIMITS.actions + 1 }, (_, i) => ({ id: `a${i}`, text: 'x', createdIn: 'm0' }));
    const long = 'é'.repeat(LIMITS.text + 10);
    const result = parseMeetings({ meetings: [{ ...meetings[0], notes: long }, ...meetings.slice(1)], actions });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe(
      'meetings has 503 items, more than the 500 this site keeps, so only the first 500 were read; ' +
        'meetings[0].notes is longer than 20,000 characters, so it was cut there; ' +
        'actions has 5,001 items, more than the 5,000 this site keeps, so only the first 5,000 were read',
    );
    expect(result.salvaged!.meetings).toHaveLength(500);
    expect(result.salvaged!.meetings[0]!.notes).toHaveLength(LIMITS.text);
    expect(result.salvaged!.actions).toHaveLength(5000);
  });

  it('has no past versions to migrate from', () => {
    expect(MEETINGS_VERSION).toBe(1);
    expect(meetingsMigrations).toEqual({});
  });
});

describe('describe and isEmpty', () => {
  it('counts meetings, open actions and check-ins', () => {
    expect(describeMeetings(initialMeetings())).toBe('no meetings yet');
    expect(isMeetingsEmpty(initialMeetings())).toBe(true);
    expect(describeMeetings(example)).toBe('4 meetings, 3 open actions, 4 check-ins');
    const one = addMeeting(initialMeetings(), newMeeting('first', '2027-01-01', []));
    expect(describeMeetings(one)).toBe('1 meeting, 0 open actions');
    expect(isMeetingsEmpty(one)).toBe(false);
    expect(isMeetingsEmpty({ ...initialMeetings(), checkIns: [emptyCheckIn('c', 'mentee', '')] })).toBe(false);
  });
});

describe('templates', () => {
  it('has an agenda for each of the four kinds of meeting in the guide', () => {
    expect(Object.keys(meetingsTexts.templates).sort()).toEqual([...templateKinds].sort());
    for (const kind of templateKinds) {
      expect(meetingsTexts.templates[kind].length, kind).toBeGreaterThanOrEqual(5);
      expect(meetingsTexts.kinds[kind].length, kind).toBeGreaterThan(3);
    }
    // The regular meeting opens with last time's actions and ends with next actions, as the guide says.
    expect(meetingsTexts.templates.regular.join(' ')).toMatch(/Last time’s actions[\s\S]*Next actions/);
    expect(meetingsTexts.templates.closing.join(' ')).toMatch(/Thanks both ways/);
  });

  it('starts a meeting with its template’s items, each with an id of its own', () => {
    const meeting = newMeeting('midpoint', '2027-04-01', meetingsTexts.templates.midpoint, 'mentor');
    expect(meeting.kind).toBe('midpoint');
    expect(meeting.agenda.map((a) => a.text)).toEqual(meetingsTexts.templates.midpoint);
    expect(meeting.agenda.every((a) => a.addedBy === 'mentor')).toBe(true);
    expect(new Set([meeting.id, ...ids(meeting.agenda)]).size).toBe(meeting.agenda.length + 1);
    expect(meeting).toMatchObject({ notes: '', decisions: [] });
  });

  it('suggests the first-meeting template until there is a meeting, then the regular one', () => {
    const s = initialMeetings();
    expect(suggestedKind(s)).toBe('first');
    expect(suggestedKind(addMeeting(s, newMeeting('first', '', [])))).toBe('regular');
  });
});

describe('order and the next meeting', () => {
  const s: MeetingsState = {
    ...initialMeetings(),
    meetings: [
      newMeeting('regular', '', [], 'mentee', () => 'undated'),
      newMeeting('regular', '2027-03-10', [], 'mentee', () => 'later'),
      newMeeting('first', '2027-01-05', [], 'mentee', () => 'first'),
      newMeeting('regular', '2027-03-10', [], 'mentee', () => 'same-day'),
    ],
  };
  it('orders by date, undated last, same-day meetings in the order they were made', () => {
    expect(ids(meetingsInOrder(s))).toEqual(['first', 'later', 'same-day', 'undated']);
  });
  it('finds the first dated meeting from today on', () => {
    expect(nextMeeting(s, '2027-01-05')?.id).toBe('first');
    expect(nextMeeting(s, '2027-01-06')?.id).toBe('later');
    expect(nextMeeting(s, '2027-03-11')).toBeNull();
  });
});

describe('carrying actions from meeting to meeting', () => {
  // Three meetings of one pair: four actions agreed in the first; in the second two are done, one is dropped with a
  // reason, and one new one is agreed; the third shows exactly what is still open.
  let n = 0;
  const makeId = () => `id${++n}`;
  let s = initialMeetings();
  const [m1, m2, m3] = (['first', 'regular', 'regular'] as const).map((kind, i) =>
    newMeeting(kind, `2027-0${i + 1}-10`, meetingsTexts.templates[kind], 'mentee', makeId));
  // Made out of order on purpose: the third is added before the second, and the order still comes from the dates.
  for (const m of [m1!, m3!, m2!]) s = addMeeting(s, m);
  const agreed = [['Draft the methods', 'mentee'], ['Send two examples', 'mentor'], ['Book the seminar room', 'mentee'], ['Ask about the journal', 'mentor']] as const;
  for (const [i, [text, owner]] of agreed.entries()) s = addAction(s, { ...newAction(`a${i + 1}`, m1!.id, owner), text });

  it('shows the first meeting’s actions as agreed there and carries none into it', () => {
    expect(ids(actionsFor(s, m1!.id).created)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(actionsFor(s, m1!.id).carried).toEqual([]);
  });

  it('carries every open action into the next meetings, marked with where it came from', () => {
    for (const m of [m2!, m3!]) {
      const { carried, created } = actionsFor(s, m.id);
      expect(ids(carried.map((c) => c.action))).toEqual(['a1', 'a2', 'a3', 'a4']);
      expect(carried.every((c) => c.from?.id === m1!.id && !c.closedHere)).toBe(true);
      expect(created).toEqual([]);
    }
  });

  it('needs a reason to drop an action', () => {
    expect(dropAction(s, 'a3', '  ', m2!.id)).toBeNull();
  });

  it('after two are done and one dropped in the second meeting, the third shows only what is open', () => {
    let t = markDone(s, 'a1', m2!.id);
    t = markDone(t, 'a2', m2!.id);
    t = dropAction(t, 'a3', ' Room closed for the term ', m2!.id)!;
    t = addAction(t, { ...newAction('a5', m2!.id, 'mentee'), text: 'Make the figures' });
    expect(t.actions.find((a) => a.id === 'a3')).toMatchObject({ status: 'dropped', dropReason: 'Room closed for the term', closedIn: m2!.id });

    // The second meeting still shows the three it closed, marked as closed there, and its own new one.
    const second = actionsFor(t, m2!.id);
    expect(second.carried.map((c) => [c.action.id, c.action.status, c.closedHere])).toEqual([
      ['a1', 'done', true], ['a2', 'done', true], ['a3', 'dropped', true], ['a4', 'open', false],
    ]);
    expect(ids(second.created)).toEqual(['a5']);

    // The third: the one left over from the first meeting, and the one from the second, nothing closed.
    const third = actionsFor(t, m3!.id);
    expect(third.carried.map((c) => [c.action.id, c.from?.id])).toEqual([['a4', m1!.id], ['a5', m2!.id]]);
    expect(ids(openActions(t))).toEqual(['a4', 'a5']);
    // One stored copy of each action, however many meetings show it.
    expect(t.actions).toHaveLength(5);
  });

  it('carries an action opened again from where it was agreed', () => {
    const t = reopen(markDone(s, 'a1', m2!.id), 'a1');
    expect(t.actions.find((a) => a.id === 'a1')).not.toHaveProperty('closedIn');
    expect(actionsFor(t, m3!.id).carried.some((c) => c.action.id === 'a1')).toBe(true);
  });

  it('treats an action closed in its own meeting as never carried', () => {
    const t = markDone(s, 'a4', m1!.id);
    expect(actionsFor(t, m2!.id).carried.some((c) => c.action.id === 'a4')).toBe(false);
  });

  it('keeps an action whose meeting was deleted, carried into every meeting while open', () => {
    const gone = { ...s, actions: [...s.actions, { ...newAction('orphan', 'deleted-meeting'), text: 'Still to do' }] };
    for (const m of [m1!, m2!, m3!]) {
      const carried = actionsFor(gone, m.id).carried.find((c) => c.action.id === 'orphan');
      expect(carried?.from).toBeUndefined();
    }
  });

  it('deletes a meeting with the actions agreed in it, and puts both back', () => {
    const removed = removeMeeting(s, m1!.id)!;
    expect(ids(removed.state.meetings)).toEqual([m3!.id, m2!.id]);
    expect(removed.state.actions).toEqual([]);
    const back = removed.restore(removed.state);
    expect(back).toEqual(s);
  });

  it('points an item at a goal, or at none', () => {
    const action = withGoal(newAction('x', 'm'), 'g1');
    expect(action.goalId).toBe('g1');
    expect(withGoal(action, '')).not.toHaveProperty('goalId');
  });
});
