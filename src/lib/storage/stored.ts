// A tool's persisted state: nanostores atoms plus the saving rules every tool shares.
//
// Why our own thin layer over nanostores atoms rather than @nanostores/persistent: we need envelopes with
// versions and migrations, quarantine of bad values, a truthful save status (blocked, full, saved at), debounced
// writes flushed on pagehide, merging with other tabs' writes, and no storage access at import time. Persistent
// writes on every change and hides write failures, so we would have had to wrap nearly all of it anyway.
//
// No write replaces data this page has not seen: every edit is stamped (src/lib/sync), and a write first merges
// with whatever another tab stored since this page last read, so both tabs' edits survive.
import { atom, type ReadableAtom } from 'nanostores';
import { stampChanges } from '../sync/diff';
import { sameValue } from '../sync/shape';
import { mergeCopies, type Copy } from '../sync/merge';
import { emptyMeta, type SyncMeta } from '../sync/sync-meta';
import { keysWithPrefix, readKey, removeKey, writeKey, type WriteResult } from './backend';
import { decodeRaw, type Decoded } from './decode';
import { editClock } from './device';
import { storageKey, wrap } from './envelope';
import { requestPersistence } from './persistence';
import { readsConsistently, setAside } from './set-aside';
import { guardUnsaved } from './unload-guard';
import type { Envelope, SaveStatus, StorageNotice, StoredSpec } from './types';

export interface StoredState<T> {
  spec: StoredSpec<T>;
  key: string;
  $data: ReadableAtom<T>;
  $status: ReadableAtom<SaveStatus>;
  $notices: ReadableAtom<StorageNotice[]>;
  /** Reads storage and listens for other tabs, page hiding and back/forward restores. Client only; idempotent. */
  start(): void;
  /** An edit: the change makes a new state from the current one; what it changed is stamped and saved soon. */
  update(change: (data: T) => T): void;
  /** Replaces everything as one edit (an example, putting something back) and saves at once. */
  replace(data: T): WriteResult;
  /** Merges another copy of this data (a share, an import) into this one and saves at once. */
  mergeIn(copy: Copy<T>): WriteResult;
  /** Writes pending changes now. */
  flush(): WriteResult;
  dismiss(noticeId: string): void;
  /** The person has a copy of the value that could not be read: saving may go ahead over it. */
  release(): void;
  /** Deletes the saved value and starts empty (the "Your data" page, deleting a relationship). */
  clear(): boolean;
  /** Reads storage again and shows what is there (after something was put back by this page). */
  reload(): void;
  /** The current state as an envelope, with its edit stamps, for export and sharing; works when nothing can be saved. */
  envelope(): Envelope<T>;
}

export interface StoredOptions {
  /** The storage key; `gmg:<spec id>` unless the data belongs to a relationship. */
  key?: string;
  /** Quiet time after the last change before writing. */
  saveDelayMs?: number;
  /** After a failed write, how long before trying again by itself. */
  retryMs?: number;
  /** Called after each successful write (a relationship's stores use it to list the relationship once it holds data). */
  afterWrite?: () => void;
}

/** This page's own id, for the copy it leaves when it closes (see `leaveCopy`). */
const pageId = Math.random().toString(36).slice(2, 10);

let noticeCount = 0;
const noticeId = () => `n${Date.now().toString(36)}${(noticeCount++).toString(36)}`;
const refused = (message: string): WriteResult => ({ ok: false, reason: 'blocked', message });
const BLOCKED = refused('this browser is not letting the site store data');
const HELD = refused('saved text here could not be opened, and nothing is saved over it until you have a copy');
const NEWER = refused('a newer version of the site saved this data, so this page does not write over it');
const DELETED = refused('it was deleted in another tab or window');

