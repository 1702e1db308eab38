// The goal worksheet's data and every rule about it: types, parsing, migrations, checks, progress and edits.
// Pure: no DOM, no storage, no clock. Anything that depends on the date takes `today` (YYYY-MM-DD) as a parameter.
import { formatDate } from '../../lib/dates';
import { counted, fill, type Forms } from '../../lib/words';
import {
  finish, isRecord, readArray, readBoolean, readDate, readEnum, readObject, readString, type Parsed, type Problems,
} from '../../lib/storage';
import { SHORT_TITLE_MAX, shortTitle } from './short-title';

export { SHORT_TITLE_MAX };

export const goalKinds = ['skill', 'career', 'project', 'other'] as const;
export type GoalKind = (typeof goalKinds)[number];

export interface Milestone {
  id: string;
  text: string;
  /** YYYY-MM-DD or '' */
  date: string;
  done: boolean;
}

/** One dated note from a meeting: what happened, and what each person does next (accountability both ways). */
export interface CheckIn {
  id: string;
  date: string;
  happened: string;
  nextMentee: string;
  nextMentor: string;
}

export interface Goal {
  id: string;
  /** The goal in the mentee's words. */
  title: string;
  /** A few words to name a long goal by (see goalTitle); absent when none was given. */
  short?: string;
  kind: GoalKind;
  why: string;
  // SMART
  measure: string;
  owner: string;
  targetDate: string;
  // GROW
  reality: string;
  options: string;
  firstStep: string;
  firstStepDate: string;
  /** 1 to 10, or null when not given. */
  commitment: number | null;
  /** The answer to "what would make it higher?" when commitment is below 7. */
  raise: string;
  // WOOP
  obstacle: string;
  ifThen: string;
  /** What the mentee asks of the mentor. */
  support: string;
  milestones: Milestone[];
  /** Newest first. */
  checkIns: CheckIn[];
  nextReview: string;
  archived: boolean;
}

export interface GoalsState {
  goals: Goal[];
}

// ---------------------------------------------------------------------------------------------------------------
// Making things

import { newId } from '../../lib/ids';
export { newId };

/** Most goals, milestones per goal and check-ins per goal a worksheet keeps: ten times and more beyond heavy use. */
export const GOAL_LIMITS = { goals: 500, milestones: 200, checkIns: 1000 } as const;

/** A goal's fields that hold text (dates included), each '' in a new goal. */
const TEXT_KEYS = ['title', 'why', 'measure', 'owner', 'targetDate', 'reality', 'options', 'firstStep', 'firstStepDate',
  'raise', 'obstacle', 'ifThen', 'support', 'nextReview'] as const;

/** A goal with nothing written, its fields in the order parseGoals gives them. */
export const emptyGoal = (id: string): Goal => ({
  id,
  ...(Object.fromEntries(TEXT_KEYS.map((key) => [key, ''])) as Record<(typeof TEXT_KEYS)[number], string>),
  kind: 'skill', commitment: null, milestones: [], checkIns: [], archived: false,
});

export const emptyMilestone = (id: string): Milestone => ({ id, text: '', date: '', done: false });
export const emptyCheckIn = (id: string, date: string): CheckIn => ({ id, date, happened: '', nextMentee: '', nextMentor: '' });

/** The state before anyone has typed: one blank goal, ready to fill in. */
export const initialGoals = (): GoalsState => ({ goals: [emptyGoal(newId())] });

/** True when a goal holds nothing a person typed. */
export const isGoalBlank = (g: Goal): boolean =>
  TEXT_KEYS.every((k) => g[k].trim() === '') && !g.short?.trim() && g.commitment === null && g.milestones.length === 0 && g.checkIns.length === 0;

