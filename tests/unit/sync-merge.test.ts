// The merge as properties over random edits: two devices start from one copy, edit apart, and merge.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stampChanges } from '../../src/lib/sync/diff';
import { mergeCopies, type Copy } from '../../src/lib/sync/merge';
import { childKey, sameValue, type ItemShape } from '../../src/lib/sync/shape';
import { makeStamp } from '../../src/lib/sync/stamp';
import { emptyMeta } from '../../src/lib/sync/sync-meta';

interface Step { id: string; text: string; done: boolean }
interface Goal { id: string; title: string; notes: { body: string }; steps: Step[] }
interface Doc { goals: Goal[]; open: string }

const shape: ItemShape = { lists: { goals: { lists: { steps: {} } } }, local: ['open'] };

type Edit =
  | { kind: 'add-goal'; title: string; at: number }
  | { kind: 'title'; pick: number; title: string }
  | { kind: 'body'; pick: number; body: string }
  | { kind: 'delete-goal'; pick: number }
  | { kind: 'move-goal'; pick: number }
  | { kind: 'add-step'; pick: number; text: string }
  | { kind: 'toggle-step'; pick: number; step: number }
  | { kind: 'delete-step'; pick: number; step: number };

const text = fc.string({ maxLength: 6 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('add-goal' as const), title: text, at: fc.nat(5) }),
  fc.record({ kind: fc.constant('title' as const), pick: fc.nat(9), title: text }),
  fc.record({ kind: fc.constant('body' as const), pick: fc.nat(9), body: text }),
  fc.record({ kind: fc.constant('delete-goal' as const), pick: fc.nat(9) }),
  fc.record({ kind: fc.constant('move-goal' as const), pick: fc.nat(9) }),
  fc.record({ kind: fc.constant('add-step' as const), pick: fc.nat(9), text }),
  fc.record({ kind: fc.constant('toggle-step' as const), pick: fc.nat(9), step: fc.nat(4) }),
  fc.record({ kind: fc.constant('delete-step' as const), pick: fc.nat(9), step: fc.nat(4) }),
);

/** Applies one edit the way a view would: a new state that shares every untouched object with the old one. */
function apply(doc: Doc, e: Edit, newId: () => string): Doc {
  const goals = doc.goals;
  const n = goals.length;
  const at = n ? ('pick' in e ? e.pick % n : 0) : -1;
  const change = (fn: (g: Goal) => Goal) => ({ ...doc, goals: goals.map((g, i) => (i === at ? fn(g) : g)) });
  switch (e.kind) {
    case 'add-goal': {
      const copy = [...goals];
      copy.splice(Math.min(e.at, n), 0, { id: newId(), title: e.title, notes: { body: '' }, steps: [] });
      return { ...doc, goals: copy };
    }
    case 'title': return at < 0 ? doc : change((g) => ({ ...g, title: e.title }));
    case 'body': return at < 0 ? doc : change((g) => ({ ...g, notes: { body: e.body } }));
    case 'delete-goal': return at < 0 ? doc : { ...doc, goals: goals.filter((_, i) => i !== at) };
    case 'move-goal': {
      if (n < 2) return doc;
      const copy = [...goals];
      const [g] = copy.splice(at, 1);
      copy.splice((at + 1) % n, 0, g!);
      return { ...doc, goals: copy };
    }
    case 'add-step': return at < 0 ? doc : change((g) => ({ ...g, steps: [...g.steps, { id: newId(), text: e.text, done: false }] }));
    case 'toggle-step':
      return at < 0 || !goals[at]!.steps.length ? doc
        : change((g) => ({ ...g, steps: g.steps.map((s, i) => (i === e.step % g.steps.length ? { ...s, done: !s.done } : s)) }));
    case 'delete-step':
      return at < 0 || !goals[at]!.steps.length ? doc
        : change((g) => ({ ...g, steps: g.steps.filter((_, i) => i !== e.step % g.steps.length) }));
  }
}

/** A device that edits a copy, stamping each edit with its own clock. */
function device(name: string, start: Copy<Doc>, clock: { t: number }) {
  let copy = start;
  let ids = 0;
  return {
    edit(e: Edit) {
      const next = apply(copy.data, e, () => `${name}${ids++}`);
      copy = { data: next, meta: stampChanges(shape, copy.data, next, copy.meta, makeStamp(++clock.t, name)) };
    },
    get copy() { return copy; },
    receive(other: Copy<Doc>) { copy = mergeCopies(shape, copy, other); },
  };
}

const base: Copy<Doc> = { data: { goals: [], open: '' }, meta: emptyMeta() };

