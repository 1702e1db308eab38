// The example relationship's meetings: Amara Okafor and Dr Lena Fischer, the pair of the goal worksheet's example, with
// three meetings behind them and one ahead, and two check-ins by each. It is content: the page sends it as JSON, and
// nothing in the browser bundle imports this module. Dates are relative ("{today+7}"); datedAround() in
// src/lib/dates.ts makes them real on the day, so the example never goes out of date.
import { researchExample } from '../goals/examples';
import type { Pair } from '../pair/model';
import type { CheckIn, Ratings } from './checkin';
import type { MeetingsState } from './model';
import { meetingsTexts } from './texts';

export interface MeetingsExample {
  pair: Pair;
  meetings: MeetingsState;
  /** Announced once the example is in. */
  filled: string;
}

/** A date `days` from today, as the example writes it. */
const d = (days: number) => `{today${days < 0 ? '' : '+'}${days}}`;
const agenda = (kind: keyof typeof meetingsTexts.templates, prefix: string) =>
  meetingsTexts.templates[kind].map((text, i) => ({ id: `${prefix}${i + 1}`, text, addedBy: 'mentee' as const }));

const ratings = (goals: number, open: number, feedback: number, support: number, commitments: number, recognition: number, boundaries: number, meetings: number) =>
  ({ goals, open, feedback, support, commitments, recognition, boundaries, meetings }) as Ratings;

const checkIns: CheckIn[] = [
  { id: 'ex-ci1', by: 'mentee', date: d(-35), ratings: ratings(4, 3, 3, 4, 5, 4, 5, 5), open: 'I would like us to look at my writing more often, not only talk about it.' },
  { id: 'ex-ci2', by: 'mentor', date: d(-34), ratings: ratings(4, 4, 4, 4, 4, 3, 5, 4), open: 'I am not sure Amara tells me when something I suggest does not suit her.' },
  { id: 'ex-ci3', by: 'mentee', date: d(-6), ratings: ratings(5, 4, 2, 4, 3, 4, 5, 4), open: 'I still find it hard to tell Lena when her comments are not what I need.' },
  { id: 'ex-ci4', by: 'mentor', date: d(-5), ratings: ratings(5, 4, 4, 4, 4, 4, 5, 4), open: 'My own action slipped this month; I want to say so first next time.' },
];

export const meetingsExample: MeetingsExample = {
  pair: researchExample.pair,
  meetings: {
    meetings: [
      {
        id: 'ex-m1', date: d(-42), kind: 'first', agenda: agenda('first', 'ex-m1-a'),
        notes: 'Amara wants a first-author paper before applying for postdoctoral posts, and to get used to giving talks.',
        decisions: [
          { id: 'ex-m1-d1', text: 'We meet every other Tuesday for an hour, on video unless we are both on site.' },
          { id: 'ex-m1-d2', text: 'Amara keeps the notes and sends a summary the day after.' },
        ],
      },
      {
        id: 'ex-m2', date: d(-21), kind: 'regular', agenda: agenda('regular', 'ex-m2-a'),
        notes: 'The methods draft is in. Amara lost two mornings to rereading papers; a list of open questions helped.',
        decisions: [{ id: 'ex-m2-d1', text: 'Aim the paper at a journal that takes negative results.' }],
      },
      {
        id: 'ex-m3', date: d(-7), kind: 'regular',
        agenda: [...agenda('regular', 'ex-m3-a'), { id: 'ex-m3-a7', text: 'Seminar slot for the talk', addedBy: 'mentee', goalId: 'ex-talk' }],
        notes: 'Figures for results 1 and 2 are done. The seminar is full this term, so the talk moves to next term.',
        decisions: [],
      },
      {
        id: 'ex-m4', date: d(7), kind: 'regular',
        agenda: [
          ...agenda('regular', 'ex-m4-a'),
          { id: 'ex-m4-a7', text: 'Which of the two journals, and why', addedBy: 'mentee', goalId: 'ex-paper' },
          { id: 'ex-m4-a8', text: 'How feedback on drafts could work better for Amara', addedBy: 'mentor' },
        ],
        notes: '', decisions: [],
      },
    ],
    actions: [
      { id: 'ex-a1', text: 'Draft the methods section and send it to Lena', owner: 'mentee', due: d(-30), status: 'done', dropReason: '', createdIn: 'ex-m1', closedIn: 'ex-m2', goalId: 'ex-paper' },
      { id: 'ex-a2', text: 'Send Amara two methods sections that read well', owner: 'mentor', due: d(-38), status: 'done', dropReason: '', createdIn: 'ex-m1', closedIn: 'ex-m2' },
      { id: 'ex-a3', text: 'Ask the lab manager for a desk in the writing room', owner: 'mentee', due: d(-35), status: 'dropped', dropReason: 'Works from home', createdIn: 'ex-m1', closedIn: 'ex-m2' },
      { id: 'ex-a4', text: 'Introduce Amara to the seminar organiser', owner: 'mentor', due: d(-25), status: 'done', dropReason: '', createdIn: 'ex-m1', closedIn: 'ex-m3', goalId: 'ex-talk' },
      { id: 'ex-a5', text: 'Make the figures for results 1 and 2', owner: 'mentee', due: d(-8), status: 'done', dropReason: '', createdIn: 'ex-m2', closedIn: 'ex-m3', goalId: 'ex-paper' },
      { id: 'ex-a6', text: 'Ask a colleague whether the journal takes negative results', owner: 'mentor', due: d(-14), status: 'open', dropReason: '', createdIn: 'ex-m2', goalId: 'ex-paper' },
      { id: 'ex-a7', text: 'Email the seminar organiser for a slot next term', owner: 'mentee', due: d(3), status: 'open', dropReason: '', createdIn: 'ex-m3', goalId: 'ex-talk' },
      { id: 'ex-a8', text: 'Draft the results section', owner: 'mentee', due: d(21), status: 'open', dropReason: '', createdIn: 'ex-m3', goalId: 'ex-paper' },
    ],
    checkIns,
  },
  filled: 'The example is filled in: four meetings and four check-ins for Amara Okafor and Dr Lena Fischer.',
};
