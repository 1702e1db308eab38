// Setting chosen values in merged data: for a field both sides changed, the person keeps theirs, mine, or both
// texts. The result goes through the store as an edit, so the choice is stamped and travels on with the next share.
import { isPlainObject, setPath, type Obj } from './shape';

export interface Choice {
  /** The item's key (see shape.ts) and the field's path within it. */
  key: string;
  field: string;
  value: unknown;
}

/** The item at a key ("/goals/g1/milestones/m2"), or undefined. */
function itemAt(data: Obj, key: string): Obj | undefined {
  const parts = key.split('/').slice(1);
  let item: Obj | undefined = data;
  for (let i = 0; i < parts.length && item; i += 2) {
    const list: unknown = parts[i]!.split('.').reduce<unknown>((o, p) => (isPlainObject(o) ? o[p] : undefined), item);
    item = Array.isArray(list) ? list.find((x) => isPlainObject(x) && x.id === parts[i + 1]) : undefined;
  }
  return item;
}

/** A copy of the data with each choice set; choices whose item is gone are skipped. */
export function withChoices<T>(data: T, choices: Choice[]): T {
  if (!choices.length) return data;
  const copy = structuredClone(data) as Obj;
  for (const choice of choices) {
    const item = itemAt(copy, choice.key);
    if (item) setPath(item, choice.field, choice.value);
  }
  return copy as T;
}
