// Stamps what an edit changed. The views make a new state from the old one; comparing the two, item by item and
// field by field, finds what changed, so no view has to say. Unchanged items are the same objects (edits copy only
// what they change), which keeps this cheap on large data.
import { childKey, createdKey, fieldKey, isWithin, orderKey, sameValue, splitItem, type ItemShape, type Obj } from './shape';
import { stampTime, stampDevice, type Stamp } from './stamp';
import type { SyncMeta } from './sync-meta';

/** The sync meta after `prev` became `next` through an edit made at `stamp`. Returns `meta` itself when nothing changed. */
export function stampChanges(shape: ItemShape, prev: unknown, next: unknown, meta: SyncMeta, stamp: Stamp): SyncMeta {
  if (prev === next) return meta;
  const s = { ...meta.s };
  const g = { ...meta.g };
  let changed = false;
  const mark = (key: string) => {
    s[key] = stamp;
    changed = true;
  };

  const created = (key: string, item: Obj, itemShape: ItemShape) => {
    mark(createdKey(key));
    delete g[key];
    const split = splitItem(item, itemShape);
    for (const [path, value] of split.leaves) if (value !== '' && value !== null && value !== false) mark(fieldKey(key, path));
    for (const [path, list] of split.lists) {
      if (list.items.length) mark(orderKey(key, path));
      for (const child of list.items) created(childKey(key, path, String(child.id)), child, list.shape);
    }
  };

  const walk = (key: string, a: Obj, b: Obj, itemShape: ItemShape) => {
    if (a === b) return;
    const sa = splitItem(a, itemShape);
    const sb = splitItem(b, itemShape);
    for (const path of new Set([...sa.leaves.keys(), ...sb.leaves.keys()])) {
      if (!sameValue(sa.leaves.get(path), sb.leaves.get(path))) mark(fieldKey(key, path));
    }
    for (const path of new Set([...sa.lists.keys(), ...sb.lists.keys()])) {
      const before = sa.lists.get(path)?.items ?? [];
      const after = sb.lists.get(path)?.items ?? [];
      const listShape = (sa.lists.get(path) ?? sb.lists.get(path))!.shape;
      if (before === after) continue;
      const ids = (items: Obj[]) => items.map((i) => String(i.id)).join('\n');
      if (ids(before) !== ids(after) || sa.lists.has(path) !== sb.lists.has(path)) mark(orderKey(key, path));
      const old = new Map(before.map((i) => [String(i.id), i]));
      const kept = new Set<string>();
      for (const item of after) {
        const id = String(item.id);
        const child = childKey(key, path, id);
        const was = old.get(id);
        kept.add(id);
        if (was) walk(child, was, item, listShape);
        else created(child, item, listShape);
      }
      for (const id of old.keys()) {
        if (kept.has(id)) continue;
        const child = childKey(key, path, id);
        g[child] = stamp;
        changed = true;
        // What was inside a deleted item no longer matters here; the tombstone outranks it.
        for (const k of Object.keys(s)) if (isWithin(k, child)) delete s[k];
      }
    }
  };

  walk('', prev as Obj, next as Obj, shape);
  if (!changed) return meta;
  const device = stampDevice(stamp);
  return { s, g, seen: { ...meta.seen, [device]: Math.max(meta.seen[device] ?? 0, stampTime(stamp)) } };
}