/** Two devices that share a first copy made by `setup`, then make their own edits, interleaved in time. */
function scenario(setup: Edit[], editsA: Edit[], editsB: Edit[]) {
  const clock = { t: 1000 };
  const origin = device('o', base, clock);
  setup.forEach((e) => origin.edit(e));
  const a = device('a', origin.copy, clock);
  const b = device('b', origin.copy, clock);
  for (let i = 0; i < Math.max(editsA.length, editsB.length); i++) {
    if (editsA[i]) a.edit(editsA[i]!);
    if (editsB[i]) b.edit(editsB[i]!);
  }
  return { a, b };
}

const ids = (doc: Doc) => doc.goals.flatMap((g) => [`/goals/${g.id}`, ...g.steps.map((s) => childKey(`/goals/${g.id}`, 'steps', s.id))]);
const edits = fc.array(edit, { maxLength: 12 });
const runs = { numRuns: Number(process.env.RUNS ?? 300) };

describe('merging two copies', () => {
  it('gives the same result whichever copy is ours', () => {
    fc.assert(fc.property(edits, edits, edits, (setup, ea, eb) => {
      const { a, b } = scenario(setup, ea, eb);
      const ab = mergeCopies(shape, a.copy, b.copy);
      const ba = mergeCopies(shape, b.copy, a.copy);
      expect(ab.data).toEqual(ba.data);
      expect(ab.meta).toEqual(ba.meta);
    }), runs);
  });

  it('changes nothing when a copy meets itself, or meets what it already merged', () => {
    fc.assert(fc.property(edits, edits, edits, (setup, ea, eb) => {
      const { a, b } = scenario(setup, ea, eb);
      const self = mergeCopies(shape, a.copy, a.copy);
      expect(sameValue(self.data, a.copy.data)).toBe(true);
      expect(self.data.goals.map((g) => g.id)).toEqual(a.copy.data.goals.map((g) => g.id));
      const ab = mergeCopies(shape, a.copy, b.copy);
      expect(mergeCopies(shape, ab, b.copy).data).toEqual(ab.data);
      expect(mergeCopies(shape, ab, ab).data).toEqual(ab.data);
    }), runs);
  });

  it('loses no item that either side has, unless a tombstone says it was deleted', () => {
    fc.assert(fc.property(edits, edits, edits, (setup, ea, eb) => {
      const { a, b } = scenario(setup, ea, eb);
      const merged = new Set(ids(mergeCopies(shape, a.copy, b.copy).data));
      const tombs = { ...a.copy.meta.g, ...b.copy.meta.g };
      for (const id of [...ids(a.copy.data), ...ids(b.copy.data)]) {
        if (!merged.has(id)) expect(Object.keys(tombs).some((t) => id === t || id.startsWith(`${t}/`)), id).toBe(true);
      }
    }), runs);
  });

  it('brings back no item that either side deleted and nobody edited since', () => {
    fc.assert(fc.property(edits, edits, (setup, ea) => {
      const { a, b } = scenario(setup, ea, []);
      const merged = mergeCopies(shape, b.copy, a.copy).data;
      const gone = ids(b.copy.data).filter((id) => !ids(a.copy.data).includes(id));
      for (const id of gone) expect(ids(merged)).not.toContain(id);
    }), runs);
  });

  it('ends with the same data on both devices once each has sent to the other', () => {
    fc.assert(fc.property(edits, edits, edits, (setup, ea, eb) => {
      const { a, b } = scenario(setup, ea, eb);
      const fromA = a.copy;
      a.receive(b.copy);
      b.receive(fromA);
      expect(a.copy.data).toEqual(b.copy.data);
    }), runs);
  });

  it('keeps each side’s edit of a field the other did not touch', () => {
    const { a, b } = scenario([{ kind: 'add-goal', title: 'Write', at: 0 }, { kind: 'add-goal', title: 'Read', at: 1 }],
      [{ kind: 'title', pick: 0, title: 'Write daily' }], [{ kind: 'body', pick: 0, body: 'since Monday' }, { kind: 'add-step', pick: 1, text: 'a book' }]);
    const merged = mergeCopies(shape, a.copy, b.copy).data;
    expect(merged.goals.map((g) => [g.title, g.notes.body, g.steps.map((s) => s.text)])).toEqual([
      ['Write daily', 'since Monday', []],
      ['Read', '', ['a book']],
    ]);
  });

  it('takes the later edit when both changed the same field', () => {
    const { a, b } = scenario([{ kind: 'add-goal', title: 'Write', at: 0 }],
      [{ kind: 'title', pick: 0, title: 'first' }], [{ kind: 'title', pick: 0, title: 'second' }]);
    expect(mergeCopies(shape, a.copy, b.copy).data.goals[0]!.title).toBe('second');
  });
});
