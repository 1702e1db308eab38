// The feedback builder's content: what the language check says about each flag, the parts' labels and hints,
// and the example notes. Imported only at build time by FeedbackIsland.astro, which puts it in the page as JSON,
// and by the unit tests: none of it is in the builder's JavaScript. Keep it plain data (it must survive JSON).
import { modes, type FieldKey } from './model';
import { missingTextId, requiredParts, WORDS_PER_MINUTE } from './lint/structure';
import type { FeedbackTexts, FlagText } from './explain';

const words = (s: string): string[] => s.split(' ');

const KLUGER = 'Kluger & DeNisi, 1996';
const HATTIE = 'Hattie & Timperley, 2007';
const MUELLER = 'Mueller & Dweck, 1998';
const ROSENBERG = 'Rosenberg, 2015';
const SNYDER = 'Snyder, 2014';
const SCOTT = 'Scott, 2017';

const labelSuggestion = 'Describe what you saw or heard that made you think “{found}”: “you spoke over Sam twice”.';
const ability: FlagText = {
  title: 'Praise for ability',
  why: 'Praise for ability made people give up sooner after a setback than praise for effort or strategy.',
  source: MUELLER,
  suggestion: 'Praise what they did and can do again: “you tested it on a small sample first”.',
};

/** The word rules (lint/words.ts) and the length rule, by rule id or textId. */
const ruleTexts: Record<string, FlagText> = {
  absolute: {
    title: 'Absolute',
    why: 'Absolutes are rarely true, so the talk turns into an argument about the exception.',
    source: ROSENBERG,
    suggestion: 'Say when and how often: “in the last two meetings” instead of “{found}”.',
  },
  label: {
    title: 'Label, not behaviour',
    why: 'A word about who someone is leaves nothing to change but themselves; feedback aimed at the person most often made things worse.',
    source: KLUGER,
    suggestion: labelSuggestion,
  },
  'label-gendered': {
    title: 'Label, not behaviour',
    why: 'Personality words like this land far more on women: in one study of reviews, “abrasive” appeared only in reviews of women.',
    source: SNYDER,
    suggestion: `${labelSuggestion} Would you say “{found}” of a man who did the same?`,
  },
  'ability-praise': ability,
  'vague-praise': {
    title: 'Praise with nothing specific',
    why: 'Praise that does not say what went well teaches nothing about what to repeat.',
    source: HATTIE,
    suggestion: 'Add what they did and what it led to.',
  },
  demand: {
    title: 'An order, not a request',
    why: '“{found}” makes it an order: people resist orders, or comply without agreeing.',
    source: ROSENBERG,
    suggestion: 'Ask instead: “Would you be willing to …?”',
  },
  'feel-that': {
    title: 'A judgement posing as a feeling',
    why: 'This is a judgement of the person, not a feeling, so it lands as an accusation.',
    source: ROSENBERG,
    suggestion: 'Name a feeling and its cause (“I was worried when …”), or say “I think”.',
  },
  'but-after-praise': {
    title: '“But” after praise',
    why: 'A “but” after praise cancels it, and teaches people to brace whenever you praise.',
    source: SCOTT,
    suggestion: 'End the praise with a full stop; raise the other point on its own.',
  },
  'too-long': {
    title: 'Longer than a minute',
    why: `At about ${WORDS_PER_MINUTE} words a minute this takes over a minute to say, and buries the point that matters.`,
    source: `Rule of thumb: speech runs at about ${WORDS_PER_MINUTE} words a minute`,
    suggestion: 'Keep one or two points; save the rest for another conversation.',
  },
};

/** Short names of the parts, for "Missing: …". */
const partNames: Record<FieldKey, string> = {
  situation: 'situation', behaviour: 'behaviour', impact: 'impact', intent: 'intent question', request: 'next step',
  effort: 'effort or strategy', ideas: 'ideas for next time',
};

/** Why each part matters, and the source; the intent question is optional, so it has none. */
const NEXT = ['Feedback helps most when it answers “where to next?”, not only “how did I do?”.', HATTIE] as const;
const partWhy: Partial<Record<FieldKey, readonly [string, string]>> = {
  situation: ['Without a when and where, they have to guess which moment you mean, and it sounds like a verdict on them.', ROSENBERG],
  behaviour: ['Without what was done there is nothing specific to change or repeat, and attention drifts to the person.', KLUGER],
  impact: ['The impact is what makes it a reason to change, or shows why the work mattered.', HATTIE],
  effort: ['Praise for effort or strategy, unlike praise for ability, helped people keep going after a setback.', MUELLER],
  request: NEXT,
  ideas: NEXT,
};

