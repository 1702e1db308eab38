// Example notes, one for each mode: shown by "Add an example", and used by the unit and browser tests.
// Each is built from the guide's own dialogues and must pass the language check with no suggestions.
import { modeFields, newNote, type Direction, type FeedbackState, type Mode, type Note } from './model';

/** Mode, direction, person, date, then the mode's parts in order. */
const rows: [Mode, Direction, string, string, ...string[]][] = [
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
];

/** A copy of the example for a mode, with a new id; `at` sets its dates (the example's own by default). */
export function exampleCopy(mode: Mode, at?: Date): Note {
  const [, direction, person, date, ...parts] = rows.find((r) => r[0] === mode)!;
  const note = newNote({ mode, direction, person }, at ?? new Date(date));
  modeFields[mode].forEach((k, i) => (note.fields[k] = parts[i]!));
  return note;
}

/** All three examples, the constructive one open. */
export function exampleState(): FeedbackState {
  const notes = rows.map((r) => exampleCopy(r[0]));
  return { notes, openId: notes[0]!.id };
}
