// The meeting record's data and every rule about it: meetings with their agendas, notes and decisions; actions with an
// owner, a due date and a status; and the pair's relationship check-ins (checkin.ts). Pure: no DOM, no storage, no
// clock. Anything that depends on the date takes `today` (YYYY-MM-DD).
//
// Merging two people's copies matches items by id, so every item has one (newId), and nothing is stored twice:
// an action lives once, in `actions`, and which meetings it shows in is worked out from where it was made and closed.
import { newId } from '../../lib/ids';
import { finish, isRecord, readDate, readEnum, readObject, type Parsed, type Problems } from '../../lib/storage';
import { readCheckIn, type CheckIn } from './checkin-data';
import { LIMITS, notObject, people, readId, readList, readRef, readText, type Person } from './parse-parts';

export { LIMITS, people, type Person };

/** The guide's four kinds of meeting; texts.ts has each one's name and the agenda it starts with. */
export const templateKinds = ['first', 'regular', 'midpoint', 'closing'] as const;
export type TemplateKind = (typeof templateKinds)[number];

export const actionStatuses = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export interface AgendaItem {
  id: string;
  text: string;
  addedBy: Person;
  /** One of the pair's goals (goal worksheet), by id. */
  goalId?: string;
}

export interface Decision {
  id: string;
  text: string;
}

export interface Meeting {
  id: string;
  /** YYYY-MM-DD or '' */
  date: string;
  kind: TemplateKind;
  agenda: AgendaItem[];
  notes: string;
  decisions: Decision[];
}

export interface Action {
  id: string;
  text: string;
  owner: Person;
  /** YYYY-MM-DD or '' */
  due: string;
  status: ActionStatus;
  /** Why it was dropped, in a word or two; required to drop, '' otherwise. */
  dropReason: string;
  /** The meeting it was agreed in. */
  createdIn: string;
  /** The meeting it was done or dropped in; absent while open. */
  closedIn?: string;
  goalId?: string;
}

export interface MeetingsState {
  meetings: Meeting[];
  actions: Action[];
  checkIns: CheckIn[];
}

export const MEETINGS_VERSION = 1;

// ---------------------------------------------------------------------------------------------------------------
// Making things

export const initialMeetings = (): MeetingsState => ({ meetings: [], actions: [], checkIns: [] });

export const isMeetingsEmpty = (s: MeetingsState): boolean => !s.meetings.length && !s.actions.length && !s.checkIns.length;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 meetings, 2 open actions, 4 check-ins", for previews. */
export function describeMeetings(s: MeetingsState): string {
  if (isMeetingsEmpty(s)) return 'no meetings yet';
  const parts = [plural(s.meetings.length, 'meeting'), plural(openActions(s).length, 'open action')];
  if (s.checkIns.length) parts.push(plural(s.checkIns.length, 'check-in'));
  return parts.join(', ');
}

/** A meeting of a kind, its agenda started with the template's items (texts.ts), each added by `addedBy`. */
export const newMeeting = (kind: TemplateKind, date: string, agenda: readonly string[], addedBy: Person = 'mentee', makeId = newId): Meeting => ({
  id: makeId(), date, kind, agenda: agenda.map((text) => ({ id: makeId(), text, addedBy })), notes: '', decisions: [],
});

export const newAction = (id: string, createdIn: string, owner: Person = 'mentee'): Action => ({
  id, text: '', owner, due: '', status: 'open', dropReason: '', createdIn,
});

/** The first meeting of a pair starts from the first-meeting template; every later one from the regular one. */
export const suggestedKind = (s: MeetingsState): TemplateKind => (s.meetings.length ? 'regular' : 'first');

// ---------------------------------------------------------------------------------------------------------------
// Parsing

function withRef<T extends object>(item: T, key: 'goalId' | 'closedIn', input: Record<string, unknown>, path: string, problems: Problems): T {
  const id = readRef(input, key, path, problems);
  return id ? { ...item, [key]: id } : item;
}

function readMeeting(input: unknown, path: string, problems: Problems, seen: Set<string>): Meeting | undefined {
  if (!isRecord(input)) return notObject(path, problems);
  const agendaIds = new Set<string>();
  const decisionIds = new Set<string>();
  return {
    id: readId(input, path, problems, seen, `meeting-${seen.size + 1}`),
    date: readDate(input, 'date', path, problems),
    kind: readEnum(input, 'kind', templateKinds, 'regular', path, problems),
    agenda: readList(input, 'agenda', LIMITS.itemsPerMeeting, path, problems, (item, p, pr) => {
      if (!isRecord(item)) return notObject(p, pr);
      const read = {
        id: readId(item, p, pr, agendaIds, `a${agendaIds.size + 1}`),
        text: readText(item, 'text', p, pr),
        addedBy: readEnum(item, 'addedBy', people, 'mentee', p, pr),
      };
      return withRef(read, 'goalId', item, p, pr);
    }),
    notes: readText(input, 'notes', path, problems),
    decisions: readList(input, 'decisions', LIMITS.itemsPerMeeting, path, problems, (item, p, pr) =>
      isRecord(item) ? { id: readId(item, p, pr, decisionIds, `d${decisionIds.size + 1}`), text: readText(item, 'text', p, pr) } : notObject(p, pr)),
  };
}

