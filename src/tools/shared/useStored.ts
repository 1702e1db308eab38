import { useAtom } from './useAtom';
import type { StoredState } from '../../lib/storage';

/** Starts the store on first use (islands are client-only, so this never runs on the server) and subscribes. */
export function useStored<T>(store: StoredState<T>): T {
  store.start();
  return useAtom(store.$data);
}
