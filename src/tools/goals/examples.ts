// A realistic worksheet for "Try an example", the unit tests and the browser tests. It is content: GoalsIsland.astro
// sends it in the page as JSON, and nothing in the browser bundle imports this module. Dates are written relative
// to today ("{today+14}") and datedAround() in src/lib/dates.ts makes them real on the day, so the example never shows as out
// of date.
import type { Pair } from '../pair/model';
import type { Goal, GoalsState } from './model';

/** The fields an example goal leaves as they are in a new goal. */
const blank = {
  owner: '', reality: '', options: '', firstStep: '', firstStepDate: '', commitment: null, raise: '', obstacle: '',
  ifThen: '', support: '', milestones: [], checkIns: [], nextReview: '', archived: false,
} satisfies Partial<Goal>;

export interface Example {
  pair: Pair;
  goals: GoalsState;
  /** Announced once the example is in. */
  filled: string;
}

/** A date `days` from today, as the example writes it: "{today+14}", "{today-7}". */
const d = (days: number) => `{today${days < 0 ? '' : '+'}${days}}`;

const paper: Goal = {
  ...blank,
  id: 'ex-paper',
  title: 'Submit my first first-author paper',
  kind: 'project',
  why: 'I need a first-author paper before I apply for postdoctoral posts next autumn.',
  measure: 'The manuscript is submitted to a journal, signed off by both co-authors.',
  owner: 'Amara',
  targetDate: d(120),
  reality: 'The analysis has been finished since spring. I have not written any of it. When I sit down to write, I read more papers instead.',
  options: 'Write for an hour every morning; join the Friday writing group; start with the methods, which I know best.',
  firstStep: 'Draft the methods section',
  firstStepDate: d(-20),
  commitment: 8,
  obstacle: 'Checking the literature again instead of writing, because the draft feels unfinished.',
  ifThen: 'If I catch myself searching for papers while drafting, then I will note the question in a list and go back to the draft.',
  support: 'Read the methods section within a week of my sending it, and suggest two journals to aim for.',
  milestones: [
    { id: 'm1', text: 'Methods section drafted', date: d(-14), done: true },
    { id: 'm2', text: 'Results and figures drafted', date: d(21), done: false },
    { id: 'm3', text: 'Full draft sent to Lena and co-authors', date: d(60), done: false },
    { id: 'm4', text: 'Manuscript submitted', date: d(120), done: false },
  ],
  checkIns: [
    {
      id: 'c2', date: d(-7),
      happened: 'Lena’s comments on the methods arrived in five days. Two mornings lost to reading papers; the list of questions helped.',
      nextMentee: 'Make the figures for results 1 and 2 before the next meeting.',
      nextMentor: 'Ask a colleague whether the journal takes negative results.',
    },
    {
      id: 'c1', date: d(-21),
      happened: 'Agreed the goal and the first step. The Friday writing group has room.',
      nextMentee: 'Draft the methods and send them to Lena.',
      nextMentor: 'Reply with comments within a week.',
    },
  ],
  nextReview: d(14),
};

const talk: Goal = {
  ...blank,
  id: 'ex-talk',
  title: 'Give a ten-minute talk at the department seminar',
  kind: 'skill',
  why: 'Talks are how people in my field hear about my work, and I have avoided them so far.',
  measure: 'Talk given at the seminar, and two colleagues each name one thing to keep and one to change.',
  owner: 'Amara; Lena for the introduction to the seminar organiser',
  targetDate: d(75),
  reality: 'I have presented only to my own lab, from notes. I freeze when I imagine questions I cannot answer.',
  options: 'Ask for a slot this term; present at the lab meeting first; record a practice run.',
  firstStep: 'Email the seminar organiser for a slot',
  firstStepDate: d(7),
  commitment: 6,
  raise: 'Seven or eight if I could give a practice run to Lena first.',
  obstacle: 'The fear of a question I cannot answer in front of senior people.',
  ifThen: 'If I get a question I cannot answer, then I will say what I would check and offer to follow up by email.',
  support: 'Introduce me to the seminar organiser, and watch one practice run.',
  milestones: [
    { id: 'm1', text: 'Seminar slot booked', date: d(10), done: false },
    { id: 'm2', text: 'Slides drafted', date: d(45), done: false },
    { id: 'm3', text: 'Practice run with Lena', date: d(65), done: false },
  ],
  nextReview: d(28),
};

/** Two goals of a PhD student and her mentor, part-way through: one milestone done, two check-ins logged. */
export const researchExample: Example = {
  pair: { mentee: 'Amara Okafor', mentor: 'Dr Lena Fischer', startDate: d(-42), reviewDate: d(140) },
  goals: { goals: [paper, talk] },
  filled: 'The example is filled in: two goals for Amara Okafor and Dr Lena Fischer.',
};
