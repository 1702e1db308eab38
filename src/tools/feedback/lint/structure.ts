// Rules about the whole message: parts of the chosen model left empty, and a message too long to say in a minute.
import type { FieldKey, Mode } from '../model';
import type { Flag, LintContext } from './index';
import { HATTIE, KLUGER, MUELLER, ROSENBERG, SCOTT } from './words';

/** Speech runs at roughly 130 to 160 words a minute; above this a message takes more than a minute to say. */
export const WORDS_PER_MINUTE = 150;

/** The parts each mode needs: [name, why, source, suggestion]. The intent question is optional. */
type Part = [string, string, string, string];
const needed: Record<Mode, Partial<Record<FieldKey, Part>>> = {
  constructive: {
    situation: [
      'situation',
      'Without a when and where, the other person has to guess which moment you mean, and a comment on one moment sounds like a verdict on them.',
      ROSENBERG,
      'Add when and where it happened: “In Tuesday’s client call”.',
    ],
    behaviour: [
      'behaviour',
      'Without what they did or said there is nothing specific to change, and attention drifts from the work to the person.',
      KLUGER,
      'Describe what they did as a camera would have recorded it: “you answered three questions meant for Priya”.',
    ],
    impact: [
      'impact',
      'The impact is what turns a comment into a reason to change: it shows how far the work is from where it needs to be.',
      HATTIE,
      'Say what it led to, for the work, for others or for you: “Priya stopped speaking, and the client never heard her costings”.',
    ],
    request: [
      'next step',
      'Feedback helps most when it answers “where to next?”, not only “how did I do?”.',
      HATTIE,
      'End with one thing to try, asked rather than ordered: “Next time, would you be willing to pause before answering?”',
    ],
  },
  recognition: {
    behaviour: [
      'what they did',
      'Praise that does not say what was done gives nothing to repeat; specific praise is the kind people believe.',
      SCOTT,
      'Name the piece of work or the moment: “You presented the customer research at the regional meeting.”',
    ],
    effort: [
      'effort or strategy',
      'Praise for effort or strategy, unlike praise for ability, helped people keep going after a setback.',
      MUELLER,
      'Say what they did that they could do again: “You rehearsed the opening three times and cut the jargon.”',
    ],
    impact: [
      'impact',
      'Saying what it led to shows the praise is sincere and why the work mattered.',
      SCOTT,
      'Add what it changed: “The room followed you, and two teams asked for the slides.”',
    ],
  },
  feedforward: {
    behaviour: [
      'behaviour to work on',
      'Ideas need one behaviour to attach to, or they become general advice about the person.',
      KLUGER,
      'Name one thing to do differently: “how you open a presentation”.',
    ],
    ideas: [
      'ideas for next time',
      'Feedforward is ideas for the future; without them there is nothing to try.',
      HATTIE,
      'Offer one or two things to try next time: “You could start with the question the audience cares about.”',
    ],
  },
};

/** Missing parts (judged from the fields, since the wording may have been edited freely) and the length. */
export function structureFlags(text: string, { mode, fields }: LintContext): Flag[] {
  const flags: Flag[] = [];
  for (const [key, [name, why, source, suggestion]] of Object.entries(needed[mode]) as [FieldKey, Part][]) {
    if (!fields[key].trim()) {
      flags.push({ ruleId: 'missing-part', title: `Missing: ${name}`, start: 0, end: 0, found: `No ${name}`, why, source, suggestion, key });
    }
  }
  const words = text.trim().split(/\s+/).length;
  if (words > WORDS_PER_MINUTE) {
    flags.push({
      ruleId: 'too-long',
      title: 'Longer than a minute',
      start: 0,
      end: 0,
      found: `${words} words`,
      why: `At about ${WORDS_PER_MINUTE} words a minute this takes more than a minute to say, and a long message buries the one point that matters.`,
      source: `Rule of thumb: speech runs at about ${WORDS_PER_MINUTE} words a minute`,
      suggestion: 'Keep one or two points and cut the rest; save other points for another conversation.',
      key: 'length',
    });
  }
  return flags;
}
