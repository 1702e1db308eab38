// What is stored in this browser, read fresh from storage for the "Your data" page.
import { decodeRaw, isQuarantineKey, keysWithPrefix, quarantineOf, readKey, scopedKey, type StoredSpec } from '../../lib/storage';
import { pairSpec } from '../pair/store';
import { tools } from '../list';

/** Every kind of data a relationship keeps: its names and dates, then each tool's. */
export const everySpec: StoredSpec<any>[] = [pairSpec, ...tools.flatMap((tool) => tool.stores)].filter(
  (spec, i, all) => all.findIndex((s) => s.id === spec.id) === i,
);

export interface StoredRow {
  spec: StoredSpec<any>;
  key: string;
  bytes: number;
  savedAt?: string;
  summary: string;
}

export interface SetAsideRow {
  key: string;
  /** What it was set aside from, as a label, and the key. */
  label: string;
  at: number;
  bytes: number;
}

const byteLength = (text: string) => new Blob([text]).size;

/** One relationship's stored items, in the order of everySpec. */
export function storedRows(relationship: string): StoredRow[] {
  return everySpec.flatMap((spec) => {
    const key = scopedKey(relationship, spec.id);
    const read = readKey(key);
    if (!read.ok || read.value === null) return [];
    const decoded = decodeRaw(spec, read.value);
    const row: StoredRow = { spec, key, bytes: byteLength(read.value), summary: spec.describe?.(decoded.data) ?? '' };
    if (decoded.savedAt) row.savedAt = decoded.savedAt;
    return [row];
  });
}

/** Text set aside because it could not be read, from any relationship or from before relationships. */
export function setAsideRows(): SetAsideRow[] {
  return keysWithPrefix('gmg:')
    .filter((key) => isQuarantineKey(key))
    .map((key) => {
      const { from, at } = quarantineOf(key)!;
      const id = from.split(':').pop()!;
      const read = readKey(key);
      return { key, label: everySpec.find((s) => s.id === id)?.label ?? id, at, bytes: read.ok && read.value ? byteLength(read.value) : 0 };
    });
}

export const formatBytes = (n: number) => (n < 1024 ? `${n} bytes` : `${(n / 1024).toFixed(1)} KB`);
export const formatWhen = (iso: string | number) =>
  new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
