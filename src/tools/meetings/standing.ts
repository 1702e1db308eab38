// "Where we stand": one relationship at a glance, worked out from every tool's data. Pure: the data and `today` come
// in, plain values go out, and each part says which tool holds it so the page can link there.
import type { AgreementState } from '../agreement/model';
import { isAgreementEmpty } from '../agreement/model';
import { isNoteEmpty, type FeedbackState } from '../feedback/model';
import { dueForReview, isGoalBlank, progress, type GoalsState, type Progress } from '../goals/model';
import type { Pair } from '../pair/model';
import { concerns, latestCheckIn, type CheckIn } from './checkin';
import { isOverdue, nextMeeting, openActions, people, type Action, type Meeting, type MeetingsState, type Person } from './model';

export type ToolId = 'goals' | 'agreement' | 'feedback' | 'meetings' | 'checkin';

/** The page of the tool that holds an item. */
export const toolHref = (tool: ToolId): string => `/tools/${tool}/`;

export interface OwedAction {
  tool: 'meetings';
  action: Action;
  owner: Person;
  /** The owner's name as the pair wrote it; '' when not written (the view says "the mentee" or "the mentor"). */
  ownerName: string;
  overdue: boolean;
}

export interface GoalStanding {
  tool: 'goals';
  id: string;
  /** As written; '' when untitled. */
  title: string;
  progress: Progress;
  nextReview: string;
  due: boolean;
}

export interface ReviewDate {
  tool: 'agreement' | 'goals';
  /** The relationship's own review (in the agreement), or a goal's. */
  kind: 'pair' | 'goal';
  date: string;
  /** The goal's title ('' when untitled, and for the pair's review). */
  title: string;
  /** On or before today. */
  due: boolean;
}

export interface Standing {
  nextMeeting: { tool: 'meetings'; meeting: Meeting | null };
  actions: OwedAction[];
  goals: GoalStanding[];
  reviews: ReviewDate[];
  agreement: { tool: 'agreement'; written: boolean; printedOn: string; reviewDate: string };
  checkIns: { tool: 'checkin'; latest: Record<Person, CheckIn | null>; concerns: number };
  feedback: { tool: 'feedback'; notes: number };
}

const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Open actions, overdue ones first (the longest overdue at the top), then by due date, then those with no date;
 * otherwise in the order they were made.
 */
export function owedActions(meetings: MeetingsState, pair: Pick<Pair, Person>, today: string): OwedAction[] {
  const rank = (a: Action) => (isOverdue(a, today) ? 0 : a.due ? 1 : 2);
  return openActions(meetings)
    .map((action, i) => ({ action, i }))
    .sort((x, y) => rank(x.action) - rank(y.action) || byDate(x.action.due, y.action.due) || x.i - y.i)
    .map(({ action }) => ({
      tool: 'meetings', action, owner: action.owner, ownerName: pair[action.owner].trim(), overdue: isOverdue(action, today),
    }));
}

/** The pair's review and each open goal's next review, soonest first. */
function reviewDates(pair: Pair, goals: GoalStanding[], today: string): ReviewDate[] {
  const dates: ReviewDate[] = goals
    .filter((g) => g.nextReview)
    .map((g) => ({ tool: 'goals', kind: 'goal', date: g.nextReview, title: g.title, due: g.due }));
  if (pair.reviewDate) dates.push({ tool: 'agreement', kind: 'pair', date: pair.reviewDate, title: '', due: pair.reviewDate <= today });
  return dates.sort((a, b) => byDate(a.date, b.date));
}

export interface StandingInput {
  pair: Pair;
  goals: GoalsState;
  agreement: AgreementState;
  feedback: FeedbackState;
  meetings: MeetingsState;
  today: string;
  /** YYYY-MM-DD when the agreement was last printed, if the agreement tool records it. */
  agreementPrintedOn?: string;
}

/** Everything "Where we stand" shows, from the relationship's data. */
export function standing({ pair, goals, agreement, feedback, meetings, today, agreementPrintedOn = '' }: StandingInput): Standing {
  const goalList: GoalStanding[] = goals.goals
    .filter((g) => !g.archived && !isGoalBlank(g))
    .map((g) => ({ tool: 'goals', id: g.id, title: g.title.trim(), progress: progress(g), nextReview: g.nextReview, due: dueForReview(g, today) }));
  return {
    nextMeeting: { tool: 'meetings', meeting: nextMeeting(meetings, today) },
    actions: owedActions(meetings, pair, today),
    goals: goalList,
    reviews: reviewDates(pair, goalList, today),
    // An untouched agreement that has been printed was written: the preset's clauses were the pair's choice.
    agreement: { tool: 'agreement', written: !isAgreementEmpty(agreement) || agreementPrintedOn !== '', printedOn: agreementPrintedOn, reviewDate: pair.reviewDate },
    checkIns: {
      tool: 'checkin',
      latest: { mentee: latestCheckIn(meetings.checkIns, 'mentee'), mentor: latestCheckIn(meetings.checkIns, 'mentor') },
      concerns: people.reduce((n, by) => n + concerns(meetings.checkIns, by).length, 0),
    },
    feedback: { tool: 'feedback', notes: feedback.notes.filter((n) => !isNoteEmpty(n)).length },
  };
}
