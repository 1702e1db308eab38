// Example notes, one for each mode: shown by "Add an example", and used by the unit and browser tests.
// Their wording is content (texts.ts); this builds notes from it.
import type { Direction, FeedbackState, Mode, Note } from './model';
import { newNote } from './note';
import { modeFields } from './parts';

/** Mode, direction, person, date, then the mode's parts in order. */
export type ExampleRow = [Mode, Direction, string, string, ...string[]];

/** A copy of the example for a mode, with a new id; `at` sets its dates (the example's own by default). */
export function exampleCopy(rows: ExampleRow[], mode: Mode, at?: Date): Note {
  const [, direction, person, date, ...parts] = rows.find((r) => r[0] === mode)!;
  const note = newNote({ mode, direction, person }, at ?? new Date(date));
  modeFields[mode].forEach((k, i) => (note.fields[k] = parts[i]!));
  return note;
}

/** All the examples, the first one open. */
export function exampleState(rows: ExampleRow[]): FeedbackState {
  const notes = rows.map((r) => exampleCopy(rows, r[0]));
  return { notes, openId: notes[0]!.id };
}
