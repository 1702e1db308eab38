// Every word the meeting record, the check-in and "Where we stand" show, as content. The page sends it as JSON, so
// the words travel in the HTML rather than in the JavaScript; the components get it as the prop `t`. Imported only by
// the island and by tests: nothing in the browser bundle may import this module (except its types).
//
// Placeholders in {braces} are filled by fill() (src/lib/words.ts). Counted texts ({ 0, 1, other }) are picked by
// counted(): the form for none, for one, and for any other number {n}.
import type { Forms } from '../../lib/words';
import type { StatementId, SummaryTexts } from './checkin';
import type { Person, TemplateKind } from './model';

/** A button's visible text and its accessible name, which says what it acts on ({what}). */
export type ButtonTexts = [text: string, label: string];

export interface Statement {
  /** In the first person, as the one filling it in reads it; {partner} is the other person. */
  text: string;
  /** A short name for the chart's heading and the table. */
  short: string;
  /** The chapter that helps when the answer is low or falling: content/guide/<chapter>.mdx. */
  chapter: string;
  chapterTitle: string;
}

/** The kinds of meeting by name, shared by the meeting record and "Where we stand". */
const kinds: Record<TemplateKind, string> = {
  first: 'First meeting',
  regular: 'Regular meeting',
  midpoint: 'Mid-point review',
  closing: 'Closing meeting',
};

/** Stand-ins for names the pair has not written yet. */
const names: Record<Person, string> = { mentee: 'the mentee', mentor: 'the mentor' };

export interface MeetingsTexts {
  tryExample: string;
  names: Record<Person, string>;
  kinds: Record<TemplateKind, string>;
  /** The agenda each kind of meeting starts with (from the guide: running-meetings, first-90-days, closing-well). */
  templates: Record<TemplateKind, string[]>;
  remove: ButtonTexts;
  goal: { label: string; none: string; gone: string };
  list: {
    heading: string; hint: string; none: string; item: string; undated: string; next: string;
    counts: Forms; newLegend: string; kind: string; date: string; add: string; full: string;
    calendar: string; calendarNone: string; calendarMade: string;
  };
  record: {
    heading: string; date: string; kind: string; agenda: string; agendaHint: string; agendaItem: string; agendaAdd: string;
    addedBy: string; notes: string; notesHint: string; decisions: string; decision: string; decisionAdd: string;
    print: string; delete: string; deleted: Forms; putBack: string;
  };
  actions: {
    legend: string; hint: string; carried: string; created: string; none: string; add: string; full: string; item: string;
    text: string; owner: string; due: string; done: string; carriedFrom: string; carriedFromEarlier: string; overdue: string;
    drop: ButtonTexts; dropReason: string; dropMissing: string; dropConfirm: string; keep: string; dropped: string;
    reopen: ButtonTexts;
  };
  checkIn: {
    heading: string; hint: string; start: string; list: string; item: string; edit: ButtonTexts; legend: string;
    date: string; ratings: [string, string, string, string, string]; noAnswer: string; open: string; openHint: string; finish: string;
    concerns: string; low: string; falling: string; read: string;
    charts: string; chartsNone: string; chartLabel: string; summary: SummaryTexts; gap: string;
    legendMentee: string; legendMentor: string; table: string; dateColumn: string; blank: string;
  };
  statements: Record<StatementId, Statement>;
  /** What the status region announces after a change. */
  said: {
    meetingAdded: string; added: string; removed: string;
    done: string; reopened: string; dropped: string; checkInStarted: string; checkInDeleted: string;
  };
  /** The printed record of one meeting. */
  print: {
    heading: string; names: string; date: string; agenda: string; notes: string; decisions: string; actions: string;
    what: string; who: string; due: string; status: string; open: string; done: string; dropped: string; carried: string; none: string;
  };
  /** The calendar entry for the next meeting ({names}: both names joined by `and`). */
  calendar: { product: string; and: string; summary: string; summaryNoNames: string; agenda: string; actions: string; file: string };
}

