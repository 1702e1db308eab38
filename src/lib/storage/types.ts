/** What a tool declares about the state it keeps: the one place its key, version and parsing live. */
export interface StoredSpec<T> {
  /** Short id; the storage key is `gmg:<id>`. */
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
  /** A few words on what the data holds ("2 goals, 5 milestones"), for previews. */
  describe?(data: T): string;
  /** True when the data holds nothing typed, so an import or example can replace it without asking. */
  isEmpty?(data: T): boolean;
}

/** The outcome of parsing: valid data, or what is wrong with whatever could be salvaged. */
export type Parsed<T> = { ok: true; data: T } | { ok: false; error: string; salvaged?: T };

/** How every stored value is written. */
export interface Envelope<T = unknown> {
  v: number;
  savedAt: string;
  data: T;
}

/** Where the person's words are, told truthfully. */
export type SaveStatus =
  | { state: 'loading' }
  | { state: 'unsaved-empty' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'blocked' }
  | { state: 'failed'; reason: 'quota' | 'error'; message: string };

/** Things the person should be told about, beyond the save status. */
export type StorageNotice =
  | { kind: 'quarantined'; id: string; key: string; raw: string; reason: string }
  | { kind: 'other-tab'; id: string; at: string }
  | { kind: 'migrated'; id: string; from: number; to: number };
