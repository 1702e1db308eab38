// Every word the goal worksheet shows, as content. GoalsIsland.astro sends this in the page as JSON, so the words
// travel in the HTML rather than in the JavaScript; the components get it as the prop `t`. Imported only there and by
// tests: nothing in the browser bundle may import this module (except its types).
//
// Placeholders in {braces} are filled by fill() in model.ts. Counted texts ({ 0, 1, other }) are picked by
// counted(): the form for none, for one, and for any other number {n}.
import type { Forms, GoalKind, SmartCheckId, WoopCheckId } from './model';

/** Forms of a text for none, one and any other number: `{ 0: 'No dates', 1: 'One date', other: '{n} dates' }`. */
export type Counted = Forms;

/** A button's visible text and its accessible name, which says which goal or item it acts on ({name}). */
export type ButtonTexts = [text: string, label: string];

/** A goal's fields that have a label of their own on screen. */
export type GoalField =
  | 'title' | 'short' | 'kind' | 'why' | 'measure' | 'owner' | 'targetDate' | 'reality' | 'options' | 'firstStep' | 'firstStepDate'
  | 'commitment' | 'raise' | 'support' | 'obstacle' | 'ifThen' | 'nextReview';

export interface GoalsTexts {
  kinds: Record<GoalKind, string>;
  /** Labels of a goal's fields, by field. */
  labels: Record<GoalField, string>;
  /** Hints under some of the fields. */
  hints: Partial<Record<GoalField, string>>;
  /** The commitment select: the option for "not given", then 1 to 10. */
  commitmentOptions: string[];
  /** The fieldsets of a goal card, in order. */
  legends: { goal: string; smart: string; grow: string; woop: string; milestones: string; checkIns: string; review: string };

  /** A goal's heading ({n}: its place, {title}), and what stands for a title not yet written. */
  goalHeading: string;
  untitled: string;
  /** A goal's name in lists and button names when it has no title. */
  goalUntitled: string;
  /** The kind of goal ({kind}) under a card's heading, before its progress. */
  kindGoal: string;
  due: string;

  buttons: { up: ButtonTexts; down: ButtonTexts; archive: ButtonTexts; delete: ButtonTexts; restore: ButtonTexts };

  /** SMART check: the heading by the number of things to look at, and the words when there is none. */
  smartHeading: Counted;
  smartOk: string;
  /** Each SMART check's message and why it matters, by check id; {phrase} and {date} come from the check. */
  smart: Record<SmartCheckId, [message: string, why: string]>;
  /** Each if-then plan check's message, by check id, and the reason common to them all. */
  woop: Record<WoopCheckId, string>;
  woopWhy: string;
  /** Asked when commitment is below 7 ({n}). */
  commitmentPrompt: string;
  firstStepNeedsDate: string;

  /** Milestones: {done}, {total}, {percent} and {n} (the total) in the progress text. */
  milestones: {
    hint: string;
    progressLabel: string;
    progress: Counted;
    /** A milestone's legend ({n}); with its first letter lower-cased it names it in messages. */
    legend: string;
    doneTag: string;
    overdueTag: string;
    text: string;
    date: string;
    done: string;
    add: string;
  };
  checkIns: {
    hint: string;
    add: string;
    /** A check-in's legend: with its {date}, or its number {n} when it has none. */
    dated: string;
    numbered: string;
    /** Field labels; {mentee} and {mentor} are the names. Also the rows of a check-in on paper, in this order. */
    fields: { date: string; happened: string; nextMentee: string; nextMentor: string };
  };
  /** Removing a milestone or check-in. {what}: its legend, lower-cased, and a milestone's own words if it has any. */
  remove: ButtonTexts;
  review: { dueSince: string; next: string; none: string };

  worksheet: {
    tryExample: string;
    confirmExample: string;
    confirmLabel: string;
    heading: string;
    none: string;
    add: string;
    archivedHeading: string;
    archivedHint: string;
    /** Name of an archived goal with no title. */
    untitledGoal: string;
    /** Under the goals from four active goals on ({n}); the page says one to three is plenty. */
    many: string;
    keepCopy: string;
    downloadJson: string;
    downloadIcs: string;
    keepCopyHint: string;
    /** After making a calendar file, by the number of dates in it. */
    icsMade: Counted;
  };
  /** What the status region announces after a change. */
  said: {
    added: string;
    moved: { up: string; down: string };
    deleted: string;
    /** Stands for {name} in deleted and restored when a goal has no title. */
    anUntitledGoal: string;
    archived: string;
    restored: string;
    removedItem: string;
    undoWhere: string;
    putBack: string;
  };

