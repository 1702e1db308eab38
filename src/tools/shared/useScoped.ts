import { $activeId, scopedStore } from '../../lib/relationships/store';
import type { StoredSpec, StoredState } from '../../lib/storage';
import { useAtom } from './useAtom';

/** The active relationship's data for a spec, and its store; both change when the person switches relationship. */
export function useScoped<T>(spec: StoredSpec<T>): [T, StoredState<T>] {
  const store = scopedStore(spec, useAtom($activeId));
  return [useAtom(store.$data), store];
}
