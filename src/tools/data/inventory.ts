// What is stored in this browser, read fresh from storage for the "Your data" page.
import { decodeRaw, isQuarantineKey, keysWithPrefix, readKey, type StoredState } from '../../lib/storage';

export interface StoredRow {
  store: StoredState<any>;
  bytes: number;
  savedAt?: string;
  summary: string;
}

export interface SetAsideRow {
  key: string;
  toolId: string;
  at: number;
  bytes: number;
}

const byteLength = (text: string) => new Blob([text]).size;

export function storedRows(stores: StoredState<any>[]): StoredRow[] {
  return stores.flatMap((store) => {
    const read = readKey(store.key);
    if (!read.ok || read.value === null) return [];
    const decoded = decodeRaw(store.spec, read.value);
    const row: StoredRow = { store, bytes: byteLength(read.value), summary: store.spec.describe?.(decoded.data) ?? '' };
    if (decoded.savedAt) row.savedAt = decoded.savedAt;
    return [row];
  });
}

export function setAsideRows(): SetAsideRow[] {
  return keysWithPrefix('gmg:')
    .filter((key) => isQuarantineKey(key))
    .map((key) => {
      const [, toolId = '', , at = '0'] = key.split(':');
      const read = readKey(key);
      return { key, toolId, at: Number(at), bytes: read.ok && read.value ? byteLength(read.value) : 0 };
    });
}

export const formatBytes = (n: number) => (n < 1024 ? `${n} bytes` : `${(n / 1024).toFixed(1)} KB`);
export const formatWhen = (iso: string | number) =>
  new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
