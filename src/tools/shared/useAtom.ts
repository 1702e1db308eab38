import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/**
 * The current value of a nanostores atom, re-rendering when it changes: the part of @nanostores/preact's
 * useStore the tools use, without its key filtering, SSR options and timer (about 0.3 KB gzip on every tool page).
 */
export function useAtom<T>(atom: ReadableAtom<T>): T {
  const value = atom.get();
  const [, rerender] = useState(0);
  useEffect(() => {
    const stop = atom.listen(() => rerender((n) => n + 1));
    // A change between this render and the listener would otherwise be missed.
    if (atom.get() !== value) rerender((n) => n + 1);
    return stop;
  }, [atom]);
  return value;
}