export const meetingsTexts: MeetingsTexts = {
  tryExample: 'Try an example',
  names,
  kinds,
  templates: {
    first: [
      'Introductions: how each of us got here, and one thing outside work or study',
      'Hopes: what the mentee wants from this, what the mentor hopes to give and to learn',
      'Expectations both ways: who sets the agenda, how fast we reply, what is within reach',
      'What stays between us, and the limits of that',
      'Practicalities: how often, how long, where, how to cancel, and a review date',
      'Write down what we agreed, and one first action each',
      'Book the next meeting',
    ],
    regular: [
      'How are we both doing?',
      'Last time’s actions, the mentor’s first',
      'One win and one thing that is stuck',
      'Topic of the day, chosen by the mentee',
      'The mentee sums up what they are taking away',
      'Next actions, each with an owner and a date; book the next meeting',
    ],
    midpoint: [
      'What has the mentee achieved, and what has each of us learned?',
      'Each goal: done, still worth it, or no longer a fit?',
      'The agreement: do the rhythm, the channels and the boundaries still suit us?',
      'Our check-in answers: where do we see things differently?',
      'Carry on, change the form, or close: which do we choose?',
      'Next actions and the next review date',
    ],
    closing: [
      'Look back: read the first goals together; what changed on the way?',
      'What each of us learned, the mentor included',
      'What comes next for the mentee, and who else can help with it',
      'Thanks both ways: one moment or one piece of help that mattered',
      'Contact afterwards: what kind, if any?',
    ],
  },
  remove: ['Remove', 'Remove {what}'],
  goal: { label: 'Goal (optional)', none: 'None', gone: 'A goal no longer in the worksheet' },
  list: {
    heading: 'Meetings',
    hint: 'One record per meeting. Actions still open carry into every later meeting until they are done or dropped.',
    none: 'No meetings yet. Start with the first one below.',
    item: '{date}: {kind}',
    undated: 'No date yet',
    next: 'Next',
    counts: { 0: 'nothing written yet', 1: 'one agenda item', other: '{n} agenda items' },
    newLegend: 'New meeting',
    kind: 'Start from the agenda of',
    date: 'Date',
    add: 'Add the meeting',
    full: 'This record holds the most meetings it can (500). Delete an old one to add another.',
    calendar: 'Add the next meeting to a calendar',
    calendarNone: 'No meeting is dated today or later, so there is nothing to add to a calendar yet.',
    calendarMade: 'A calendar file for the meeting on {date} is in your downloads.',
  },
  record: {
    heading: '{kind}, {date}',
    date: 'Date of the meeting',
    kind: 'Kind of meeting',
    agenda: 'Agenda',
    agendaHint: 'Either of you can add items before the meeting.',
    agendaItem: 'Agenda item {n}',
    agendaAdd: 'Add an agenda item',
    addedBy: 'Added by',
    notes: 'Notes',
    notesHint: 'What you talked about, in a few lines.',
    decisions: 'Decisions',
    decision: 'Decision {n}',
    decisionAdd: 'Add a decision',
    print: 'Print this meeting',
    delete: 'Delete this meeting',
    deleted: {
      0: 'The meeting of {date} is deleted.',
      1: 'The meeting of {date} is deleted, with the one action agreed in it.',
      other: 'The meeting of {date} is deleted, with the {n} actions agreed in it.',
    },
    putBack: 'The meeting is back, with its actions.',
  },
  actions: {
    legend: 'Actions',
    hint: 'What will be done, who does it and by when. Give the mentor at least one, or agree there is none this time.',
    carried: 'Carried from earlier meetings',
    created: 'Agreed in this meeting',
    none: 'None yet.',
    add: 'Add an action',
    full: 'This record holds the most actions it can (5,000).',
    item: 'Action {n}',
    text: 'What will be done',
    owner: 'Who does it',
    due: 'By when',
    done: 'Done',
    carriedFrom: 'Carried from {date}',
    carriedFromEarlier: 'Carried from an earlier meeting',
    overdue: 'Overdue',
    drop: ['Drop', 'Drop {what}'],
    dropReason: 'Why drop it? A word or two',
    dropMissing: 'Say why in a word or two: it shows you both what got in the way.',
    dropConfirm: 'Drop it',
    keep: 'Keep it open',
    dropped: 'Dropped: {reason}',
    reopen: ['Open again', 'Open again: {what}'],
  },
  checkIn: {
    heading: 'How the relationship is going',
    hint: 'About once a month, each of you answers on your own. Your answers stay on this device until you share them.',
    start: 'Start a check-in as {name}',
    list: 'Check-ins so far',
    item: '{name}, {date}',
    edit: ['Change', 'Change {what}'],
    legend: 'Check-in by {name}',
    date: 'Date',
    ratings: ['1 Strongly disagree', '2 Disagree', '3 Neither', '4 Agree', '5 Strongly agree'],
    noAnswer: 'No answer',
    open: 'Anything you would change about how we work together?',
    openHint: 'One or two lines. Bring it to the next meeting.',
    finish: 'Finish the check-in',
    concerns: 'Answers worth a look',
    low: '{name} rated “{statement}” {value} out of 5.',
    falling: '{name}’s answer to “{statement}” went down from {previous} to {value}.',
    read: 'What helps: {title}',
    charts: 'Answers over time',
    chartsNone: 'The charts appear after the first check-in.',
    chartLabel: '{statement}: answers over time, out of 5',
    summary: {
      sentence: '{mentee}; {mentor}.',
      none: '{name} has not answered yet',
      once: '{name} answered {value} out of 5',
      up: '{name} went up from {previous} to {value} out of 5',
      down: '{name} went down from {previous} to {value} out of 5',
      same: '{name} stayed at {value} out of 5',
    },
    gap: 'Your latest answers are {difference} apart: something to talk about, not a score.',
    legendMentee: '● {name}',
    legendMentor: '□ {name}',
    table: 'The answers as a table',
    dateColumn: 'Date',
    blank: '–',
  },
  statements: {
    goals: {
      text: 'We agree on what we are working towards.', short: 'Agreeing on goals',
      chapter: 'goals-and-expectations', chapterTitle: 'Establishing goals and expectations',
    },
    open: {
      text: 'I can raise anything with {partner}.', short: 'Raising anything',
      chapter: 'open-and-positive-relationship', chapterTitle: 'Building an open and positive relationship',
    },
    feedback: {
      text: 'Feedback goes both ways between us.', short: 'Feedback both ways',
      chapter: 'constructive-feedback', chapterTitle: 'Providing constructive feedback',
    },
    support: {
      text: 'The help in this relationship fits what is needed.', short: 'Help that fits',
      chapter: 'support-and-encouragement', chapterTitle: 'Offering support and encouragement',
    },
    commitments: {
      text: 'We keep the commitments we make to each other.', short: 'Keeping commitments',
      chapter: 'accountability', chapterTitle: 'Fostering accountability',
    },
    recognition: {
      text: 'Progress and effort get noticed and named.', short: 'Progress noticed',
      chapter: 'recognition-and-reassurance', chapterTitle: 'Giving recognition and reassurance',
    },
    boundaries: {
      text: 'Our boundaries work for me.', short: 'Boundaries that work',
      chapter: 'professional-boundaries', chapterTitle: 'Maintaining professional boundaries',
    },
    meetings: {
      text: 'Our meetings are worth the time they take.', short: 'Meetings worth the time',
      chapter: 'running-meetings', chapterTitle: 'Running a good meeting',
    },
  },
  said: {
    meetingAdded: 'Meeting added for {date}, with {n} agenda items.',
    added: '{what} added.',
    removed: '{what} removed.',
    done: 'Marked done: {what}.',
    reopened: 'Open again: {what}.',
    dropped: 'Dropped: {what}.',
    checkInStarted: 'Check-in started for {name}.',
    checkInDeleted: 'Check-in deleted.',
  },
  print: {
    heading: 'Meeting record',
    names: '{mentee} and {mentor}',
    date: '{kind}, {date}',
    agenda: 'Agenda',
    notes: 'Notes',
    decisions: 'Decisions',
    actions: 'Actions',
    what: 'Action',
    who: 'Who',
    due: 'By when',
    status: 'Status',
    open: 'Open',
    done: 'Done',
    dropped: 'Dropped: {reason}',
    carried: 'carried from {date}',
    none: 'None.',
  },
  calendar: {
    product: 'Meeting record',
    and: ' and ',
    summary: 'Mentoring meeting: {names}',
    summaryNoNames: 'Mentoring meeting',
    agenda: 'Agenda:',
    actions: 'Open actions:',
    file: 'good-mentoring-guide-meeting-{date}.ics',
  },
};

