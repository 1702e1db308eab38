// Helpers for a tool's parse(): read one field of unknown input, note what is wrong, and keep what can be kept.
// Each reader returns a usable value (the fallback when the input is unusable) and appends to `problems`.
import type { Parsed } from './types';

export type Problems = string[];

/**
 * Ceilings far beyond real use (a plan of 30 goals and a 20,000-character note is heavy use): stored or shared data
 * past them is not the person's, or would freeze the page, so the parser refuses it (an import or share says so).
 */
export const TEXT_MAX = 200_000;
export const LIST_MAX = 2_000;
const thousands = (n: number) => n.toLocaleString('en-GB');
type Obj = Record<string, unknown>;

export const isRecord = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function readObject(input: unknown, path: string, problems: Problems): Obj {
  if (isRecord(input)) return input;
  problems.push(`${path || 'the data'} is not an object`);
  return {};
}

export function readString(obj: Obj, key: string, path: string, problems: Problems, fallback = ''): string {
  const value = obj[key];
  if (value === undefined) return fallback;
  if (typeof value === 'string') {
    if (value.length <= TEXT_MAX) return value;
    problems.push(`${path}${key} is longer than ${thousands(TEXT_MAX)} characters, so it was cut there`);
    return value.slice(0, TEXT_MAX);
  }
  problems.push(`${path}${key} is not text`);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : fallback;
}

/** A calendar date as YYYY-MM-DD, or '' for none. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function readDate(obj: Obj, key: string, path: string, problems: Problems): string {
  const value = readString(obj, key, path, problems);
  if (value === '' || isIsoDate(value)) return value;
  problems.push(`${path}${key} is not a date (YYYY-MM-DD)`);
  return '';
}

export function readEnum<E extends string>(
  obj: Obj, key: string, allowed: readonly E[], fallback: E, path: string, problems: Problems,
): E {
  const value = obj[key];
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as E;
  problems.push(`${path}${key} is not one of ${allowed.join(', ')}`);
  return fallback;
}

export function readBoolean(obj: Obj, key: string, path: string, problems: Problems, fallback = false): boolean {
  const value = obj[key];
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  problems.push(`${path}${key} is not true or false`);
  return fallback;
}

/** Reads an array item by item; unusable items are dropped and noted, the rest kept; past `max`, the rest are left out. */
export function readArray<I>(
  obj: Obj, key: string, path: string, problems: Problems,
  readItem: (item: unknown, itemPath: string, problems: Problems) => I | undefined,
  max = LIST_MAX,
): I[] {
  let value = obj[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`${path}${key} is not a list`);
    return [];
  }
  if (value.length > max) {
    problems.push(`${path}${key} has ${thousands(value.length)} items, more than the ${thousands(max)} this site keeps, so only the first ${thousands(max)} were read`);
    value = value.slice(0, max);
  }
  const items: I[] = [];
  (value as unknown[]).forEach((item, i) => {
    const read = readItem(item, `${path}${key}[${i}].`, problems);
    if (read !== undefined) items.push(read);
  });
  return items;
}

/** Valid when nothing was noted; otherwise the salvaged data travels with the reasons. */
export function finish<T>(data: T, problems: Problems): Parsed<T> {
  if (problems.length === 0) return { ok: true, data };
  const shown = problems.slice(0, 5).join('; ');
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
  return { ok: false, error: `${shown}${more}`, salvaged: data };
}
