import { useEffect, useState } from 'preact/hooks';

/**
 * `value` as it was when typing last paused for `delayMs`, once `isLarge(value)`; small values pass straight through.
 * Work that grows with the text (a language check, marks over 20,000 characters) then runs once per pause, not on
 * every keystroke.
 */
export function useSettled<T>(value: T, isLarge: (value: T) => boolean, delayMs = 300): T {
  const large = isLarge(value);
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (!large) return setSettled(value);
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, large, delayMs]);
  return large ? settled : value;
}