export const isGoalsEmpty = (s: GoalsState): boolean => s.goals.every(isGoalBlank);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function describeGoals(s: GoalsState): string {
  const goals = s.goals.filter((g) => !isGoalBlank(g));
  if (goals.length === 0) return 'no goals yet';
  const milestones = goals.reduce((n, g) => n + g.milestones.length, 0);
  const checkIns = goals.reduce((n, g) => n + g.checkIns.length, 0);
  return `${plural(goals.length, 'goal')}, ${plural(milestones, 'milestone')}, ${plural(checkIns, 'check-in')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing

/** Ids must be non-empty and unique in their list; a bad one is replaced with a predictable one and noted. */
function readId(obj: Record<string, unknown>, path: string, problems: Problems, seen: Set<string>, fallback: string): string {
  let id = readString(obj, 'id', path, problems).trim();
  if (!/^[\w-]{1,64}$/.test(id) || seen.has(id)) {
    problems.push(`${path}id is missing, repeated or unusable`);
    id = fallback;
    for (let n = 2; seen.has(id); n++) id = `${fallback}-${n}`;
  }
  seen.add(id);
  return id;
}

function readCommitment(obj: Record<string, unknown>, path: string, problems: Problems): number | null {
  const value = obj.commitment;
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10) return value;
  problems.push(`${path}commitment is not a whole number from 1 to 10`);
  return null;
}

/** Notes that a list item is not an object (its path without the trailing dot); it is then left out. */
const notObject = (path: string, problems: Problems): undefined => void problems.push(`${path.slice(0, -1)} is not an object`);

function readGoal(input: unknown, path: string, problems: Problems, seen: Set<string>, index: number): Goal | undefined {
  if (!isRecord(input)) return notObject(path, problems);
  const goal = { id: readId(input, path, problems, seen, `goal-${index + 1}`) } as Goal;
  for (const key of TEXT_KEYS) {
    goal[key] = (/Date$|Review$/.test(key) ? readDate : readString)(input, key, path, problems);
  }
  // Added after version 1 shipped, so optional: data written before it has none, and stays as it was.
  const short = readString(input, 'short', path, problems);
  if (short) goal.short = short;
  const milestoneIds = new Set<string>();
  const checkInIds = new Set<string>();
  return {
    ...goal,
    kind: readEnum(input, 'kind', goalKinds, 'other', path, problems),
    commitment: readCommitment(input, path, problems),
    milestones: readArray(input, 'milestones', path, problems, (item, p, pr) => {
      if (!isRecord(item)) return notObject(p, pr);
      return {
        id: readId(item, p, pr, milestoneIds, `m${milestoneIds.size + 1}`),
        text: readString(item, 'text', p, pr),
        date: readDate(item, 'date', p, pr),
        done: readBoolean(item, 'done', p, pr),
      };
    }, GOAL_LIMITS.milestones),
    checkIns: readArray(input, 'checkIns', path, problems, (item, p, pr) => {
      if (!isRecord(item)) return notObject(p, pr);
      return {
        id: readId(item, p, pr, checkInIds, `c${checkInIds.size + 1}`),
        date: readDate(item, 'date', p, pr),
        happened: readString(item, 'happened', p, pr),
        nextMentee: readString(item, 'nextMentee', p, pr),
        nextMentor: readString(item, 'nextMentor', p, pr),
      };
    }, GOAL_LIMITS.checkIns),
    archived: readBoolean(input, 'archived', path, problems),
  };
}

/** Unknown input in; valid state, or the reasons with everything that could be kept. */
export function parseGoals(input: unknown): Parsed<GoalsState> {
  const problems: Problems = [];
  const obj = readObject(input, '', problems);
  const seen = new Set<string>();
  let index = 0;
  const goals = readArray(obj, 'goals', '', problems, (item, path, pr) => readGoal(item, path, pr, seen, index++), GOAL_LIMITS.goals);
  return finish({ goals }, problems);
}

/**
 * Version 0 was never released: it is the draft shape of the first prototype,
 * `{ goals: [{ id, text, deadline, steps: [{ text, done }] }] }`, kept so that the migration chain is exercised end to
 * end (tests/fixtures/storage/goals.v0.json). Replace it when version 2 brings a real one.
 */
export const goalsMigrations = {
  0: (data: unknown) => {
    const goals = isRecord(data) && Array.isArray(data.goals) ? data.goals : [];
    return {
      goals: goals.map((g: unknown, i: number) => {
        const old = isRecord(g) ? g : {};
        const steps = Array.isArray(old.steps) ? old.steps : [];
        return {
          ...emptyGoal(typeof old.id === 'string' ? old.id : `goal-${i + 1}`),
          kind: 'other',
          title: old.text ?? '',
          targetDate: old.deadline ?? '',
          milestones: steps.map((s: unknown, j: number) => {
            const step = isRecord(s) ? s : {};
            return { id: `m${j + 1}`, text: step.text ?? '', date: '', done: step.done === true };
          }),
        };
      }),
    };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Dates and words live in src/lib; re-exported here for the worksheet's views.

export { localDate, addDays, formatDate } from '../../lib/dates';
export { fill, lowerFirst, counted, type Forms } from '../../lib/words';

// ---------------------------------------------------------------------------------------------------------------
// Checks

export type SmartCheckId = 'no-measure' | 'vague-verb' | 'vague-measure' | 'no-owner' | 'no-date' | 'past-date';

/** A check that found something, with the values its words need (texts.ts has the words, by id). */
export interface Check<Id extends string = string> {
  id: Id;
  /** The vague phrase found, as written. */
  phrase?: string;
  /** The date that has passed, in words. */
  date?: string;
}

/**
 * Verbs and phrases that name a direction but no end point ("improve", "learn more about"), as regular expression
 * fragments that also catch the -ing and past forms. Matched as whole words, case-insensitively.
 */
const VAGUE = [
  'improv(?:e|es|ed|ing)', '(?:get|getting|be|become|becoming) better(?: at)?', 'learn(?:ing)? (?:more|about)',
  'know more', 'understand(?:ing)?', 'work(?:ing)? on', 'develop(?:ing)?', 'explor(?:e|ing)', 'look(?:ing)? into',
  'tr(?:y|ying) to', 'focus(?:ing)? on', 'enhanc(?:e|ing)', 'strengthen(?:ing)?', '(?:be|become|becoming) more',
  'feel(?:ing)? more', '(?:get|getting|do|doing) more',
];
const vaguePattern = new RegExp(`\\b(?:${VAGUE.join('|')})\\b`, 'i');

/** The first vague phrase in a text, as written there but with single spaces between its words, or null. */
export function findVague(text: string): string | null {
  return vaguePattern.exec(text.replace(/\s+/g, ' '))?.[0] ?? null;
}

/** A number in figures or words: what makes "get better at presenting: give two talks" a measure. */
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred|once|twice|half|dozen)\b/i;

/**
 * A measure counts when someone else could check it: it is there, and it is not itself just a vague verb
 * without a number ("get better at writing" is a direction, "submit 1 paper" or "give two talks" a measure).
 */
export function hasObservableMeasure(measure: string): boolean {
  const m = measure.trim();
  return m !== '' && !(findVague(m) && !NUMBER.test(m));
}

/** Done when it has milestones and all are done. */
export const isComplete = (goal: Pick<Goal, 'milestones'>): boolean => goal.milestones.length > 0 && goal.milestones.every((m) => m.done);

/** What stops the goal being specific, measurable, assignable and time-related, in a stable order. */
export function smartChecks(goal: Goal, today: string): Check<SmartCheckId>[] {
  const checks: Check<SmartCheckId>[] = [];
  if (goal.measure.trim() && !hasObservableMeasure(goal.measure)) {
    // A measure that is there but not observable holds a vague phrase: name that, not a missing measure.
    checks.push({ id: 'vague-measure', phrase: findVague(goal.measure)! });
  } else if (!goal.measure.trim()) {
    const phrase = findVague(goal.title);
    checks.push(phrase ? { id: 'vague-verb', phrase } : { id: 'no-measure' });
  }
  if (!goal.owner.trim()) checks.push({ id: 'no-owner' });
  if (!goal.targetDate) checks.push({ id: 'no-date' });
  else if (goal.targetDate < today && !isComplete(goal)) checks.push({ id: 'past-date', date: formatDate(goal.targetDate) });
  return checks;
}

export type WoopCheckId = 'no-if-then' | 'no-if' | 'no-then' | 'order' | 'empty-if' | 'empty-then';

/**
 * An if-then plan needs a situation ("If ...") and a response ("then I will ..."), in that order, each with words.
 * Returns what is wrong, or null when the plan is complete, or when nothing has been written yet.
 */
export function woopCheck(plan: string): WoopCheckId | null {
  const text = plan.trim();
  if (!text) return null;
  const ifMatch = /\bif\b/i.exec(text);
  const hasThen = /\bthen\b/i.test(text);
  if (!ifMatch) return hasThen ? 'no-if' : 'no-if-then';
  if (!hasThen) return 'no-then';
  const rest = text.slice(ifMatch.index + 2);
  const thenAt = rest.search(/\bthen\b/i);
  if (thenAt < 0) return 'order';
  const words = (s: string) => /[\p{L}\p{N}]/u.test(s);
  if (!words(rest.slice(0, thenAt))) return 'empty-if';
  if (!words(rest.slice(thenAt + 4))) return 'empty-then';
  return null;
}

/** Below 7 out of 10, the worksheet asks what would make it higher: the answer often shows a better goal. */
export const asksToRaise = (commitment: number | null): commitment is number => commitment !== null && commitment < 7;

/** A first step with no date tends to wait; one with a date can go in a diary. */
export const firstStepNeedsDate = (goal: Goal): boolean => !!goal.firstStep.trim() && !goal.firstStepDate;

export interface Progress {
  done: number;
  total: number;
  /** Whole per cent, or null when there are no milestones to count. */
  percent: number | null;
}

/** Progress comes from milestones ticked off, never from a number typed in. */
export function progress(goal: Pick<Goal, 'milestones'>): Progress {
  const total = goal.milestones.length;
  const done = goal.milestones.filter((m) => m.done).length;
  return { done, total, percent: total ? Math.round((done / total) * 100) : null };
}

/** Progress in words: the form for its number of milestones, with {done}, {percent} and {n} (the total). */
export const progressText = (p: Progress, forms: Forms): string => counted(p.total, forms, p);

/** Due for review from the review date on (the day itself included), unless the goal is archived. */
export const dueForReview = (goal: Goal, today: string): boolean =>
  !goal.archived && goal.nextReview !== '' && goal.nextReview <= today;

/** A milestone still open after its date. */
export const isOverdue = (m: Milestone, today: string): boolean => !m.done && m.date !== '' && m.date < today;

/** A goal as headings, lists, calendars and the other tools name it: its short title, or its first words; '' for none. */
export const goalTitle = (goal: Pick<Goal, 'title' | 'short'>): string => shortTitle(goal.title, goal.short);

/** A long goal is offered a short title; so is one that has one, so the field does not vanish while in use. */
export const offersShortTitle = (goal: Pick<Goal, 'title' | 'short'>): boolean =>
  goal.title.trim().length > SHORT_TITLE_MAX || !!goal.short?.trim();

/** The name a goal goes by in lists and messages: goalTitle, or `untitled` with its place as {n}. */
export const goalName = (goal: Goal, index: number, untitled: string): string => goalTitle(goal) || fill(untitled, { n: index + 1 });

/** From this many active goals, the worksheet says gently that it is a lot (the page says one to three is plenty). */
export const MANY_GOALS = 4;

/** Up to this many active goals, every card opens; past it, cards open closed (their summaries make the list). */
export const OPEN_GOALS_UP_TO = 8;

/** A card opens by itself when the goals are few, or when the goal is new (someone is about to fill it in). */
export const opensByItself = (goal: Goal, activeCount: number): boolean => activeCount <= OPEN_GOALS_UP_TO || isGoalBlank(goal);

/** The gentle word for `n` active goals, with {n} filled in; '' below MANY_GOALS. */
export const manyGoals = (n: number, text: string): string => (n >= MANY_GOALS ? fill(text, { n }) : '');

// ---------------------------------------------------------------------------------------------------------------
// Edits: each returns a new state and leaves the old one untouched.

export const updateGoal = (s: GoalsState, id: string, change: (g: Goal) => Goal): GoalsState => ({
  goals: s.goals.map((g) => (g.id === id ? change(g) : g)),
});

/** Moves a goal one place among the goals that are not archived; archived ones keep their places. */
export function moveGoal(s: GoalsState, id: string, direction: -1 | 1): GoalsState {
  const active = s.goals.map((g, i) => (g.archived ? -1 : i)).filter((i) => i >= 0);
  const at = active.findIndex((i) => s.goals[i]!.id === id);
  const to = at + direction;
  if (at < 0 || to < 0 || to >= active.length) return s;
  const goals = [...s.goals];
  const [a, b] = [active[at]!, active[to]!];
  [goals[a], goals[b]] = [goals[b]!, goals[a]!];
  return { goals };
}

/** Takes a goal out, returning where it was so that it can be put back exactly there. */
export function removeGoal(s: GoalsState, id: string): { state: GoalsState; goal: Goal; index: number } | null {
  const index = s.goals.findIndex((g) => g.id === id);
  if (index < 0) return null;
  return { state: { goals: s.goals.filter((g) => g.id !== id) }, goal: s.goals[index]!, index };
}

/** Puts an item back at an index (clamped to the list). */
export function insertAt<T>(list: T[], item: T, index: number): T[] {
  const copy = [...list];
  copy.splice(Math.max(0, Math.min(index, copy.length)), 0, item);
  return copy;
}
