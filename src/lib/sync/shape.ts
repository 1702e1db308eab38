// How a tool's data divides into items that two copies can merge: which properties are lists of items (objects
// with a stable `id`), and which leaves stay on this device. Every other property is a field, merged on its own:
// plain objects are looked into, so `fields.frequency` is a field; arrays that are not declared lists (a list
// of words, say) are one value each.

export interface ItemShape {
  /** What one such item is called in a merge preview: "goal", "milestone", "note". */
  kind?: string;
  /** Property paths that hold lists of items, with the shape of their items. `sections.*` matches any key. */
  lists?: Record<string, ItemShape>;
  /** Leaves that belong to this device (which note is open, which relationship is shown): never taken from a share. */
  local?: readonly string[];
}

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type Obj = Record<string, unknown>;

export const isPlainObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The list pattern that a property path matches, if any. */
export function listPattern(shape: ItemShape, path: string): string | undefined {
  if (!shape.lists) return undefined;
  if (shape.lists[path]) return path;
  const at = path.lastIndexOf('.');
  const wildcard = at < 0 ? '*' : `${path.slice(0, at)}.*`;
  return shape.lists[wildcard] ? wildcard : undefined;
}

export interface Split {
  /** Field path -> value, for every field present (undefined values left out). */
  leaves: Map<string, unknown>;
  /** List path -> items, for every list present. */
  lists: Map<string, { shape: ItemShape; items: Obj[] }>;
}

/** Splits an item into its fields and its lists. */
export function splitItem(item: Obj, shape: ItemShape): Split {
  const split: Split = { leaves: new Map(), lists: new Map() };
  const walk = (obj: Obj, prefix: string) => {
    for (const [key, value] of Object.entries(obj)) {
      if (value === undefined || (prefix === '' && key === 'id')) continue;
      const path = prefix + key;
      const pattern = listPattern(shape, path);
      if (pattern && Array.isArray(value)) {
        split.lists.set(path, { shape: shape.lists![pattern]!, items: value.filter(isPlainObject) });
      } else if (isPlainObject(value)) {
        // Empty objects leave nothing: the tool's parser fills in what a missing object means.
        walk(value, `${path}.`);
      } else {
        split.leaves.set(path, value);
      }
    }
  };
  walk(item, '');
  return split;
}

/** Sets a value at a dotted path, making the objects on the way. */
export function setPath(target: Obj, path: string, value: unknown): void {
  const parts = path.split('.');
  let obj = target;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(obj[part])) obj[part] = {};
    obj = obj[part] as Obj;
  }
  obj[parts.at(-1)!] = value;
}

/** Deep equality for JSON values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as Obj).filter((k) => (a as Obj)[k] !== undefined);
  const kb = Object.keys(b as Obj).filter((k) => (b as Obj)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Obj)[k], (b as Obj)[k]));
}

// Keys in the stamp table. An item's key is its path of list names and ids from the root ('' for the root);
// ids are word characters and hyphens only (the parsers see to it), so these never clash.
export const childKey = (itemKey: string, list: string, id: string): string => `${itemKey}/${list}/${id}`;
export const fieldKey = (itemKey: string, field: string): string => `${itemKey}.${field}`;
export const orderKey = (itemKey: string, list: string): string => `${itemKey}[${list}]`;
export const createdKey = (itemKey: string): string => `${itemKey}+`;
/** Whether a stamp key belongs to the item with this key or to anything inside it. */
export const isWithin = (key: string, itemKey: string): boolean =>
  key.startsWith(itemKey) && /^[./[+]/.test(key.slice(itemKey.length));
