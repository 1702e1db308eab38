// The parts of each mode, in order. Their labels and hints are content, in texts.ts.
import type { FieldKey, Mode } from './model';

/** The parts each mode asks for, in the order they are said. Parts of other modes are kept, not shown. */
export const modeFields: Record<Mode, readonly FieldKey[]> = {
  constructive: ['situation', 'behaviour', 'impact', 'intent', 'request'],
  recognition: ['behaviour', 'effort', 'impact'],
  feedforward: ['behaviour', 'ideas'],
};
