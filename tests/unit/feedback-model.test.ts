// The feedback builder's model and its notes: joining parts into sentences, marking flags, reading stored data and old versions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRaw } from '../../src/lib/storage';
import {
  describeState, directions, emptyFields, emptyState, isNoteEmpty, isStateEmpty, modes, parseFeedback,
  type Direction, type Fields, type Mode, type Note,
} from '../../src/tools/feedback/model';
import { composePreview, newNote, noteText, noteTitle, segments } from '../../src/tools/feedback/note';
import { modeFields } from '../../src/tools/feedback/parts';
import { flagKey, lint as lintWith, type LintContext } from '../../src/tools/feedback/lint';
import { feedbackLexicon } from '../../src/tools/feedback/lint/lexicon';
import { exampleCopy as copyOf, exampleState as examplesOf } from '../../src/tools/feedback/examples';
import { feedbackTexts } from '../../src/tools/feedback/texts';
import { feedbackSpec } from '../../src/tools/feedback/store';

const fixture = (name: string) => readFileSync(`tests/fixtures/storage/${name}`, 'utf8');
const fields = (f: Partial<Fields>): Fields => ({ ...emptyFields(), ...f });
const exampleCopy = (mode: Mode) => copyOf(feedbackTexts.examples, mode);
const exampleState = () => examplesOf(feedbackTexts.examples);
/** The model's functions with the page's wording (opening and closing lines, words that steer the joining). */
const compose = (mode: Mode, direction: Direction, f: Fields, person?: string) => composePreview(feedbackTexts.wording, mode, direction, f, person);
const textOf = (n: Note) => noteText(n, feedbackTexts.wording);
/** The language check with the page's lexicon. */
const lint = (text: string, ctx: LintContext) => lintWith(text, ctx, feedbackLexicon);

describe('composePreview', () => {
  it('joins constructive feedback into sentences, situation and behaviour as one', () => {
    const text = compose('constructive', 'to-mentee', fields({
      situation: 'In Tuesday’s client call.',
      behaviour: 'You answered three questions meant for Priya',
      impact: 'priya stopped speaking',
      intent: 'what were you aiming for',
      request: 'next time, would you be willing to pause first',
    }));
    expect(text).toBe(
      'Can I give you some feedback? In Tuesday’s client call, you answered three questions meant for Priya. ' +
        'Priya stopped speaking. What were you aiming for? Next time, would you be willing to pause first?',
    );
  });

  it('addresses the person by name and opens differently for a mentee speaking to a mentor', () => {
    const f = fields({ behaviour: 'you gave me a plan within a minute' });
    expect(compose('constructive', 'to-mentee', f, ' Amara ')).toBe('Amara, can I give you some feedback? You gave me a plan within a minute.');
    expect(compose('constructive', 'to-mentor', f)).toBe('Can I give you some feedback on our mentoring? You gave me a plan within a minute.');
  });

  it('builds recognition from what they did, the effort and the impact, with a closing line by direction', () => {
    const f = fields({ behaviour: 'You read my draft', effort: 'you marked the weakest paragraph first', impact: 'I fixed it in an hour' });
    expect(compose('recognition', 'to-mentor', f, 'Lena')).toBe(
      'Lena, I want to thank you for something. You read my draft. You marked the weakest paragraph first. I fixed it in an hour. Thank you.',
    );
    expect(compose('recognition', 'to-mentee', f)).toMatch(/^I want to recognise something you did\. .* That is worth doing again\.$/);
  });

  it('puts the behaviour into the feedforward question and the ideas after it', () => {
    expect(compose('feedforward', 'to-mentee', fields({ behaviour: 'How you open a talk.', ideas: 'you could start with the question' }), 'Priya')).toBe(
      'Priya, can I offer an idea for next time, about how you open a talk? You could start with the question. Take what is useful and leave the rest.',
    );
  });

  it('keeps punctuation that was typed, leaves out empty parts, and says nothing when no part of the mode is filled', () => {
    expect(compose('constructive', 'to-mentee', fields({ impact: 'It stalled!', request: 'Could you try again?' }))).toBe(
      'Can I give you some feedback? It stalled! Could you try again?',
    );
    expect(compose('constructive', 'to-mentee', fields({}))).toBe('');
    // Parts of another mode do not count.
    expect(compose('feedforward', 'to-mentee', fields({ situation: 'In the call', impact: 'x' }))).toBe('');
  });

  it('its own opening and closing lines pass the language check in every mode and direction', () => {
    const neutral = fields({ situation: 'In the call', behaviour: 'you read the notes', impact: 'we finished early', intent: 'What was the plan?', request: 'Could you share them?', effort: 'You prepared the night before', ideas: 'You could share them first' });
    for (const mode of modes) {
      for (const direction of directions) {
        const text = compose(mode, direction, neutral, 'Sam');
        expect(lint(text, { mode, fields: neutral }), `${mode} ${direction}: ${text}`).toEqual([]);
      }
    }
  });
});