/** Label and hint of each part a mode shows, in the order of modeFields; {who} is "your mentee" or "your mentor". */
const parts: FeedbackTexts['parts'] = {
  constructive: {
    situation: ['Situation: when and where', 'A time and place, e.g. “In Tuesday’s client call”.'],
    behaviour: ['Behaviour: what {who} did or said', 'What a camera would have recorded, e.g. “you answered three questions meant for Priya”.'],
    impact: ['Impact: what it led to', 'For the work, for others or for you, e.g. “Priya stopped speaking”.'],
    intent: ['A question about their intent (optional)', 'e.g. “What were you going for there?”'],
    request: ['Request or next step', 'One thing to try, asked, not ordered, e.g. “Next time, would you be willing to pause first?”'],
  },
  recognition: {
    behaviour: ['What {who} did', 'A specific piece of work or moment, e.g. “You presented the research at the regional meeting.”'],
    effort: ['The effort or strategy behind it', 'Something they did that they can do again, e.g. “You rehearsed the opening three times.”'],
    impact: ['Its impact', 'What it changed, e.g. “The room followed you, and two teams asked for the slides.”'],
  },
  feedforward: {
    behaviour: ['The one behaviour to work on', 'Something they do, e.g. “how you open a presentation”.'],
    ideas: ['Ideas for next time', 'About the future only, e.g. “You could start with the question the audience cares about.”'],
  },
};

/** A missing part's texts: named, why it matters, and the mode's hint for it as the suggestion. */
const missingTexts = Object.fromEntries(
  modes.flatMap((mode) =>
    requiredParts(mode).map((key): [string, FlagText] => {
      const [why, source] = partWhy[key]!;
      return [missingTextId(mode, key), { title: `Missing: ${partNames[key]}`, why, source, suggestion: `Add it. ${parts[mode][key]![1]}` }];
    }),
  ),
);

export const feedbackTexts: FeedbackTexts = {
  flags: { ...ruleTexts, ...missingTexts },
  parts,
  modeHints: {
    constructive: 'About something that happened, ending in a request.',
    recognition: 'Specific praise for effort or strategy.',
    feedforward: 'Ideas for next time, about the future only.',
  },
  wording: {
    lines: {
      constructive: {
        'to-mentee': ['Can I give you some feedback?', ''],
        'to-mentor': ['Can I give you some feedback on our mentoring?', ''],
      },
      recognition: {
        'to-mentee': ['I want to recognise something you did.', 'That is worth doing again.'],
        'to-mentor': ['I want to thank you for something.', 'Thank you.'],
      },
      feedforward: {
        'to-mentee': ['Can I offer an idea for next time', 'Take what is useful and leave the rest.'],
        'to-mentor': ['Can I suggest an idea for next time', 'Take what is useful and leave the rest.'],
      },
    },
    // A part starting with one of these (as typed) is lower-cased when it goes mid-sentence: "In the call, you …",
    // "…, about how you open a talk?". Names and "I" are not here, so they stay as typed.
    lowerMid: words('You Your The This That These Those When We Our It There A An My After Before During In At On How What'),
    // A request or intent question that starts with one of these, or has one after a lead-in ("Next time, would you
    // …"), gets a question mark if it has no punctuation of its own.
    questionWords: words('what how why who where which would could can will do did does is are was were shall may might have'),
  },
  ui: {
    yourNote: 'Your note',
    newNoteButton: 'New note',
    tryExample: 'Try an example',
    exampleOpened: 'The example relationship is open, with an example note of each kind.',
    yourWords: 'Your words',
    copyWording: 'Copy the wording',
    printNote: 'Print this note or save it as a PDF',
    savedNotes: 'Saved notes',
    downloadAll: 'Download all notes (JSON)',
    personHint: 'Who the note is for, as you would address them.',
    builtHint: 'Built from the parts above as you type. Edit it here as freely as you like.',
    ownHint: 'Your own wording: changes to the parts above no longer show here.',
    nothingToCheck: 'Nothing to check yet: fill in the parts above, or write your own wording.',
    marked: 'The words are marked in the checked wording with their numbers.',
    keepAnything: 'Each one is a suggestion: keep anything as written if it says what you mean.',
    copyByHand: 'This browser did not let the page copy. The text is selected: press Ctrl+C (⌘+C on a Mac) to copy it.',
    noNotes: 'No saved notes yet. A note is saved as soon as you type in it.',
    nothingWritten: 'Nothing written yet.',
    newNote: 'A new note. It is saved in this browser as soon as you type.',
    savedNote: 'Saved in this browser as you type.',
  },
  // Built from the guide's own dialogues; each must pass the language check with no suggestions.
  examples: [
    ['constructive', 'to-mentee', 'Amara', '2026-11-19T16:05:00.000Z',
      'At lab meeting on Thursday',
      'you spent about fifteen of your twenty minutes on background, and the methods got two slides',
      'The questions were all about the sampling, and there was no time left to answer them',
      'What were you going for?',
      'For the next one, would you be willing to cut the background to five minutes and give the methods the time?'],
    ['recognition', 'to-mentee', 'Jordan', '2026-11-20T17:30:00.000Z',
      'You went from a D to a B in the maths test',
      'You did the practice papers and went to the lunchtime club when you got stuck',
      'You found where you were stuck and went to get help, and you can use that for science next month'],
    ['feedforward', 'to-mentor', 'Sam', '2026-11-24T12:15:00.000Z',
      'how our meetings start',
      'Could we open with the one thing I most want help with, before any updates? You could ask me for it the day before'],
  ],
};

