// The only module that touches localStorage. Every access is inside a function and inside try/catch:
// storage can be missing, blocked by settings (access throws), or full.

export type WriteResult = { ok: true } | { ok: false; reason: 'quota' | 'blocked' | 'error'; message: string };

/** The browser's localStorage, or null when there is none or access is refused. */
export function getStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    // Some browsers expose storage but throw on first use (private modes, blocked cookies).
    storage.getItem('gmg:probe');
    return storage;
  } catch {
    return null;
  }
}

export function readKey(key: string): { ok: true; value: string | null } | { ok: false } {
  const storage = getStorage();
  if (!storage) return { ok: false };
  try {
    return { ok: true, value: storage.getItem(key) };
  } catch {
    return { ok: false };
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

export function writeKey(key: string, value: string): WriteResult {
  const storage = getStorage();
  if (!storage) return { ok: false, reason: 'blocked', message: 'this browser is not letting the site store data' };
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, reason: 'quota', message: 'the storage for this site is full' };
    return { ok: false, reason: 'error', message: (error as Error).message || 'the browser refused to save' };
  }
}

export function removeKey(key: string): boolean {
  const storage = getStorage();
  if (!storage) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** All keys that start with a prefix. */
export function keysWithPrefix(prefix: string): string[] {
  const storage = getStorage();
  if (!storage) return [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys.sort();
  } catch {
    return [];
  }
}
