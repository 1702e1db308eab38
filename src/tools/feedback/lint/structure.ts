// Rules about the whole message: parts of the chosen model left empty, and a message too long to say in a minute.
import { modeFields, partNames, partText } from '../parts';
import type { Flag, LintContext } from './index';
import { HATTIE, KLUGER, MUELLER, ROSENBERG } from './words';

/** Speech runs at roughly 130 to 160 words a minute; above this a message takes more than a minute to say. */
export const WORDS_PER_MINUTE = 150;

/** Why each part matters, and the source; the intent question is optional, so it has none. */
const NEXT = ['Feedback helps most when it answers “where to next?”, not only “how did I do?”.', HATTIE];
const why: Record<string, string[]> = {
  situation: ['Without a when and where, they have to guess which moment you mean, and it sounds like a verdict on them.', ROSENBERG],
  behaviour: ['Without what was done there is nothing specific to change or repeat, and attention drifts to the person.', KLUGER],
  impact: ['The impact is what makes it a reason to change, or shows why the work mattered.', HATTIE],
  effort: ['Praise for effort or strategy, unlike praise for ability, helped people keep going after a setback.', MUELLER],
  request: NEXT,
  ideas: NEXT,
};

/** Missing parts (judged from the fields, since the wording may have been edited freely) and the length. */
export function structureFlags(text: string, { mode, fields }: LintContext): Flag[] {
  const flags: Flag[] = [];
  for (const key of modeFields[mode]) {
    const [reason, source] = why[key] ?? [];
    if (reason && !fields[key].trim()) {
      const name = partNames[key];
      flags.push({
        ruleId: 'missing-part', title: `Missing: ${name}`, start: 0, end: 0, found: `No ${name}`, why: reason, source: source!,
        suggestion: `Add it. ${partText(mode, key, 'they')[1]}`, key,
      });
    }
  }
  const words = text.trim().split(/\s+/).length;
  if (words > WORDS_PER_MINUTE) {
    flags.push({
      ruleId: 'too-long', title: 'Longer than a minute', start: 0, end: 0, found: `${words} words`, key: 'length',
      why: `At about ${WORDS_PER_MINUTE} words a minute this takes over a minute to say, and buries the point that matters.`,
      source: `Rule of thumb: speech runs at about ${WORDS_PER_MINUTE} words a minute`,
      suggestion: 'Keep one or two points; save the rest for another conversation.',
    });
  }
  return flags;
}
