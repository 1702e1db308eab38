// "Where we stand": worked out from every tool's data, overdue actions first, owners by name, links to the tools.
import { describe, expect, it } from 'vitest';
import { datedAround } from '../../src/lib/dates';
import { initialAgreement } from '../../src/tools/agreement/model';
import { emptyFields, emptyState, type Note } from '../../src/tools/feedback/model';
import { researchExample } from '../../src/tools/goals/examples';
import { emptyGoal } from '../../src/tools/goals/model';
import { emptyCheckIn } from '../../src/tools/meetings/checkin';
import { meetingsExample } from '../../src/tools/meetings/examples';
import { addAction, addMeeting, initialMeetings, markDone, newAction, newMeeting } from '../../src/tools/meetings/model';
import { owedActions, standing, toolHref } from '../../src/tools/meetings/standing';

const TODAY = '2027-03-01';
const goals = datedAround(researchExample, TODAY);
const meetings = datedAround(meetingsExample, TODAY).meetings;
const note = (id: string, text: string): Note => ({
  id, createdAt: '2027-01-01T10:00:00.000Z', updatedAt: '2027-01-01T10:00:00.000Z', mode: 'recognition', direction: 'to-mentee',
  person: '', goalId: '', goalTitle: '', fields: emptyFields(), text, edited: true, dismissed: [],
});
const base = {
  pair: goals.pair,
  goals: goals.goals,
  agreement: initialAgreement('academic'),
  feedback: { ...emptyState(), notes: [note('n1', 'Thank you for the figures.'), note('n2', ''), note('n3', 'The talk plan is clear.')] },
  meetings,
  today: TODAY,
};

describe('owedActions', () => {
  it('lists open actions overdue first, then by due date, then undated, with who owes each by name', () => {
    let s = addMeeting(initialMeetings(), newMeeting('first', '2027-02-01', [], 'mentee', () => 'm1'));
    const add = (id: string, owner: 'mentee' | 'mentor', due: string) => (s = addAction(s, { ...newAction(id, 'm1', owner), text: id, due }));
    add('undated', 'mentee', '');
    add('later', 'mentor', '2027-03-20');
    add('overdue-a-little', 'mentee', '2027-02-27');
    add('due-today', 'mentor', TODAY);
    add('overdue-a-lot', 'mentor', '2027-02-10');
    add('closed', 'mentee', '2027-01-01');
    s = markDone(s, 'closed', 'm1');
    const owed = owedActions(s, { mentee: ' Sam ', mentor: '' }, TODAY);
    expect(owed.map((o) => [o.action.id, o.owner, o.ownerName, o.overdue])).toEqual([
      ['overdue-a-lot', 'mentor', '', true],
      ['overdue-a-little', 'mentee', 'Sam', true],
      ['due-today', 'mentor', '', false],
      ['later', 'mentor', '', false],
      ['undated', 'mentee', 'Sam', false],
    ]);
    expect(owed.every((o) => o.tool === 'meetings')).toBe(true);
  });
});

describe('standing', () => {
  const s = standing(base);

  it('shows the next meeting from today on', () => {
    expect(s.nextMeeting.meeting?.id).toBe('ex-m4');
    expect(s.nextMeeting.meeting?.date).toBe('2027-03-08');
    expect(standing({ ...base, today: '2027-03-09' }).nextMeeting.meeting).toBeNull();
  });

  it('shows exactly the open actions of the example, overdue first, with their owners', () => {
    expect(s.actions.map((o) => [o.action.text, o.ownerName, o.overdue])).toEqual([
      ['Ask a colleague whether the journal takes negative results', 'Dr Lena Fischer', true],
      ['Email the seminar organiser for a slot next term', 'Amara Okafor', false],
      ['Draft the results section', 'Amara Okafor', false],
    ]);
  });

  it('gives each open goal’s progress from its milestones, leaving out archived and blank ones', () => {
    const withMore = { ...base.goals, goals: [...base.goals.goals, { ...emptyGoal('blank') }, { ...emptyGoal('old'), title: 'Old', archived: true }] };
    const g = standing({ ...base, goals: withMore }).goals;
    expect(g.map((x) => [x.id, x.progress.done, x.progress.total, x.progress.percent, x.tool])).toEqual([
      ['ex-paper', 1, 4, 25, 'goals'],
      ['ex-talk', 0, 3, 0, 'goals'],
    ]);
  });

  it('lists the review dates soonest first: goals in the goal worksheet, the relationship in the agreement', () => {
    expect(s.reviews.map((r) => [r.kind, r.date, r.tool, r.title])).toEqual([
      ['goal', '2027-03-15', 'goals', 'Submit my first first-author paper'],
      ['goal', '2027-03-29', 'goals', 'Give a ten-minute talk at the department seminar'],
      ['pair', '2027-07-19', 'agreement', ''],
    ]);
  });

  it('says whether the agreement is written and printed, and its review date', () => {
    expect(s.agreement).toEqual({ tool: 'agreement', written: false, printedOn: '', reviewDate: '2027-07-19' });
    expect(standing({ ...base, agreement: { ...initialAgreement(), organisation: 'Lab' } }).agreement.written).toBe(true);
    expect(standing({ ...base, agreementPrintedOn: '2027-02-02' }).agreement).toMatchObject({ written: true, printedOn: '2027-02-02' });
  });

  it('has each person’s latest check-in and the number of low or falling answers', () => {
    expect(s.checkIns.latest.mentee?.id).toBe('ex-ci3');
    expect(s.checkIns.latest.mentor?.id).toBe('ex-ci4');
    // Amara: feedback 3 -> 2 (low), commitments 5 -> 3 (falling).
    expect(s.checkIns.concerns).toBe(2);
    const none = standing({ ...base, meetings: { ...meetings, checkIns: [emptyCheckIn('c', 'mentor', TODAY)] } }).checkIns;
    expect(none).toEqual({ tool: 'checkin', latest: { mentee: null, mentor: expect.objectContaining({ id: 'c' }) }, concerns: 0 });
  });

  it('counts the feedback notes that hold words', () => {
    expect(s.feedback).toEqual({ tool: 'feedback', notes: 2 });
  });

  it('links every part to the tool that holds it', () => {
    const tools = [s.nextMeeting, ...s.actions, ...s.goals, ...s.reviews, s.agreement, s.checkIns, s.feedback].map((p) => toolHref(p.tool));
    expect(new Set(tools)).toEqual(new Set(['/tools/meetings/', '/tools/checkin/', '/tools/goals/', '/tools/agreement/', '/tools/feedback/']));
  });
});
