import { useStore } from '@nanostores/preact';
import type { StoredState } from '../../lib/storage';

/** Starts the store on first use (islands are client-only, so this never runs on the server) and subscribes. */
export function useStored<T>(store: StoredState<T>): T {
  store.start();
  return useStore(store.$data);
}