export interface StandingTexts {
  names: Record<Person, string>;
  kinds: Record<TemplateKind, string>;
  heading: string;
  intro: string;
  printHeading: string;
  printDate: string;
  next: { heading: string; none: string; meeting: string };
  actions: { heading: string; none: string; what: string; who: string; due: string; overdue: string; noDate: string };
  goals: { heading: string; none: string; untitled: string; progress: Forms; due: string };
  reviews: { heading: string; none: string; pair: string; goal: string; due: string };
  agreement: {
    heading: string; written: string; notWritten: string; printed: string; notPrinted: string; review: string; noReview: string;
  };
  checkIns: { heading: string; latest: string; none: string; concerns: Forms };
  feedback: { heading: string; count: Forms };
}

export const standingTexts: StandingTexts = {
  names,
  kinds,
  heading: 'Where we stand',
  intro: 'The relationship at a glance. Each part links to the tool that holds it.',
  printHeading: 'Where we stand: {mentee} and {mentor}',
  printDate: 'As of {date}',
  next: { heading: 'Next meeting', none: 'No meeting is booked yet.', meeting: '{date}: {kind}' },
  actions: {
    heading: 'Open actions',
    none: 'No open actions.',
    what: 'Action',
    who: 'Who owes it',
    due: 'By when',
    overdue: 'Overdue',
    noDate: 'No date',
  },
  goals: {
    heading: 'Goals',
    none: 'No goals written yet.',
    untitled: 'Untitled goal',
    progress: { 0: 'no milestones yet', 1: '{done} of 1 milestone done', other: '{done} of {n} milestones done ({percent}%)' },
    due: 'due for review',
  },
  reviews: {
    heading: 'Review dates',
    none: 'No review dates set.',
    pair: 'Review of the relationship',
    goal: 'Review of the goal “{title}”',
    due: 'Due',
  },
  agreement: {
    heading: 'Agreement',
    written: 'Written.',
    notWritten: 'Not written yet.',
    printed: 'Printed on {date}.',
    notPrinted: 'Not printed yet.',
    review: 'Review date: {date}.',
    noReview: 'No review date yet.',
  },
  checkIns: {
    heading: 'Latest check-ins',
    latest: '{name}: {date}',
    none: '{name}: none yet',
    concerns: { 0: 'No low or falling answers.', 1: 'One low or falling answer to look at.', other: '{n} low or falling answers to look at.' },
  },
  feedback: { heading: 'Feedback', count: { 0: 'No feedback notes yet.', 1: 'One feedback note.', other: '{n} feedback notes.' } },
};
