// Feedforward's opening question takes in the behaviour to work on, however the person wrote it: a topic ("how you
// open a presentation"), a full sentence ("our meetings often overrun and I miss my bus"), an order or an aim. Each
// row is a real-sounding answer and the opening it must read as (issue 16: "Tom, can I suggest an idea for next
// time, about our meetings often overrun and I miss my bus?").
import { describe, expect, it } from 'vitest';
import { emptyFields, type Direction } from '../../src/tools/feedback/model';
import { composePreview } from '../../src/tools/feedback/note';
import { feedbackTexts } from '../../src/tools/feedback/texts';
import { lint } from '../../src/tools/feedback/lint';
import { feedbackLexicon } from '../../src/tools/feedback/lint/lexicon';

const CLOSE = 'Take what is useful and leave the rest.';
const opening = (behaviour: string, direction: Direction = 'to-mentor', person = 'Tom') => {
  const text = composePreview(feedbackTexts.wording, 'feedforward', direction, { ...emptyFields(), behaviour }, person);
  expect(text.endsWith(` ${CLOSE}`), text).toBe(true);
  return text.slice(0, -CLOSE.length - 1);
};

const ASK = 'Tom, can I suggest an idea for next time';
const table: [behaviour: string, reads: string][] = [
  // Full sentences stand on their own after the question.
  ['our meetings often overrun and I miss my bus', `${ASK}? Our meetings often overrun and I miss my bus.`],
  ['You talk too fast when you present', `${ASK}? You talk too fast when you present.`],
  ['I never know what to prepare before we meet', `${ASK}? I never know what to prepare before we meet.`],
  ['your emails are very long', `${ASK}? Your emails are very long.`],
  ['we run out of time for my questions', `${ASK}? We run out of time for my questions.`],
  ['There’s no agenda before we meet', `${ASK}? There’s no agenda before we meet.`],
  ['It would help if you sent the agenda earlier', `${ASK}? It would help if you sent the agenda earlier.`],
  ['Sometimes you cut me off mid-sentence', `${ASK}? Sometimes you cut me off mid-sentence.`],
  ['I’d like to get better at networking', `${ASK}? I’d like to get better at networking.`],
  ['Can we talk about how feedback is given?', `${ASK}? Can we talk about how feedback is given?`],
  ['Meetings overrun, and I miss my bus!', `${ASK}? Meetings overrun, and I miss my bus!`],
  // Topics go into the question.
  ['how you open a presentation', `${ASK}, about how you open a presentation?`],
  ['Presentations', `${ASK}, about presentations?`],
  ['time management', `${ASK}, about time management?`],
  ['Confidence.', `${ASK}, about confidence?`],
  ['being late to our meetings', `${ASK}, about being late to our meetings?`],
  ['The way you give feedback in front of the team.', `${ASK}, about the way you give feedback in front of the team?`],
  ['Running the weekly stand-up', `${ASK}, about running the weekly stand-up?`],
  ['Emails.', `${ASK}, about emails?`],
  ['When you present to the board', `${ASK}, about when you present to the board?`],
  ['Asking for help earlier', `${ASK}, about asking for help earlier?`],
  ['your slides', `${ASK}, about your slides?`],
  ['interrupting people in meetings', `${ASK}, about interrupting people in meetings?`],
  ['Not talking over people', `${ASK}, about not talking over people?`],
  ['Meetings that are too long', `${ASK}, about meetings that are too long?`],
  ['your feedback when I make a mistake', `${ASK}, about your feedback when I make a mistake?`],
  ['our weekly meetings', `${ASK}, about our weekly meetings?`],
  ['my thesis writing', `${ASK}, about my thesis writing?`],
  ['LinkedIn posts', `${ASK}, about LinkedIn posts?`],
  // Aims and orders become "how to …".
  ['to speak up more in lab meetings', `${ASK}, about how to speak up more in lab meetings?`],
  ['Be more confident with clients', `${ASK}, about how to be more confident with clients?`],
  ['Stop checking your phone in our meetings', `${ASK}, about how to stop checking your phone in our meetings?`],
  // What cannot be told apart is set off by a colon, so it still reads as a sentence.
  ['the agenda arrives late', `${ASK}? It is about this: the agenda arrives late.`],
];

describe('feedforward: the behaviour reads as a sentence, however it was written', () => {
  it('has a table of at least 20 answers', () => {
    expect(table.length).toBeGreaterThanOrEqual(20);
  });

  it.each(table)('%s', (behaviour, reads) => {
    expect(opening(behaviour)).toBe(reads);
  });

  it('opens the same way without a name, and for a mentee', () => {
    expect(opening('our meetings often overrun', 'to-mentor', '')).toBe('Can I suggest an idea for next time? Our meetings often overrun.');
    expect(opening('how you open a presentation', 'to-mentee', 'Priya')).toBe('Priya, can I offer an idea for next time, about how you open a presentation?');
    const ideasOnly = { ...emptyFields(), ideas: 'you could open with a question' };
    expect(composePreview(feedbackTexts.wording, 'feedforward', 'to-mentee', ideasOnly)).toBe(
      `Can I offer an idea for next time? You could open with a question. ${CLOSE}`,
    );
  });

  it('adds nothing the language check would flag', () => {
    for (const [behaviour] of table) {
      const alone = lint(behaviour, { mode: 'feedforward', fields: { ...emptyFields(), behaviour, ideas: 'x' } }, feedbackLexicon);
      const built = lint(opening(behaviour), { mode: 'feedforward', fields: { ...emptyFields(), behaviour, ideas: 'x' } }, feedbackLexicon);
      expect(built.map((f) => f.ruleId), behaviour).toEqual(alone.map((f) => f.ruleId));
    }
  });
});
