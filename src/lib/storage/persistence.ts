// Asks the browser once to keep this site's storage when space runs low, and reports what it said.
import { atom } from 'nanostores';

export type Persistence = 'unknown' | 'persistent' | 'best-effort' | 'unsupported';

export const $persistence = atom<Persistence>('unknown');
let asked = false;

/** Reads the current state without asking (for the "Your data" page). */
export async function checkPersistence(): Promise<Persistence> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persisted) {
    $persistence.set('unsupported');
    return 'unsupported';
  }
  const result: Persistence = (await storage.persisted().catch(() => false)) ? 'persistent' : 'best-effort';
  $persistence.set(result);
  return result;
}

/** Called after the first successful save; asks at most once per page, unless the person asks again (`again`). */
export async function requestPersistence(again = false): Promise<void> {
  if (asked && !again) return;
  asked = true;
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) {
    $persistence.set('unsupported');
    return;
  }
  const granted = (await storage.persisted().catch(() => false)) || (await storage.persist().catch(() => false));
  $persistence.set(granted ? 'persistent' : 'best-effort');
}
