// What a merge would do, item by item, for the person to see before anything changes: new from them, changed on
// both sides (theirs and mine side by side), changed by one side, only mine, unchanged, deleted by one side.
// "Changed on both sides" means both edited the same field since they last exchanged: each copy carries the
// latest time it has seen from each device (meta.seen), so a version the other side had already seen is not a clash.
import { childKey, fieldKey, sameValue, splitItem, type ItemShape, type Obj } from './shape';
import { stampDevice, stampTime, type Stamp } from './stamp';
import type { Copy } from './merge';
import type { SyncMeta } from './sync-meta';

export type FieldChange = 'them' | 'me' | 'both';

export interface FieldDiff {
  field: string;
  mine: unknown;
  theirs: unknown;
  change: FieldChange;
  /** Which the merge takes unless the person chooses: for 'both', the later edit. */
  takes: 'mine' | 'theirs';
}

export type ItemStatus = 'new' | 'changed' | 'only-mine' | 'unchanged' | 'deleted-by-them' | 'deleted-here';

export interface ItemReport {
  key: string;
  /** The list it is in ('' for the data's own fields) and its shape's name for such items. */
  list: string;
  kind: string;
  mine?: Obj;
  theirs?: Obj;
  status: ItemStatus;
  fields: FieldDiff[];
}

/** Whether a copy holds (or has merged past) the edit this stamp records. */
const knows = (meta: SyncMeta, stamp: Stamp | undefined): boolean =>
  !stamp || (meta.seen[stampDevice(stamp)] ?? 0) >= stampTime(stamp);

const isBlank = (v: unknown) => v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0);

/**
 * A field neither copy has a stamp for (data from before edit stamps, such as a file from before relationships):
 * filling in a blank is a change by the side that has the value; two different values are for the person to choose.
 */
const unstamped = (mine: unknown, theirs: unknown): FieldChange => (isBlank(mine) ? 'them' : isBlank(theirs) ? 'me' : 'both');

export function compareCopies(shape: ItemShape, mine: Copy, theirs: Copy): ItemReport[] {
  const reports: ItemReport[] = [];
  const local = new Set(shape.local ?? []);

  const fieldsOf = (key: string, x: Obj, y: Obj, itemShape: ItemShape): FieldDiff[] => {
    const sx = splitItem(x, itemShape).leaves;
    const sy = splitItem(y, itemShape).leaves;
    const diffs: FieldDiff[] = [];
    for (const field of new Set([...sx.keys(), ...sy.keys()])) {
      if ((key === '' && local.has(field)) || sameValue(sx.get(field), sy.get(field))) continue;
      const m = mine.meta.s[fieldKey(key, field)];
      const t = theirs.meta.s[fieldKey(key, field)];
      const change: FieldChange = !m && !t ? unstamped(sx.get(field), sy.get(field)) : knows(mine.meta, t) ? 'me' : knows(theirs.meta, m) ? 'them' : 'both';
      const later = (m ?? '') >= (t ?? '') ? 'mine' : 'theirs';
      const takes = change === 'me' ? 'mine' : change === 'them' ? 'theirs' : later;
      diffs.push({ field, mine: sx.get(field), theirs: sy.get(field), change, takes });
    }
    return diffs;
  };

  const walk = (key: string, list: string, kind: string, x: Obj | undefined, y: Obj | undefined, itemShape: ItemShape) => {
    let status: ItemStatus;
    let fields: FieldDiff[] = [];
    if (x && y) {
      fields = fieldsOf(key, x, y, itemShape);
      status = fields.length ? 'changed' : 'unchanged';
    } else if (y) status = mine.meta.g[key] ? 'deleted-here' : 'new';
    else status = theirs.meta.g[key] ? 'deleted-by-them' : 'only-mine';
    reports.push({ key, list, kind, ...(x ? { mine: x } : {}), ...(y ? { theirs: y } : {}), status, fields });
    const lists = new Map<string, { shape: ItemShape; x: Obj[]; y: Obj[] }>();
    for (const [side, item] of [['x', x], ['y', y]] as const) {
      if (!item) continue;
      for (const [path, l] of splitItem(item, itemShape).lists) {
        const entry = lists.get(path) ?? { shape: l.shape, x: [], y: [] };
        entry[side] = l.items;
        lists.set(path, entry);
      }
    }
    for (const [path, l] of lists) {
      const ids = [...new Set([...l.x, ...l.y].map((i) => String(i.id)))];
      for (const id of ids) {
        walk(childKey(key, path, id), path, l.shape.kind ?? path, l.x.find((i) => String(i.id) === id), l.y.find((i) => String(i.id) === id), l.shape);
      }
    }
  };
  walk('', '', shape.kind ?? '', mine.data as Obj, theirs.data as Obj, shape);
  return reports;
}
