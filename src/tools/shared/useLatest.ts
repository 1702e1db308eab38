import { useMemo, useRef } from 'preact/hooks';

/**
 * Functions that keep one identity across renders and always call the latest ones given. Handed to memoised rows,
 * they let a row skip re-rendering while its own data is unchanged, though the parent makes new closures each time.
 */
export function useLatest<F extends Record<string, (...args: never[]) => unknown>>(handlers: F): F {
  const latest = useRef(handlers);
  latest.current = handlers;
  return useMemo(() => {
    const stable = {} as Record<string, (...args: unknown[]) => unknown>;
    for (const name of Object.keys(latest.current)) stable[name] = (...args) => (latest.current[name] as (...a: unknown[]) => unknown)(...args);
    return stable as unknown as F;
  }, []);
}
