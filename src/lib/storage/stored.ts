// A tool's persisted state: nanostores atoms plus the saving rules every tool shares.
//
// Why our own thin layer over nanostores atoms rather than @nanostores/persistent: we need envelopes with
// versions and migrations, quarantine of bad values, a truthful save status (blocked, full, saved at), debounced
// writes flushed on pagehide, a conflict rule for other tabs, and no storage access at import time. Persistent
// writes on every change and hides write failures, so we would have had to wrap nearly all of it anyway.
import { atom, type ReadableAtom } from 'nanostores';
import { readKey, removeKey, writeKey } from './backend';
import { decodeRaw, type Decoded } from './decode';
import { quarantineKey, storageKey, wrap } from './envelope';
import { requestPersistence } from './persistence';
import type { Envelope, SaveStatus, StorageNotice, StoredSpec } from './types';

export interface StoredState<T> {
  spec: StoredSpec<T>;
  key: string;
  $data: ReadableAtom<T>;
  $status: ReadableAtom<SaveStatus>;
  $notices: ReadableAtom<StorageNotice[]>;
  /** Reads storage and listens for other tabs, page hiding and back/forward restores. Client only; idempotent. */
  start(): void;
  update(change: (data: T) => T): void;
  /** Replaces everything (an example, an import) and saves at once. */
  replace(data: T): void;
  /** Writes pending changes now. */
  flush(): void;
  dismiss(noticeId: string): void;
  /** Deletes the saved value and starts empty (the "Your data" page). */
  clear(): boolean;
  /** The current state as an envelope, for export; works even when nothing can be saved. */
  envelope(): Envelope<T>;
}

export interface StoredOptions {
  /** Quiet time after the last change before writing. */
  saveDelayMs?: number;
  /** After a failed write, how long before trying again by itself. */
  retryMs?: number;
}

let noticeCount = 0;
const noticeId = () => `n${Date.now().toString(36)}${(noticeCount++).toString(36)}`;

export function stored<T>(spec: StoredSpec<T>, options: StoredOptions = {}): StoredState<T> {
  const { saveDelayMs = 500, retryMs = 3000 } = options;
  const key = storageKey(spec.id);
  const $data = atom<T>(spec.initial());
  const $status = atom<SaveStatus>({ state: 'loading' });
  const $notices = atom<StorageNotice[]>([]);

  let started = false;
  let blocked = false;
  let dirty = false;
  /** The raw text this tab last read or wrote, to tell other tabs' writes from our own. */
  let lastRaw: string | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const notify = (notice: StorageNotice) => $notices.set([...$notices.get(), notice]);

  /** Sets aside text that could not be used, so it is never lost; tells the person. */
  function quarantine(raw: string, reason: string) {
    const qKey = quarantineKey(spec.id, Date.now());
    const kept = writeKey(qKey, raw);
    notify({
      kind: 'quarantined',
      id: noticeId(),
      key: kept.ok ? qKey : '',
      raw,
      reason,
    });
  }

  function scheduleRetry() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(flush, retryMs);
  }

  function flush() {
    clearTimeout(saveTimer);
    if (!dirty || blocked) return;
    const envelope = wrap(spec.version, $data.get());
    const raw = JSON.stringify(envelope);
    const result = writeKey(key, raw);
    if (result.ok) {
      dirty = false;
      lastRaw = raw;
      clearTimeout(retryTimer);
      $status.set({ state: 'saved', at: envelope.savedAt });
      void requestPersistence();
    } else if (result.reason === 'blocked') {
      blocked = true;
      $status.set({ state: 'blocked' });
    } else {
      $status.set({ state: 'failed', reason: result.reason, message: result.message });
      scheduleRetry();
    }
  }

  function markDirty() {
    dirty = true;
    if (blocked) return;
    if ($status.get().state !== 'failed') $status.set({ state: 'saving' });
    clearTimeout(saveTimer);
    saveTimer = setTimeout(flush, saveDelayMs);
  }

  /** Takes a decoded value as the state without writing it back (no ping-pong between tabs). */
  function adopt(decoded: Decoded<T>, raw: string | null) {
    $data.set(decoded.data);
    lastRaw = raw;
    $status.set(decoded.savedAt ? { state: 'saved', at: decoded.savedAt } : { state: 'unsaved-empty' });
  }

  function load() {
    const read = readKey(key);
    if (!read.ok) {
      blocked = true;
      $status.set({ state: 'blocked' });
      return;
    }
    const decoded = decodeRaw(spec, read.value);
    adopt(decoded, read.value);
    if (decoded.problem && read.value !== null) {
      quarantine(read.value, decoded.problem);
      // Store what was salvaged (or the empty state) so the bad text is not read again on every visit.
      dirty = true;
      flush();
    } else if (decoded.migratedFrom !== undefined) {
      notify({ kind: 'migrated', id: noticeId(), from: decoded.migratedFrom, to: spec.version });
      dirty = true;
      flush();
    }
  }

  /** Another tab (or the "Your data" page) changed our key. */
  function onExternalChange(raw: string | null) {
    if (raw === lastRaw) return;
    if (dirty) {
      // This tab holds newer, unsaved typing: keep it, set the other version aside, and save ours.
      if (raw !== null) quarantine(raw, 'it was changed in another tab while you were typing here; your newer text here was kept');
      flush();
      return;
    }
    const decoded = decodeRaw(spec, raw);
    if (decoded.problem && raw !== null) {
      quarantine(raw, decoded.problem);
      lastRaw = raw;
      return;
    }
    adopt(decoded, raw);
    notify({ kind: 'other-tab', id: noticeId(), at: new Date().toISOString() });
  }

  function onStorage(event: StorageEvent) {
    if (event.key === key) onExternalChange(event.newValue);
    else if (event.key === null) {
      // Another tab cleared storage: read what is left for us.
      const read = readKey(key);
      if (read.ok) onExternalChange(read.value);
    }
  }

  function refreshAfterRestore(event: PageTransitionEvent) {
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
      window.addEventListener('pagehide', flush);
      window.addEventListener('pageshow', refreshAfterRestore);
      document.addEventListener('visibilitychange', onVisibility);
    },
    update(change) {
      $data.set(change($data.get()));
      markDirty();
    },
    replace(data) {
      $data.set(data);
      dirty = true;
      if (!blocked) flush();
    },
    flush,
    clear() {
      clearTimeout(saveTimer);
      clearTimeout(retryTimer);
      dirty = false;
      const removed = removeKey(key);
      lastRaw = null;
      $data.set(spec.initial());
      $status.set(blocked ? { state: 'blocked' } : { state: 'unsaved-empty' });
      return removed;
    },
    dismiss(id) {
      $notices.set($notices.get().filter((n) => n.id !== id));
    },
    envelope: () => wrap(spec.version, $data.get()),
  };
}

const made = new Map<string, StoredState<any>>();

/** The one store for a spec on this page: every view and page part that keeps the same data shares it. */
export function storeFor<T>(spec: StoredSpec<T>): StoredState<T> {
  let store = made.get(spec.id);
  if (!store) made.set(spec.id, (store = stored(spec)));
  return store as StoredState<T>;
}
