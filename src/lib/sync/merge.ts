// Merging two copies of one tool's data: the same relationship on two devices, or in two tabs. Every item
// either side has is kept unless a tombstone newer than all its edits says it was deleted; each field takes the
// later edit; a list takes the order of the side that changed it last, with the other side's new items placed
// after the item they followed there. The result does not depend on which copy is "ours": merge(a, b) and
// merge(b, a) are the same, and merging a copy with itself changes nothing (tests/unit/sync-merge.test.ts).
import {
  childKey, createdKey, fieldKey, isWithin, orderKey, sameValue, setPath, splitItem, type ItemShape, type Obj,
} from './shape';
import { laterStamp, type Stamp } from './stamp';
import type { SyncMeta } from './sync-meta';

export interface Copy<T = unknown> {
  data: T;
  meta: SyncMeta;
}

/** The latest stamp of an item: when it was made or last edited, anywhere inside it. */
function latestWithin(meta: SyncMeta, itemKey: string): Stamp {
  let latest = '';
  for (const [key, stamp] of Object.entries(meta.s)) if (stamp > latest && isWithin(key, itemKey)) latest = stamp;
  return latest;
}

/** Which of two differing values wins when their stamps tie (the same edit can't differ; this keeps merge symmetric). */
const tieBreak = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) >= JSON.stringify(b ?? null);

export function mergeCopies<T>(shape: ItemShape, a: Copy<T>, b: Copy<T>): Copy<T> {
  const s: Record<string, Stamp> = {};
  for (const [key, stamp] of [...Object.entries(a.meta.s), ...Object.entries(b.meta.s)]) s[key] = laterStamp(s[key], stamp);
  const g: Record<string, Stamp> = {};
  for (const [key, stamp] of [...Object.entries(a.meta.g), ...Object.entries(b.meta.g)]) g[key] = laterStamp(g[key], stamp);
  const seen: Record<string, number> = { ...a.meta.seen };
  for (const [device, time] of Object.entries(b.meta.seen)) seen[device] = Math.max(seen[device] ?? 0, time);
  const killed: string[] = [];

  const mergeItem = (key: string, x: Obj | undefined, y: Obj | undefined, itemShape: ItemShape): Obj => {
    // An item only one side has is merged with itself, so that the other side's tombstones inside it still count.
    if (!x || !y) x = y = (x ?? y)!;
    const out: Obj = x.id !== undefined ? { id: x.id } : {};
    const sx = splitItem(x, itemShape);
    const sy = splitItem(y, itemShape);
    for (const path of new Set([...sx.leaves.keys(), ...sy.leaves.keys()])) {
      const vx = sx.leaves.get(path);
      const vy = sy.leaves.get(path);
      let value = vx;
      if (!sameValue(vx, vy)) {
        const tx = a.meta.s[fieldKey(key, path)] ?? '';
        const ty = b.meta.s[fieldKey(key, path)] ?? '';
        value = tx > ty || (tx === ty && tieBreak(vx, vy)) ? vx : vy;
      }
      if (value !== undefined) setPath(out, path, value);
    }
    for (const path of new Set([...sx.lists.keys(), ...sy.lists.keys()])) {
      const lx = sx.lists.get(path);
      const ly = sy.lists.get(path);
      const listShape = (lx ?? ly)!.shape;
      const ox = a.meta.s[orderKey(key, path)] ?? '';
      const oy = b.meta.s[orderKey(key, path)] ?? '';
      const idsOf = (l?: { items: Obj[] }) => (l?.items ?? []).map((i) => String(i.id));
      const xFirst = ox > oy || (ox === oy && tieBreak(idsOf(lx), idsOf(ly)));
      const [first, second] = xFirst ? [lx, ly] : [ly, lx];
      const byId = (l?: { items: Obj[] }) => new Map((l?.items ?? []).map((i) => [String(i.id), i]));
      const mx = byId(lx);
      const my = byId(ly);
      const alive = (id: string) => {
        const child = childKey(key, path, id);
        const tomb = g[child];
        if (!tomb) return true;
        const edited = laterStamp(mx.has(id) ? latestWithin(a.meta, child) : '', my.has(id) ? latestWithin(b.meta, child) : '');
        if (edited > tomb) return true;
        killed.push(child);
        return false;
      };
      // The order of the side that changed the list last; the other side's items it lacks go after their predecessor.
      const order = idsOf(first).filter(alive);
      let after = -1;
      for (const id of idsOf(second)) {
        const at = order.indexOf(id);
        if (at >= 0) after = at;
        else if (alive(id)) order.splice(++after, 0, id);
      }
      const items = order.map((id) => mergeItem(childKey(key, path, id), mx.get(id), my.get(id), listShape));
      // A list the last changer removed entirely stays absent when nothing in it survived.
      if (first || items.length) setPath(out, path, items);
    }
    return out;
  };

  const data = mergeItem('', a.data as Obj, b.data as Obj, shape) as T;
  for (const item of killed) {
    for (const key of Object.keys(s)) if (isWithin(key, item)) delete s[key];
  }
  return { data, meta: { s, g, seen } };
}

/** Which of two stamp keys holds the creation of an item: exported for the comparison view. */
export { createdKey };
