// Rules about the whole message: parts of the chosen model left empty, and a message too long to say in a minute.
import { modeFields } from '../parts';
import type { FieldKey, Mode } from '../model';
import type { Flag, LintContext } from './index';

/** Speech runs at roughly 130 to 160 words a minute; above this a message takes more than a minute to say. */
export const WORDS_PER_MINUTE = 150;

/** The texts of a missing part: why it matters depends on the part, the hint on the mode too. */
export const missingTextId = (mode: Mode, key: FieldKey): string => `missing-${mode}-${key}`;

/** The parts a mode needs: all it shows except the intent question, which is optional. */
export const requiredParts = (mode: Mode): FieldKey[] => modeFields[mode].filter((k) => k !== 'intent');

/** Missing parts (judged from the fields, since the wording may have been edited freely) and the length. */
export function structureFlags(text: string, { mode, fields }: LintContext): Flag[] {
  const flags: Flag[] = requiredParts(mode)
    .filter((key) => !fields[key].trim())
    .map((key) => ({ ruleId: 'missing-part', textId: missingTextId(mode, key), start: 0, end: 0, found: key, key }));
  const words = text.trim().split(/\s+/).length;
  if (words > WORDS_PER_MINUTE) {
    flags.push({ ruleId: 'too-long', textId: 'too-long', start: 0, end: 0, found: `${words} words`, key: 'length' });
  }
  return flags;
}