function readAction(input: unknown, path: string, problems: Problems, seen: Set<string>): Action | undefined {
  if (!isRecord(input)) return notObject(path, problems);
  const action: Action = {
    id: readId(input, path, problems, seen, `action-${seen.size + 1}`),
    text: readText(input, 'text', path, problems),
    owner: readEnum(input, 'owner', people, 'mentee', path, problems),
    due: readDate(input, 'due', path, problems),
    status: readEnum(input, 'status', actionStatuses, 'open', path, problems),
    dropReason: readText(input, 'dropReason', path, problems),
    createdIn: readRef(input, 'createdIn', path, problems),
  };
  // Where an open action was closed means nothing (a merge can leave one behind): it is not kept.
  const read = action.status === 'open' ? action : withRef(action, 'closedIn', input, path, problems);
  return withRef(read, 'goalId', input, path, problems);
}

/** Unknown input in; valid state, or the reasons with everything that could be kept. */
export function parseMeetings(input: unknown): Parsed<MeetingsState> {
  const problems: Problems = [];
  const obj = readObject(input, '', problems);
  const [meetingIds, actionIds, checkInIds] = [new Set<string>(), new Set<string>(), new Set<string>()];
  return finish(
    {
      meetings: readList(obj, 'meetings', LIMITS.meetings, '', problems, (item, p, pr) => readMeeting(item, p, pr, meetingIds)),
      actions: readList(obj, 'actions', LIMITS.actions, '', problems, (item, p, pr) => readAction(item, p, pr, actionIds)),
      checkIns: readList(obj, 'checkIns', LIMITS.checkIns, '', problems, (item, p, pr) => readCheckIn(item, p, pr, checkInIds)),
    },
    problems,
  );
}

/** Version 1 is the first: there is nothing older to migrate from. */
export const meetingsMigrations: Record<number, (data: unknown) => unknown> = {};

// ---------------------------------------------------------------------------------------------------------------
// Order and carry-over

/** Meetings by date, undated ones last; meetings on the same day keep the order they were made in. */
export const meetingsInOrder = (s: MeetingsState): Meeting[] =>
  s.meetings.map((m, i) => ({ m, i })).sort((a, b) => {
    const [x, y] = [a.m.date || '9999', b.m.date || '9999'];
    return x < y ? -1 : x > y ? 1 : a.i - b.i;
  }).map(({ m }) => m);

/** The first dated meeting on or after today, or null. */
export const nextMeeting = (s: MeetingsState, today: string): Meeting | null =>
  meetingsInOrder(s).find((m) => m.date !== '' && m.date >= today) ?? null;

export const isOpen = (a: Action): boolean => a.status === 'open';
export const openActions = (s: MeetingsState): Action[] => s.actions.filter(isOpen);
/** Open after its due date (the due date itself is not yet overdue). */
export const isOverdue = (a: Action, today: string): boolean => isOpen(a) && a.due !== '' && a.due < today;

export interface CarriedAction {
  action: Action;
  /** The meeting it was agreed in; undefined when that meeting is gone. */
  from: Meeting | undefined;
  /** Done or dropped in this meeting: shown here one last time, then no more. */
  closedHere: boolean;
}

/**
 * The actions a meeting shows: those agreed in it, and those carried into it. An action is carried into every
 * meeting after the one it was agreed in, up to and including the one it was done or dropped in; while open, into
 * every later meeting. Nothing is copied, so two people's copies of one action can never become two actions.
 * An action whose meeting is gone counts as agreed before every meeting; one closed with no known meeting, as
 * closed where it was agreed.
 */
export function actionsFor(s: MeetingsState, meetingId: string): { created: Action[]; carried: CarriedAction[] } {
  const order = meetingsInOrder(s);
  const rank = new Map(order.map((m, i) => [m.id, i]));
  const here = rank.get(meetingId);
  const created: Action[] = [];
  const carried: CarriedAction[] = [];
  if (here === undefined) return { created, carried };
  for (const action of s.actions) {
    if (action.createdIn === meetingId) {
      created.push(action);
      continue;
    }
    const made = rank.get(action.createdIn) ?? -1;
    if (made >= here) continue;
    const closed = isOpen(action) ? Infinity : rank.get(action.closedIn ?? '') ?? made;
    if (closed >= here) carried.push({ action, from: order[made], closedHere: closed === here });
  }
  return { created, carried };
}

