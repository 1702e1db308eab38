// What a parser dropped: fields in the input that its result does not have, so an import can say what was left out.
import { isRecord } from './read-fields';

/** Dotted paths present in `input` but missing from `kept` (lists compared item by item, by position or id). */
export function leftOut(input: unknown, kept: unknown, path = ''): string[] {
  if (Array.isArray(input) && Array.isArray(kept)) {
    return input.flatMap((item, i) => {
      const match = isRecord(item) && 'id' in item ? kept.find((k) => isRecord(k) && k.id === item.id) : kept[i];
      return match === undefined ? [] : leftOut(item, match, `${path}[${i}]`);
    });
  }
  if (!isRecord(input) || !isRecord(kept)) return [];
  return Object.entries(input).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    if (value === undefined || value === null) return [];
    return key in kept ? leftOut(value, kept[key], at) : [at];
  });
}
