import type { Envelope } from './types';

export const KEY_PREFIX = 'gmg:';

export const storageKey = (id: string): string => `${KEY_PREFIX}${id}`;

/** Quarantine keys sort by time and never collide with a tool's own key. */
export const quarantineKey = (id: string, time: number): string => `${storageKey(id)}:quarantine:${time}`;

export const isQuarantineKey = (key: string, id?: string): boolean =>
  id === undefined ? /^gmg:[\w-]+:quarantine:\d+$/.test(key) : key.startsWith(`${storageKey(id)}:quarantine:`);

export function wrap<T>(v: number, data: T, now: Date = new Date()): Envelope<T> {
  return { v, savedAt: now.toISOString(), data };
}

/** Checks the shape of an envelope; the data inside is for the tool's parse to judge. */
export function readEnvelope(value: unknown): { ok: true; envelope: Envelope } | { ok: false; error: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'it is not an object with a version and data' };
  }
  const { v, savedAt, data } = value as Record<string, unknown>;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return { ok: false, error: 'its version is missing or not a whole number' };
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return { ok: false, error: 'its save time is missing or not a date' };
  if (!('data' in (value as object))) return { ok: false, error: 'it has no data' };
  return { ok: true, envelope: { v, savedAt, data } };
}
