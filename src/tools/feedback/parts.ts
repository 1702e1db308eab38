// The parts of each mode as the form shows them; the missing-part rule reuses the hints as its suggestions.
import type { FieldKey, Mode } from './model';

/** The parts each mode asks for, in the order they are said. Parts of other modes are kept, not shown. */
export const modeFields: Record<Mode, readonly FieldKey[]> = {
  constructive: ['situation', 'behaviour', 'impact', 'intent', 'request'],
  recognition: ['behaviour', 'effort', 'impact'],
  feedforward: ['behaviour', 'ideas'],
};

/** Short names of the parts, for "Missing: …". */
export const partNames: Record<FieldKey, string> = {
  situation: 'situation', behaviour: 'behaviour', impact: 'impact', intent: 'intent question', request: 'next step',
  effort: 'effort or strategy', ideas: 'ideas for next time',
};

/** Label and hint of a part; `who` is "your mentee", "your mentor" (or "the …" in print). */
export function partText(mode: Mode, key: FieldKey, who: string): [string, string] {
  if (mode === 'recognition') {
    if (key === 'behaviour') return [`What ${who} did`, 'A specific piece of work or moment, e.g. “You presented the research at the regional meeting.”'];
    if (key === 'effort') return ['The effort or strategy behind it', 'Something they did that they can do again, e.g. “You rehearsed the opening three times.”'];
    return ['Its impact', 'What it changed, e.g. “The room followed you, and two teams asked for the slides.”'];
  }
  if (mode === 'feedforward') {
    if (key === 'behaviour') return ['The one behaviour to work on', 'Something they do, e.g. “how you open a presentation”.'];
    return ['Ideas for next time', 'About the future only, e.g. “You could start with the question the audience cares about.”'];
  }
  return ({
    situation: ['Situation: when and where', 'A time and place, e.g. “In Tuesday’s client call”.'],
    behaviour: [`Behaviour: what ${who} did or said`, 'What a camera would have recorded, e.g. “you answered three questions meant for Priya”.'],
    impact: ['Impact: what it led to', 'For the work, for others or for you, e.g. “Priya stopped speaking”.'],
    intent: ['A question about their intent (optional)', 'e.g. “What were you going for there?”'],
  } as Partial<Record<FieldKey, [string, string]>>)[key] ?? ['Request or next step', 'One thing to try, asked, not ordered, e.g. “Next time, would you be willing to pause first?”'];
}
