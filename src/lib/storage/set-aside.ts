// Keeping text that could not be used: set aside under a key of its own, and checked, before anything is
// written over the original. "Set aside" is only said when it is true.
import { getStorage, readKey, writeKey } from './backend';
import { quarantineKey } from './envelope';

/** Copies `raw` to a new quarantine key and reads it back; the key, or null when the copy is not there. */
export function setAside(baseKey: string, raw: string, now = Date.now()): string | null {
  const key = quarantineKey(baseKey, now);
  if (!writeKey(key, raw).ok) return null;
  const back = readKey(key);
  return back.ok && back.value === raw ? key : null;
}

/**
 * Whether a stored value reads the same twice and through the storage object's own property: a value that came
 * back differently (a fault in the browser, an extension) must not be written over, as the real one may be intact.
 */
export function readsConsistently(key: string, raw: string): boolean {
  const again = readKey(key);
  if (!again.ok || again.value !== raw) return false;
  try {
    const storage = getStorage() as (Storage & Record<string, unknown>) | null;
    const direct = storage ? storage[key] : undefined;
    return direct === undefined || direct === raw;
  } catch {
    return false;
  }
}
