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
const SUE = 'Sue et al., 2007';

/** For a label the texts have no example for (a lexicon may hold more words than these texts know). */
const labelSuggestion = 'Say what you saw or heard that made you think “{found}”: what they did, when, and what it led to.';
/** What a camera might have recorded instead of each label (lint/lexicon.ts: labels, genderedLabels); no names. */
const labelExamples: Record<string, string> = {
  lazy: 'the review covers three of the ten papers we agreed on',
  rude: 'you answered the supplier’s question with “not my problem” and ended the call',
  careless: 'the totals on page 3 are £400 out',
  sloppy: 'the summary has six typos and two charts without labels',
  arrogant: 'you called the client’s idea pointless before they had finished explaining it',
  selfish: 'you took the Friday slot two others had asked for, without checking with them',
  unprofessional: 'you swore at the supplier on the call',
  disorganised: 'you spent the first ten minutes of the meeting looking for the slides',
  incompetent: 'the forecast used last year’s figures, so it is out by a third',
  immature: 'you laughed and rolled your eyes while your colleague was presenting',
  stubborn: 'you turned down the team’s three alternatives without asking about any of them',
  moody: 'you answered in one word in the last two meetings and left before the end',
  irresponsible: 'you shared the survey data before it was anonymised',
  unreliable: 'two of the last four deadlines slipped with no message beforehand',
  disrespectful: 'you read your messages while the client was speaking',
  condescending: 'you explained the basics again after the team said they knew them',
  cocky: 'you told the panel the project could not fail and listed no risks',
  defensive: 'when I raised the deadline, you gave three reasons before I had finished',
  dramatic: 'you called the project a disaster in front of the whole team',
  intimidating: 'you stood over the intern’s desk while they fixed the bug',
  abrasive: 'you told two people their comments were “a waste of time” and moved on',
  bossy: 'you handed out tasks to the interns without asking what they were working on',
  shrill: 'you raised your voice twice when the figures were questioned',
  hysterical: 'you sent five messages in an hour about the delay',
  strident: 'you repeated the same objection four times after the decision was made',
  pushy: 'you asked the client for an answer three times in one call',
  emotional: 'you left the room before we had agreed a plan',
  aggressive: 'you interrupted the client four times and said “that’s wrong” each time',
};
labelExamples.disorganized = labelExamples.disorganised!;
/** A label's suggestion built from its example. */
const describe = (example: string, after = '') =>
  `Say what you saw or heard that made you think “{found}”, e.g. “${example}”.${after}`;
const labelSuggestions = (after = '') =>
  Object.fromEntries(Object.entries(labelExamples).map(([w, example]) => [w, describe(example, after)]));
const ofAMan = ' Would you say “{found}” of a man who did the same?';
const identityTitle = 'Remark about identity';
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
    byWords: labelSuggestions(),
  },
  'label-gendered': {
    title: 'Label, not behaviour',
    why: 'Personality words like this land far more on women: in one study of reviews, “abrasive” appeared only in reviews of women.',
    source: SNYDER,
    suggestion: `${labelSuggestion}${ofAMan}`,
    byWords: labelSuggestions(ofAMan),
  },
  identity: {
    title: identityTitle,
    why: 'Praise measured against someone’s background, gender or age, or a question that treats them as an outsider, says you see them as one of a group; remarks like this are often meant kindly and still wear people down.',
    source: SUE,
    suggestion: 'Leave out who they are and say what they did: “you answered every question from the panel with a figure”.',
  },
  'identity-gendered': {
    title: identityTitle,
    why: '“{found}” holds them to how their gender is supposed to act, so it is about who they are, not what they did; feedback aimed at the person rather than the task most often made things worse.',
    source: KLUGER,
    suggestion: 'Say what you would like them to do, and ask: “would you be willing to ask for the extension today?”',
  },
  dismissive: {
    title: 'Judging a reaction',
    why: 'It tells them their reaction is wrong instead of saying what happened, so the talk turns to whether they may feel it; a feeling heard first makes the request easier to hear.',
    source: ROSENBERG,
    suggestion: 'Say what you saw and ask about it: “you went quiet after the first comment on your draft; how did it land?”',
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
    // Feedforward's behaviour, however it is written, must read as a sentence with the opening question: these
    // words tell a topic ("how you open a talk") from a full sentence ("our meetings often overrun") and an aim
    // ("be more confident"); see feedforward.ts.
    behaviour: {
      sentenceWords: words(
        "i i'm i've i'd i'll you you're you've you'd you'll we we're we've we'd they they're he he's she she's it it's there there's that's " +
        "is isn't are aren't was wasn't were weren't am do does did don't doesn't didn't can can't cannot could couldn't will won't would " +
        "wouldn't should shouldn't shall may might have has had haven't hasn't hadn't keep keeps kept tend tends often always never usually " +
        'sometimes rarely seldom seem seems',
      ),
      clauseWords: words('that which who whom whose when whenever where while if because before after until unless how what why whether way'),
      determiners: words('the a an our your my his her their this that these those'),
      orders: words('to be stop start get try make take keep give ask speak talk listen prepare plan write send reply respond arrive finish leave slow focus learn improve delegate share let use set say show check avoid'),
      unsureLead: 'It is about this:',
    },
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

