// Just enough of a browser for the storage layer in unit tests: localStorage, window and document events.

export class MemoryStorage implements Storage {
  /** What is stored; read directly by property access (storage[key]), as a browser does, not through getItem. */
  readonly map = new Map<string, string>();
  /** When set, setItem throws this error (quota, blocked). */
  failWith: Error | null = null;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.has(key) ? this.map.get(key)! : null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWith) throw this.failWith;
    this.map.set(key, String(value));
  }
}

export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** Installs a fresh fake browser on globalThis; returns the storage and a way to fire events. */
export function installFakeBrowser(options: { blocked?: boolean } = {}) {
  const memory = new MemoryStorage();
  // Like the real localStorage, stored values can also be read as properties (storage[key]).
  const storage = new Proxy(memory, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && !(prop in target) && target.map.has(prop)) return target.map.get(prop);
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    get() {
      if (options.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
      return storage;
    },
  });
  Object.defineProperty(globalThis, 'window', { configurable: true, value: win });
  Object.defineProperty(globalThis, 'document', { configurable: true, value: doc });
  return {
    storage,
    /** What another tab's write looks like to this tab. */
    otherTabWrites(key: string, value: string | null) {
      if (value === null) storage.removeItem(key);
      else storage.setItem(key, value);
      const event = Object.assign(new Event('storage'), { key, newValue: value });
      win.dispatchEvent(event);
    },
    hide() {
      doc.visibilityState = 'hidden';
      doc.dispatchEvent(new Event('visibilitychange'));
    },
    pagehide() {
      win.dispatchEvent(new Event('pagehide'));
    },
    restoreFromBfcache() {
      win.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    },
  };
}