  /** The printed plan. The labels of its rows are in the order printed; a field left out is not printed. */
  print: {
    heading: string;
    pair: { mentee: string; mentor: string; startDate: string; reviewDate: string; today: string };
    /** The goal as written, printed under its heading when the heading names it by a short title. */
    goalInFull: string;
    goal: Partial<Record<Exclude<GoalField, 'title' | 'firstStepDate'>, string>>;
    firstStepBy: string;
    commitment: string;
    milestones: string;
    milestoneBy: string;
    milestoneDone: string;
    checkIns: string;
    notes: string;
  };

  /** The calendar file's events ({names}: both names joined by `and`). */
  calendar: {
    and: string;
    pairReview: string;
    pairReviewNoNames: string;
    pairReviewWhy: string;
    goalReview: string;
    goal: string;
    measure: string;
    with: string;
    untitledGoal: string;
    milestone: string;
    untitledMilestone: string;
    milestoneOf: string;
  };
}

export const goalsTexts: GoalsTexts = {
  kinds: { skill: 'Skill', career: 'Career', project: 'Project', other: 'Other' },
  labels: {
    title: 'Goal',
    short: 'Short title',
    kind: 'Kind of goal',
    why: 'Why it matters',
    measure: 'Measure of success',
    owner: 'Who owns it',
    targetDate: 'Target date',
    reality: 'Where things stand now',
    options: 'Options considered',
    firstStep: 'First step',
    firstStepDate: 'First step by',
    commitment: 'Commitment, from 1 to 10',
    raise: 'What would make it higher?',
    support: 'Support asked of the mentor',
    obstacle: 'Main inner obstacle',
    ifThen: 'If-then plan',
    nextReview: 'Next review date',
  },
  hints: {
    title: 'In the mentee’s own words: what do you want, and by when?',
    short: 'A few words to name this goal by in headings, lists and calendars. The goal above stays as written.',
    measure: 'What will you, or anyone else, be able to see or count when it is done?',
    owner: 'Usually the mentee; name the mentor too if they own a step.',
    reality: 'What have you already tried? What is in the way?',
    commitment: 'How sure is the mentee of doing it?',
    support: '“How can I help?”: what the mentee asks the mentor to do.',
    obstacle: 'Inside you: the habit, feeling or belief most likely to get in the way.',
    ifThen: 'If [the obstacle shows up], then I will [what you will do].',
  },
  commitmentOptions: ['Not given yet', '1 (not at all)', '2', '3', '4', '5', '6', '7', '8', '9', '10 (certain)'],
  legends: {
    goal: 'The goal',
    smart: 'Make it SMART',
    grow: 'Plan it (GROW)',
    woop: 'The main obstacle and an if-then plan (WOOP)',
    milestones: 'Milestones',
    checkIns: 'Check-ins',
    review: 'Review',
  },

  goalHeading: 'Goal {n}: {title}',
  untitled: 'untitled',
  goalUntitled: 'Goal {n} (untitled)',
  kindGoal: '{kind} goal',
  due: 'Due for review',

  buttons: {
    up: ['↑ Move up', 'Move up: {name}'],
    down: ['↓ Move down', 'Move down: {name}'],
    archive: ['Archive', 'Archive: {name}'],
    delete: ['Delete', 'Delete: {name}'],
    restore: ['Restore', 'Restore: {name}'],
  },

  smartHeading: { 0: 'SMART check:', 1: 'SMART check: one thing to look at', other: 'SMART check: {n} things to look at' },
  smartOk: ' it has a measure, an owner and a date to come.',
  smart: {
    'vague-verb': [
      '“{phrase}” with no measure of success',
      '“{phrase}” says which way to go, not when you have arrived. Add a result someone else could see or count.',
    ],
    'vague-measure': [
      '“{phrase}” in the measure is hard to check',
      '“{phrase}” says which way to go, not when you have arrived. Make the measure something you could both see or count: a number, a result, a date.',
    ],
    'no-measure': ['No measure of success', 'Without something you can both observe, neither of you can tell when the goal is met.'],
    'no-owner': ['No owner', 'A goal that belongs to nobody drifts. Name who is responsible for it.'],
    'no-date': ['No target date', 'A goal with no date loses out to everything that has one. Pick a date, even a rough one.'],
    'past-date': [
      'The target date, {date}, has passed',
      'If the goal is still open, agree a new date together; if it is done, tick its milestones or archive it.',
    ],
  },
  woop: {
    'no-if-then': 'Write it as “If …, then I will …”',
    'no-if': 'No “if”: name the situation that sets the plan off',
    'no-then': 'No “then”: say what you will do when it happens',
    order: 'Put the “if” part first and the “then” part after it',
    'empty-if': 'Say what the situation is, between “if” and “then”',
    'empty-then': 'Say what you will do, after “then”',
  },
  woopWhy: 'Plans of the form “If this happens, then I will do that” make follow-through more likely.',
  commitmentPrompt: '{n} out of 10: what would make it higher? The answer often shows a better goal.',
  firstStepNeedsDate: 'Give the first step a date, so it goes in a diary.',

  milestones: {
    hint: 'Steps on the way, each with a date. Progress is counted from the ones ticked as done.',
    progressLabel: 'Progress: ',
    progress: { 0: 'No milestones yet', 1: '{done} of 1 milestone done ({percent}%)', other: '{done} of {n} milestones done ({percent}%)' },
    legend: 'Milestone {n}',
    doneTag: ' ✓ Done',
    overdueTag: ' ⚠ Overdue',
    text: 'What will be done',
    date: 'By',
    done: 'Done',
    add: 'Add a milestone',
  },
  checkIns: {
    hint: 'A short note at each meeting keeps both of you to your word: what happened since last time, and what each of you will do next.',
    add: 'Add a check-in',
    dated: 'Check-in of {date}',
    numbered: 'Check-in {n}',
    fields: { date: 'Date', happened: 'What happened', nextMentee: 'Next for {mentee}', nextMentor: 'Next for {mentor}' },
  },
  remove: ['Remove', 'Remove {what}'],
  review: {
    dueSince: ' since {date}. Look at this goal together, add a check-in and set the next review date.',
    next: 'Next review on {date}.',
    none: 'Pick a date to look at this goal together again, such as your next meeting but one.',
  },

  worksheet: {
    tryExample: 'Try an example',
    confirmExample:
      'The example replaces the goals on this worksheet, and the names and dates, which the agreement shares. Download your work first if you want to keep it.',
    confirmLabel: 'Replace with the example',
    heading: 'Your goals',
    none: 'No goals yet. One to three is plenty.',
    add: '+ Add a goal',
    archivedHeading: 'Archived goals',
    archivedHint: 'Set aside, not deleted. They are not printed or added to calendars.',
    untitledGoal: 'Untitled goal',
    many: '{n} goals is a lot to work on at once: one to three is plenty. You could archive some and come back to them later.',
    keepCopy: 'Keep a copy',
    downloadJson: 'Download as JSON',
    downloadIcs: 'Add dates to a calendar (.ics)',
    keepCopyHint:
      'The calendar file holds the review dates and the dates of milestones not yet done. The JSON file can be imported on the “Your data” page, here or in another browser.',
    icsMade: {
      0: 'There are no dates to add yet: set a review date, or give a milestone a date.',
      1: 'Calendar file made with 1 date. Open it to add it to your calendar.',
      other: 'Calendar file made with {n} dates. Open it to add them to your calendar.',
    },
  },
  said: {
    added: 'Goal {n} added.',
    moved: { up: 'Moved “{name}” up, to place {place} of {count}.', down: 'Moved “{name}” down, to place {place} of {count}.' },
    deleted: 'Deleted “{name}”.',
    anUntitledGoal: 'an untitled goal',
    archived: 'Archived “{name}”. It is listed under Archived goals.',
    restored: 'Restored “{name}” to your goals.',
    removedItem: 'Removed {what} of “{name}”.',
    undoWhere: '{message} Undo is at the end of the worksheet.',
    putBack: 'Put back.',
  },

  print: {
    heading: 'Mentoring goals',
    pair: { mentee: 'Mentee', mentor: 'Mentor', startDate: 'Started', reviewDate: 'Review of the relationship', today: 'Printed' },
    goalInFull: 'The goal in full',
    goal: {
      kind: 'Kind',
      why: 'Why it matters',
      measure: 'Measure of success',
      owner: 'Owner',
      targetDate: 'Target date',
      reality: 'Where things stand',
      options: 'Options considered',
      firstStep: 'First step',
      commitment: 'Commitment',
      raise: 'What would make it higher',
      obstacle: 'Main obstacle',
      ifThen: 'If-then plan',
      support: 'Support asked of the mentor',
      nextReview: 'Next review',
    },
    firstStepBy: ', by ',
    commitment: '{n} out of 10',
    milestones: 'Milestones: {progress}',
    milestoneBy: ' (by {date})',
    milestoneDone: ' done',
    checkIns: 'Check-ins',
    notes: 'Notes',
  },

  calendar: {
    and: ' and ',
    pairReview: 'Mentoring review: {names}',
    pairReviewNoNames: 'Mentoring review',
    pairReviewWhy: 'Look back on the mentoring relationship together: what went well, what to change, and whether to go on.',
    goalReview: 'Review goal: {title}',
    goal: 'Goal: {title}',
    measure: 'Measure of success: {measure}',
    with: 'With {names}',
    untitledGoal: 'Untitled goal',
    milestone: 'Milestone: {text}',
    untitledMilestone: 'untitled',
    milestoneOf: 'A milestone of the goal: {title}',
  },
};
