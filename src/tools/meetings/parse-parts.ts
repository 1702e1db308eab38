// What the meeting record's parsers share: who can own or add things, the size limits, and readers that keep to them.
// Pure. Shared data is untrusted input, so every list and text has a ceiling that the parser enforces.
import { isUsableId } from '../../lib/ids';
import { readArray, readString, type Problems } from '../../lib/storage';

export const people = ['mentee', 'mentor'] as const;
export type Person = (typeof people)[number];

/** Far beyond any real relationship, small enough that a shared file cannot fill the device or freeze the page. */
export const LIMITS = { meetings: 500, actions: 5000, checkIns: 1000, itemsPerMeeting: 200, text: 20000 } as const;

type Obj = Record<string, unknown>;
const thousands = (n: number) => n.toLocaleString('en-GB');

/** A text field; a longer one is cut at the limit, and the cut is noted. */
export function readText(obj: Obj, key: string, path: string, problems: Problems): string {
  const value = readString(obj, key, path, problems);
  if (value.length <= LIMITS.text) return value;
  problems.push(`${path}${key} is longer than ${thousands(LIMITS.text)} characters, so it was cut there`);
  return value.slice(0, LIMITS.text);
}

/** A list read item by item; past `max` items the rest are left out, and that is noted (the shared reader does it). */
export function readList<I>(
  obj: Obj, key: string, max: number, path: string, problems: Problems,
  readItem: (item: unknown, itemPath: string, problems: Problems) => I | undefined,
): I[] {
  return readArray(obj, key, path, problems, readItem, max);
}

/** Ids must be usable and unique in their list; a bad one is replaced with a predictable one and noted. */
export function readId(obj: Obj, path: string, problems: Problems, seen: Set<string>, fallback: string): string {
  let id = readString(obj, 'id', path, problems).trim();
  if (!isUsableId(id) || seen.has(id)) {
    problems.push(`${path}id is missing, repeated or unusable`);
    id = fallback;
    for (let n = 2; seen.has(id); n++) id = `${fallback}-${n}`;
  }
  seen.add(id);
  return id;
}

/** A reference to another item by id ('' for none); an unusable one is noted and dropped. */
export function readRef(obj: Obj, key: string, path: string, problems: Problems): string {
  const id = readString(obj, key, path, problems).trim();
  if (id === '' || isUsableId(id)) return id;
  problems.push(`${path}${key} is not a usable id`);
  return '';
}

/** Notes that a list item is not an object (its path without the trailing dot); it is then left out. */
export const notObject = (path: string, problems: Problems): undefined => void problems.push(`${path.slice(0, -1)} is not an object`);