// ---------------------------------------------------------------------------------------------------------------
// Edits: each returns a new state and leaves the old one untouched.

/** Adds a meeting; at the limit the state comes back as it was. */
export const addMeeting = (s: MeetingsState, meeting: Meeting): MeetingsState =>
  s.meetings.length >= LIMITS.meetings ? s : { ...s, meetings: [...s.meetings, meeting] };

export const updateMeeting = (s: MeetingsState, id: string, change: (m: Meeting) => Meeting): MeetingsState => ({
  ...s, meetings: s.meetings.map((m) => (m.id === id ? change(m) : m)),
});

/** Takes a meeting out with the actions agreed in it; `restore` puts both back where they were. */
export function removeMeeting(s: MeetingsState, id: string): { state: MeetingsState; restore: (later: MeetingsState) => MeetingsState } | null {
  const index = s.meetings.findIndex((m) => m.id === id);
  if (index < 0) return null;
  const meeting = s.meetings[index]!;
  const actions = s.actions.filter((a) => a.createdIn === id);
  return {
    state: { ...s, meetings: s.meetings.filter((m) => m.id !== id), actions: s.actions.filter((a) => a.createdIn !== id) },
    restore: (later) => ({ ...later, meetings: insertAt(later.meetings, meeting, index), actions: [...later.actions, ...actions] }),
  };
}

/** Adds an action agreed in a meeting; at the limit the state comes back as it was. */
export const addAction = (s: MeetingsState, action: Action): MeetingsState =>
  s.actions.length >= LIMITS.actions ? s : { ...s, actions: [...s.actions, action] };

export const updateAction = (s: MeetingsState, id: string, change: (a: Action) => Action): MeetingsState => ({
  ...s, actions: s.actions.map((a) => (a.id === id ? change(a) : a)),
});

export const removeAction = (s: MeetingsState, id: string): MeetingsState => ({ ...s, actions: s.actions.filter((a) => a.id !== id) });

/** Ticks an action done in the meeting it is ticked in. */
export const markDone = (s: MeetingsState, id: string, meetingId: string): MeetingsState =>
  updateAction(s, id, (a) => ({ ...a, status: 'done', dropReason: '', closedIn: meetingId }));

/** Drops an action, openly, in a meeting. A reason is required: with none, null (and nothing changes). */
export function dropAction(s: MeetingsState, id: string, reason: string, meetingId: string): MeetingsState | null {
  const dropReason = reason.trim();
  return dropReason ? updateAction(s, id, (a) => ({ ...a, status: 'dropped', dropReason, closedIn: meetingId })) : null;
}

/** Opens a done or dropped action again; it carries on from where it was agreed. */
export const reopen = (s: MeetingsState, id: string): MeetingsState =>
  updateAction(s, id, ({ closedIn: _, ...a }) => ({ ...a, status: 'open', dropReason: '' }));

/** An agenda item or action pointing at a goal, or at none (''). */
export const withGoal = <T extends { goalId?: string }>({ goalId: _, ...item }: T, goalId: string): T =>
  (goalId ? { ...item, goalId } : item) as T;

/** Adds a check-in; at the limit the state comes back as it was. */
export const addCheckIn = (s: MeetingsState, checkIn: CheckIn): MeetingsState =>
  s.checkIns.length >= LIMITS.checkIns ? s : { ...s, checkIns: [...s.checkIns, checkIn] };

export const updateCheckIn = (s: MeetingsState, id: string, change: (c: CheckIn) => CheckIn): MeetingsState => ({
  ...s, checkIns: s.checkIns.map((c) => (c.id === id ? change(c) : c)),
});

export const removeCheckIn = (s: MeetingsState, id: string): MeetingsState => ({ ...s, checkIns: s.checkIns.filter((c) => c.id !== id) });

/** Puts an item back at an index (clamped to the list). */
export function insertAt<T>(list: T[], item: T, index: number): T[] {
  const copy = [...list];
  copy.splice(Math.max(0, Math.min(index, copy.length)), 0, item);
  return copy;
}

/** Edits one item of a list by id; the list helpers the views use for agendas, decisions and check-ins. */
export const editItem = <T extends { id: string }>(list: T[], id: string, change: Partial<T>): T[] =>
  list.map((item) => (item.id === id ? { ...item, ...change } : item));
