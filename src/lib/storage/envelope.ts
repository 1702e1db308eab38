import { readSyncMeta } from '../sync/read-meta';
import type { Envelope } from './types';

export const KEY_PREFIX = 'gmg:';

export const storageKey = (id: string): string => `${KEY_PREFIX}${id}`;

/** A relationship's copy of a tool's data: gmg:r:<relationship>:<id>. */
export const scopedKey = (relationship: string, id: string): string => `${KEY_PREFIX}r:${relationship}:${id}`;

/** Quarantine keys sort by time and never collide with a tool's own key. */
export const quarantineKey = (key: string, time: number): string => `${key}:quarantine:${time}`;

const QUARANTINE = /^(gmg:(?:r:[\w-]+:)?[\w-]+):quarantine:(\d+)$/;

export const isQuarantineKey = (key: string): boolean => QUARANTINE.test(key);

/** The key a quarantined value was set aside from, and when. */
export function quarantineOf(key: string): { from: string; at: number } | null {
  const m = QUARANTINE.exec(key);
  return m ? { from: m[1]!, at: Number(m[2]) } : null;
}

export function wrap<T>(v: number, data: T, now: Date = new Date(), sync?: Envelope['sync']): Envelope<T> {
  return sync ? { v, savedAt: now.toISOString(), data, sync } : { v, savedAt: now.toISOString(), data };
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
  const sync = readSyncMeta((value as Record<string, unknown>).sync);
  return { ok: true, envelope: sync ? { v, savedAt, data, sync } : { v, savedAt, data } };
}