describe('notes', () => {
  it('use the built wording until the person edits it, and keep their own wording when they switch back', () => {
    const note = { ...exampleCopy('recognition'), text: 'My own words.' };
    expect(textOf(note)).toBe(compose(note.mode, note.direction, note.fields, note.person));
    expect(textOf({ ...note, edited: true })).toBe('My own words.');
  });

  it('are empty only when nothing is typed', () => {
    expect(isNoteEmpty(newNote())).toBe(true);
    expect(isNoteEmpty(newNote({ mode: 'feedforward', direction: 'to-mentor' }))).toBe(true);
    expect(isNoteEmpty(newNote({ person: 'Sam' }))).toBe(false);
    expect(isNoteEmpty(newNote({ fields: fields({ ideas: 'x' }) }))).toBe(false);
    expect(isNoteEmpty(newNote({ text: 'kept' }))).toBe(false);
    expect(isStateEmpty(emptyState())).toBe(true);
    expect(isStateEmpty(exampleState())).toBe(false);
    expect(describeState(exampleState())).toBe('3 notes');
    expect(noteTitle(exampleCopy('feedforward'))).toBe('Feedforward for Sam');
  });
});

describe('segments', () => {
  it('splits text at each flag so marks can be rendered, overlapping flags included', () => {
    const text = 'You always do that.';
    expect(segments(text, [{ start: 4, end: 10 }, { start: 4, end: 13 }, { start: 0, end: 0 }])).toEqual([
      { text: 'You ', flags: [] },
      { text: 'always', flags: [0, 1] },
      { text: ' do', flags: [1] },
      { text: ' that.', flags: [] },
    ]);
    expect(segments('plain', [])).toEqual([{ text: 'plain', flags: [] }]);
  });

  it('put back together, give the text unchanged', () => {
    const text = 'I feel that you never listen, but well done.';
    const flags = lint(text, { mode: 'constructive', fields: exampleCopy('constructive').fields });
    expect(flags.length).toBeGreaterThan(2);
    expect(segments(text, flags).map((s) => s.text).join('')).toBe(text);
  });
});

describe('examples', () => {
  it('parse cleanly and pass the language check with no suggestions', () => {
    const state = exampleState();
    expect(parseFeedback(JSON.parse(JSON.stringify(state)))).toEqual({ ok: true, data: state });
    expect(state.notes.map((n) => n.mode)).toEqual([...modes]);
    for (const note of state.notes) {
      // Every part of its mode is filled in: the example shows the whole model.
      for (const k of modeFields[note.mode]) expect(note.fields[k], `${note.mode} ${k}`).not.toBe('');
      expect(textOf(note).length).toBeGreaterThan(40);
      expect(lint(textOf(note), note), textOf(note)).toEqual([]);
    }
  });
});

