// What the merge review shows: each item's status, and which fields both sides changed since they last met.
import { describe, expect, it } from 'vitest';
import { compareCopies } from '../../src/lib/sync/compare';
import { withChoices } from '../../src/lib/sync/choose';
import { stampChanges } from '../../src/lib/sync/diff';
import { mergeCopies, type Copy } from '../../src/lib/sync/merge';
import { makeStamp } from '../../src/lib/sync/stamp';
import { emptyMeta } from '../../src/lib/sync/sync-meta';
import type { ItemShape } from '../../src/lib/sync/shape';

interface Doc { title: string; items: { id: string; text: string }[] }
const shape: ItemShape = { kind: 'plan', lists: { items: { kind: 'item' } } };
let clock = 1000;
const edit = (copy: Copy<Doc>, device: string, next: Doc): Copy<Doc> =>
  ({ data: next, meta: stampChanges(shape, copy.data, next, copy.meta, makeStamp(++clock, device)) });

const start = edit({ data: { title: '', items: [] }, meta: emptyMeta() }, 'a', { title: 'Plan', items: [{ id: 'i1', text: 'one' }, { id: 'i2', text: 'two' }] });

describe('compareCopies', () => {
  it('tells new, changed by one side, changed on both sides, only mine, deleted and unchanged apart', () => {
    // Both devices have the start; then each edits on its own.
    let mine = start;
    let theirs = start;
    mine = edit(mine, 'a', { ...mine.data, title: 'My plan', items: [...mine.data.items, { id: 'i3', text: 'mine only' }] });
    theirs = edit(theirs, 'b', { title: 'Their plan', items: [{ id: 'i1', text: 'one, edited' }, { id: 'i4', text: 'theirs only' }] });
    const reports = compareCopies(shape, mine, theirs);
    const byKey = Object.fromEntries(reports.map((r) => [r.key, r]));
    expect(byKey['']!.fields).toEqual([{ field: 'title', mine: 'My plan', theirs: 'Their plan', change: 'both', takes: 'theirs' }]);
    expect(byKey['/items/i1']!.fields).toMatchObject([{ field: 'text', change: 'them', takes: 'theirs' }]);
    expect(byKey['/items/i2']!.status).toBe('deleted-by-them');
    expect(byKey['/items/i3']!.status).toBe('only-mine');
    expect(byKey['/items/i4']!.status).toBe('new');
  });

  it('does not call it a clash when one side already had the other’s version before editing it', () => {
    let mine = start;
    let theirs = edit(start, 'b', { ...start.data, title: 'Their title' });
    mine = mergeCopies(shape, mine, theirs);
    mine = edit(mine, 'a', { ...mine.data, title: 'My title, on top of theirs' });
    const [root] = compareCopies(shape, mine, theirs);
    expect(root!.fields).toMatchObject([{ field: 'title', change: 'me', takes: 'mine' }]);
    theirs = mergeCopies(shape, theirs, mine);
    expect(compareCopies(shape, mine, theirs).every((r) => r.status === 'unchanged')).toBe(true);
  });

  it('without stamps on either side (a file from before relationships), fills a blank from the other side and asks where both have a value', () => {
    const blank: Copy<Doc> = { data: { title: '', items: [] }, meta: emptyMeta() };
    const old: Copy<Doc> = { data: { title: 'Plan from the old file', items: [] }, meta: emptyMeta() };
    expect(compareCopies(shape, blank, old)[0]!.fields).toEqual([{ field: 'title', mine: '', theirs: 'Plan from the old file', change: 'them', takes: 'theirs' }]);
    expect(compareCopies(shape, old, blank)[0]!.fields).toMatchObject([{ field: 'title', change: 'me', takes: 'mine' }]);
    const other: Copy<Doc> = { data: { title: 'Another plan', items: [] }, meta: emptyMeta() };
    expect(compareCopies(shape, old, other)[0]!.fields).toMatchObject([{ field: 'title', change: 'both' }]);
  });
});

describe('withChoices', () => {
  it('sets a chosen value in the item the key names, leaving the rest as it was', () => {
    const data = { title: 'x', items: [{ id: 'i1', text: 'a' }, { id: 'i2', text: 'b' }] };
    const chosen = withChoices(data, [{ key: '/items/i2', field: 'text', value: 'b and c' }, { key: '', field: 'title', value: 'y' }]);
    expect(chosen).toEqual({ title: 'y', items: [{ id: 'i1', text: 'a' }, { id: 'i2', text: 'b and c' }] });
    expect(data.items[1]!.text).toBe('b');
  });
});
