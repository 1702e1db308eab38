import { emptyMeta, type SyncMeta } from '../sync/sync-meta';
import { readEnvelope } from './envelope';
import type { StoredSpec } from './types';

/** What reading one stored value gave: the state to use, and anything the person must be told. */
export interface Decoded<T> {
  data: T;
  /** The edit stamps that came with it (empty for data from before stamps, or for the initial state). */
  meta: SyncMeta;
  savedAt?: string;
  /** Set when the stored text could not be used as it was: keep the raw text aside and say why. */
  problem?: string;
  /** Set when older data was brought up to the current version. */
  migratedFrom?: number;
  /** Set when a newer version of the site wrote it: this page must not write over it. */
  newerVersion?: number;
}

/** Runs data of version `from` through the migrations up to the spec's current version. */
export function migrate<T>(spec: StoredSpec<T>, from: number, data: unknown): { ok: true; data: unknown } | { ok: false; error: string } {
  if (from > spec.version) {
    return { ok: false, error: `it was saved by a newer version of this site (version ${from}; this page knows ${spec.version})` };
  }
  let current = data;
  for (let v = from; v < spec.version; v++) {
    const step = spec.migrations[v];
    if (!step) return { ok: false, error: `there is no way to update version ${v} data` };
    try {
      current = step(current);
    } catch (error) {
      return { ok: false, error: `updating it from version ${v} failed (${(error as Error).message})` };
    }
  }
  return { ok: true, data: current };
}

/** Parses a value as an envelope of this spec's data, migrating old versions. Never throws. */
export function decodeValue<T>(spec: StoredSpec<T>, value: unknown): Decoded<T> {
  const envelope = readEnvelope(value);
  if (!envelope.ok) return { data: spec.initial(), meta: emptyMeta(), problem: envelope.error };
  const { v, savedAt, data, sync } = envelope.envelope;
  const migrated = migrate(spec, v, data);
  if (!migrated.ok) {
    const newer = v > spec.version ? { newerVersion: v } : {};
    return { data: spec.initial(), meta: emptyMeta(), problem: migrated.error, ...newer };
  }
  const parsed = spec.parse(migrated.data);
  // Stamps name paths in the current shape; data from an older version had none.
  const meta = v === spec.version && sync ? sync : emptyMeta();
  const base = v < spec.version ? { savedAt, meta, migratedFrom: v } : { savedAt, meta };
  if (parsed.ok) return { ...base, data: parsed.data };
  return { ...base, data: parsed.salvaged ?? spec.initial(), problem: parsed.error };
}

/** Reads the raw stored text. Nothing stored gives the initial state with no problem. */
export function decodeRaw<T>(spec: StoredSpec<T>, raw: string | null): Decoded<T> {
  if (raw === null) return { data: spec.initial(), meta: emptyMeta() };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { data: spec.initial(), meta: emptyMeta(), problem: 'it is not valid JSON (it may have been cut off while saving)' };
  }
  return decodeValue(spec, value);
}