export function stored<T>(spec: StoredSpec<T>, options: StoredOptions = {}): StoredState<T> {
  const { key = storageKey(spec.id), saveDelayMs = 500, retryMs = 3000, afterWrite } = options;
  const shape = spec.shape ?? {};
  const $data = atom<T>(spec.initial());
  const $status = atom<SaveStatus>({ state: 'loading' });
  const $notices = atom<StorageNotice[]>([]);

  let started = false;
  let blocked = false;
  /** Writing waits: a value that could not be read is not yet safe, or a newer version of the site wrote it. */
  let holding: 'held' | 'read-only' | null = null;
  let dirty = false;
  let meta: SyncMeta = emptyMeta();
  /** The raw text this page last read or wrote: anything else in storage was written by someone else. */
  let lastRaw: string | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  /** Where pages that closed left their copies: `<key>:pending:<page>`. */
  const pendingPrefix = `${key}:pending:`;
  /** Whether this page has edits that its closing copy should carry. */
  let editedHere = false;
  const notify = (notice: StorageNotice) => $notices.set([...$notices.get(), notice]);
  const copy = (): Copy<T> => ({ data: $data.get(), meta });
  const setStatus = (status: SaveStatus) => {
    $status.set(status);
    // Ask before closing only while typed text exists that could not be written.
    guardUnsaved(key, dirty && ['blocked', 'failed', 'held', 'read-only'].includes(status.state));
  };

  function take(data: T, next: SyncMeta) {
    meta = next;
    // The clock moves past every time in the data, so an edit here always sorts after what it replaced.
    for (const time of Object.values(next.seen)) editClock().observe(time);
    $data.set(data);
  }

  /**
   * What another copy and this page's state make together; parsed again, as the other copy is input too. What
   * belongs to this page alone (which note is open) stays as it is here.
   */
  function merged(other: Copy<T>): Copy<T> {
    const result = mergeCopies(shape, copy(), other);
    const mine = $data.get() as Record<string, unknown>;
    const data = { ...(result.data as Record<string, unknown>) };
    for (const leaf of shape.local ?? []) data[leaf] = mine[leaf];
    const parsed = spec.parse(data);
    return { data: parsed.ok ? parsed.data : parsed.salvaged ?? $data.get(), meta: result.meta };
  }

  function scheduleRetry() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(flush, retryMs);
  }

  /** Reads what is stored now and folds in anything another tab wrote since this page last looked. */
  function catchUp(): 'same' | 'merged' | 'deleted' | 'unreadable' {
    const read = readKey(key);
    if (!read.ok || read.value === lastRaw) return 'same';
    if (read.value === null) return 'deleted';
    const decoded = decodeRaw(spec, read.value);
    if (decoded.problem) {
      // Another page wrote something unreadable: keep it aside before writing over it, or do not write.
      const asideKey = setAside(key, read.value);
      if (asideKey) notify({ kind: 'quarantined', id: noticeId(), key: asideKey, raw: read.value, reason: decoded.problem });
      else {
        holding = 'held';
        lastRaw = read.value;
        setStatus({ state: 'held' });
        notify({ kind: 'held', id: noticeId(), raw: read.value, reason: decoded.problem });
      }
      return 'unreadable';
    }
    const next = merged({ data: decoded.data, meta: decoded.meta });
    take(next.data, next.meta);
    return 'merged';
  }

  /**
   * Two tabs closing at once both write the key, and a browser may not show one tab's write to the other in time,
   * so one tab's last words could be written over. A closing page therefore also leaves its copy under a key of its
   * own, which no other page writes; the next page to read the data merges such copies in and removes them.
   */
  function leaveCopy() {
    if (!editedHere || blocked || holding) return;
    writeKey(`${pendingPrefix}${pageId}`, JSON.stringify(wrap(spec.version, $data.get(), new Date(), meta)));
  }

  /** Merges the copies closed pages left, saves, and removes them once the merge is stored. */
  function absorbPending() {
    const keys = keysWithPrefix(pendingPrefix);
    if (!keys.length || blocked || holding) return;
    const start: Copy<T> = { data: $data.get(), meta };
    for (const pending of keys) {
      const read = readKey(pending);
      if (!read.ok || read.value === null) continue;
      const decoded = decodeRaw(spec, read.value);
      if (!decoded.problem) {
        const next = merged({ data: decoded.data, meta: decoded.meta });
        take(next.data, next.meta);
      }
    }
    // A copy that adds nothing (its page had saved it already) is removed without a write that other tabs would echo.
    if (!dirty && !holdsMore({ data: $data.get(), meta }, start)) return keys.forEach(removeKey);
    dirty = true;
    if (flush().ok) keys.forEach(removeKey);
  }

  function flush(): WriteResult {
    clearTimeout(saveTimer);
    if (!dirty) return { ok: true };
    if (blocked) return BLOCKED;
    if (holding) return holding === 'held' ? HELD : NEWER;
    const before = catchUp();
    if (before === 'deleted') {
      deletedElsewhere();
      return DELETED;
    }
    if (holding) return HELD;
    const envelope = wrap(spec.version, $data.get(), new Date(), meta);
    const raw = JSON.stringify(envelope);
    const result = writeKey(key, raw);
    if (result.ok) {
      dirty = false;
      lastRaw = raw;
      clearTimeout(retryTimer);
      setStatus({ state: 'saved', at: envelope.savedAt });
      void requestPersistence();
      afterWrite?.();
    } else if (result.reason === 'blocked') {
      blocked = true;
      setStatus({ state: 'blocked' });
    } else {
      setStatus({ state: 'failed', reason: result.reason, message: result.message });
      scheduleRetry();
    }
    return result;
  }

  function markDirty() {
    dirty = true;
    if (blocked || holding) return setStatus($status.get());
    if ($status.get().state !== 'failed') setStatus({ state: 'saving' });
    clearTimeout(saveTimer);
    saveTimer = setTimeout(flush, saveDelayMs);
  }

  /** Takes a decoded value as the state without writing it back (no ping-pong between tabs). */
  function adopt(decoded: Decoded<T>, raw: string | null) {
    take(decoded.data, decoded.meta);
    lastRaw = raw;
    setStatus(decoded.savedAt ? { state: 'saved', at: decoded.savedAt } : { state: 'unsaved-empty' });
  }

  /** Another tab deleted this data: follow it, and keep what this page had so that it can be put back. */
  function deletedElsewhere() {
    const kept = $data.get();
    const hadSomething = !(spec.isEmpty?.(kept) ?? false);
    dirty = false;
    lastRaw = null;
    take(spec.initial(), emptyMeta());
    setStatus({ state: 'unsaved-empty' });
    if (hadSomething) notify({ kind: 'deleted-elsewhere', id: noticeId(), kept });
  }

  /** A stored value that could not be used: set it aside (checked) before anything is written over it. */
  function unreadable(raw: string, decoded: Decoded<T>) {
    take(decoded.data, decoded.meta);
    lastRaw = raw;
    const asideKey = readsConsistently(key, raw) ? setAside(key, raw) : null;
    if (!asideKey) {
      holding = 'held';
      setStatus({ state: 'held' });
      notify({ kind: 'held', id: noticeId(), raw, reason: decoded.problem! });
      return;
    }
    notify({ kind: 'quarantined', id: noticeId(), key: asideKey, raw, reason: decoded.problem! });
    // Store what was salvaged (or the empty state) so the bad text is not read again on every visit.
    dirty = true;
    flush();
  }

  function load() {
    const read = readKey(key);
    if (!read.ok) {
      blocked = true;
      setStatus({ state: 'blocked' });
      return;
    }
    const decoded = decodeRaw(spec, read.value);
    if (decoded.newerVersion !== undefined) {
      holding = 'read-only';
      lastRaw = read.value;
      take(decoded.data, decoded.meta);
      setStatus({ state: 'read-only', version: decoded.newerVersion });
      notify({ kind: 'newer', id: noticeId(), version: decoded.newerVersion });
      return;
    }
    if (decoded.problem && read.value !== null) return unreadable(read.value, decoded);
    adopt(decoded, read.value);
    if (decoded.migratedFrom !== undefined) {
      notify({ kind: 'migrated', id: noticeId(), from: decoded.migratedFrom, to: spec.version });
      dirty = true;
      flush();
    }
    absorbPending();
  }

  /** Another tab (or the "Your data" page) changed our key, or this page was shown again. */
  function onExternalChange(raw: string | null) {
    if (raw === lastRaw || holding) return;
    if (raw === null) return deletedElsewhere();
    const decoded = decodeRaw(spec, raw);
    // Another page's unreadable write is not adopted; this page's next save merges past it or sets it aside then.
    if (decoded.problem) return;
    const before = $data.get();
    // Always a merge, never a swap: the other page may not have seen this page's last save (browsers pass writes
    // between tabs with a delay), and then this page holds edits the stored value lacks.
    const next = merged({ data: decoded.data, meta: decoded.meta });
    lastRaw = raw;
    take(next.data, next.meta);
    if (holdsMore(next, { data: decoded.data, meta: decoded.meta })) {
      dirty = true;
      flush();
    } else if (!dirty) setStatus(decoded.savedAt ? { state: 'saved', at: decoded.savedAt } : { state: 'unsaved-empty' });
    if (!sameValue(withoutLocal(before), withoutLocal(next.data))) notify({ kind: 'other-tab', id: noticeId(), at: new Date().toISOString() });
  }

  /** This page's fields alone (which note is open here) are left out when comparing with another page's copy. */
  function withoutLocal(data: T): unknown {
    const copy = { ...(data as Record<string, unknown>) };
    for (const leaf of shape.local ?? []) delete copy[leaf];
    return copy;
  }

  /** Whether a merge holds anything the other copy lacks, so that it must be written back (and only then). */
  const holdsMore = (ours: Copy<T>, theirs: Copy<T>): boolean =>
    !sameValue(withoutLocal(ours.data), withoutLocal(theirs.data)) || !sameValue(ours.meta.s, theirs.meta.s) || !sameValue(ours.meta.g, theirs.meta.g);

  function onStorage(event: StorageEvent) {
    if (event.key?.startsWith(pendingPrefix) && event.newValue !== null) return absorbPending();
    if (event.key === key || event.key === null) {
      const read = readKey(key);
      if (read.ok) onExternalChange(read.value);
    }
  }

  /** A page shown again (back/forward cache, a tab woken up) reads storage before it takes another keystroke. */
  function onShow(event: PageTransitionEvent) {
    if (!event.persisted || blocked) return;
    const read = readKey(key);
    if (read.ok) onExternalChange(read.value);
  }

  function onVisibility() {
    if (document.visibilityState === 'hidden') flush();
  }

  return {
    spec,
    key,
    $data,
    $status,
    $notices,
    start() {
      if (started) return;
      started = true;
      load();
      window.addEventListener('storage', onStorage);
      window.addEventListener('pagehide', () => {
        flush();
        leaveCopy();
      });
      window.addEventListener('pageshow', onShow);
      document.addEventListener('visibilitychange', onVisibility);
    },
    update(change) {
      const before = $data.get();
      const after = change(before);
      if (after === before) return;
      meta = stampChanges(shape, before, after, meta, editClock().next());
      $data.set(after);
      editedHere = true;
      markDirty();
    },
    replace(data) {
      this.update(() => data);
      return flush();
    },
    mergeIn(other) {
      const next = merged(other);
      take(next.data, next.meta);
      dirty = true;
      return flush();
    },
    flush,
    release() {
      if (holding !== 'held') return;
      holding = null;
      dirty = true;
      flush();
    },
    clear() {
      clearTimeout(saveTimer);
      clearTimeout(retryTimer);
      dirty = false;
      holding = null;
      const removed = removeKey(key);
      keysWithPrefix(pendingPrefix).forEach(removeKey);
      editedHere = false;
      lastRaw = null;
      take(spec.initial(), emptyMeta());
      setStatus(blocked ? { state: 'blocked' } : { state: 'unsaved-empty' });
      return removed;
    },
    reload() {
      if (!started || blocked) return;
      const read = readKey(key);
      if (!read.ok) return;
      const decoded = decodeRaw(spec, read.value);
      if (!decoded.problem) adopt(decoded, read.value);
    },
    dismiss(id) {
      $notices.set($notices.get().filter((n) => n.id !== id));
    },
    envelope: () => wrap(spec.version, $data.get(), new Date(), meta),
  };
}

const made = new Map<string, StoredState<any>>();

/** The stores this page has made whose keys start with a prefix (one relationship's, say). */
export const storesUnder = (prefix: string): StoredState<any>[] => [...made].filter(([k]) => k.startsWith(prefix)).map(([, s]) => s);

/** The one store for a spec (and relationship) on this page: every view that keeps the same data shares it. */
export function storeFor<T>(spec: StoredSpec<T>, key = storageKey(spec.id), options: Omit<StoredOptions, 'key'> = {}): StoredState<T> {
  let store = made.get(key);
  if (!store) made.set(key, (store = stored(spec, { ...options, key })));
  return store as StoredState<T>;
}