describe('parseFeedback', () => {
  it('rejects what is not an object and starts empty', () => {
    expect(parseFeedback('nope')).toMatchObject({ ok: false, salvaged: emptyState() });
  });

  it('keeps every usable note and says what was wrong', () => {
    const good = exampleCopy('constructive');
    const result = parseFeedback({
      openId: 'gone',
      notes: [good, 'junk', { ...good, id: '' }, { ...good, id: 'b', mode: 'rant', person: 7, dismissed: ['x', 3] }, { ...good }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/notes\[1\] is not a note/);
    expect(result.error).toMatch(/id is missing/);
    expect(result.error).toMatch(/mode is not one of/);
    const notes = result.salvaged!.notes;
    expect(notes.map((n) => n.id)).toEqual([good.id, 'b']);
    expect(notes[1]).toMatchObject({ mode: 'constructive', person: '7', dismissed: ['x'] });
    expect(result.salvaged!.openId).toBe('');
  });

  it('fills in parts and fields that are missing, and replaces dates that are not dates', () => {
    const result = parseFeedback({ notes: [{ id: 'a', createdAt: 'soon', fields: { impact: 'x' } }], openId: 'a' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/createdAt is not a date and time/);
    expect(result.salvaged!.notes[0]).toMatchObject({ id: 'a', createdAt: '1970-01-01T00:00:00.000Z', fields: fields({ impact: 'x' }), edited: false });
    expect(result.salvaged!.openId).toBe('a');
  });

  it('drops a second note with the same id', () => {
    const a = exampleCopy('feedforward');
    const result = parseFeedback({ notes: [a, { ...a, person: 'Other' }], openId: '' });
    expect(result).toMatchObject({ ok: false, salvaged: { notes: [a] } });
  });
});

describe('stored versions', () => {
  const spec = feedbackSpec;

  it('decodes the version 1 fixture as it is', () => {
    const decoded = decodeRaw(spec, fixture('feedback.v1.json'));
    expect(decoded.problem).toBeUndefined();
    expect(decoded.migratedFrom).toBeUndefined();
    expect(decoded.data.openId).toBe('n2');
    const [first, second] = decoded.data.notes;
    expect(first).toMatchObject({ person: 'Amara', goalId: 'g1', goalTitle: 'Give a clear twenty-minute talk', edited: false });
    expect(second).toMatchObject({ mode: 'recognition', direction: 'to-mentor', edited: true, dismissed: ['absolute:always'] });
    // The kept-as-written absolute is found again and matched by its key.
    const flags = lint(textOf(second!), second!);
    expect(flags.filter((f) => f.ruleId === 'absolute').map(flagKey)).toEqual(['absolute:always']);
  });

  it('brings the never-released version 0 drafts up to version 1', () => {
    const decoded = decodeRaw(spec, fixture('feedback.v0.json'));
    expect(decoded.problem).toBeUndefined();
    expect(decoded.migratedFrom).toBe(0);
    const [sbi, praise] = decoded.data.notes;
    expect(sbi).toEqual({
      id: 'd1', createdAt: '2025-09-30T12:00:00.000Z', updatedAt: '2025-09-30T12:00:00.000Z', mode: 'constructive',
      direction: 'to-mentee', person: 'Amara', goalId: '', goalTitle: '',
      fields: fields({
        situation: 'At Monday\'s stand-up', behaviour: 'you presented the figures before checking them',
        impact: 'Two of the numbers were wrong', request: 'Could you check them with me first next time?',
      }),
      text: '', edited: false, dismissed: [],
    });
    expect(praise).toMatchObject({ mode: 'recognition', direction: 'to-mentor', person: 'Lena', edited: true });
    expect(textOf(praise!)).toBe('Thank you for reading my whole draft over the weekend. I sent it with confidence.');
  });

  it('says what is wrong with data from a newer version, and keeps nothing it cannot read', () => {
    const decoded = decodeRaw(spec, JSON.stringify({ v: 2, savedAt: '2027-01-01T00:00:00Z', data: {} }));
    expect(decoded.problem).toMatch(/newer version/);
    expect(decoded.data).toEqual(emptyState());
  });
});
