import type { ItemShape } from '../sync/shape';
import type { SyncMeta } from '../sync/sync-meta';

/** What a tool declares about the state it keeps: the one place its key, version and parsing live. */
export interface StoredSpec<T> {
  /** Short id; the storage key is `gmg:<id>`, or `gmg:r:<relationship>:<id>` for a relationship's data. */
  id: string;
  /** Human name for status messages and the "Your data" page. */
  label: string;
  /** The current version of the data's shape. */
  version: number;
  /** Checks data of the current version. Unknown input in, valid data or a reason out. */
  parse(input: unknown): Parsed<T>;
  /** migrations[n] turns data of version n into data of version n + 1. */
  migrations: Record<number, (data: unknown) => unknown>;
  /** The state before anyone has typed anything. */
  initial(): T;
  /** Which properties are lists of items with ids, for merging two copies (see src/lib/sync/shape.ts). */
  shape?: ItemShape;
  /** A few words on what the data holds ("2 goals, 5 milestones"), for previews. */
  describe?(data: T): string;
  /** True when the data holds nothing typed, so an import or example can replace it without asking. */
  isEmpty?(data: T): boolean;
}

/** The outcome of parsing: valid data, or what is wrong with whatever could be salvaged. */
export type Parsed<T> = { ok: true; data: T } | { ok: false; error: string; salvaged?: T };

/** How every stored value is written. `sync` holds the edit stamps that merging needs (absent in older data). */
export interface Envelope<T = unknown> {
  v: number;
  savedAt: string;
  data: T;
  sync?: SyncMeta;
}

/** Where the person's words are, told truthfully. */
export type SaveStatus =
  | { state: 'loading' }
  | { state: 'unsaved-empty' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'blocked' }
  | { state: 'failed'; reason: 'quota' | 'error'; message: string }
  /** Saving waits until the person has a copy of a stored value that could not be read (see StorageNotice 'held'). */
  | { state: 'held' }
  /** A newer version of the site wrote this data: nothing is saved over it. */
  | { state: 'read-only'; version: number };

/** Things the person should be told about, beyond the save status. */
export type StorageNotice =
  | { kind: 'quarantined'; id: string; key: string; raw: string; reason: string }
  /** Stored text that could not be read and could not be set aside: saving waits until the person has it. */
  | { kind: 'held'; id: string; raw: string; reason: string }
  | { kind: 'newer'; id: string; version: number }
  | { kind: 'other-tab'; id: string; at: string }
  /** Another tab deleted this data; `kept` is what this page had, to put back if that was a mistake. */
  | { kind: 'deleted-elsewhere'; id: string; kept: unknown }
  | { kind: 'migrated'; id: string; from: number; to: number };
