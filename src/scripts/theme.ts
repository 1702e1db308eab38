/**
 * The saved theme choice. "system" means no override is stored and the system setting applies.
 * A site preference, not a worksheet: it reads localStorage itself because prose pages may load only about 1 KB
 * of JavaScript, and the storage layer travels in the worksheets' shared chunk (11 KB).
 */
export type Theme = 'system' | 'light' | 'dark';
const KEY = 'gmg:theme';

/** Reads the saved override; blocked storage or an unknown value means "system". */
export function readTheme(): Theme {
  try {
    const saved = localStorage.getItem(KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

export function saveTheme(theme: Theme): void {
  try {
    if (theme === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Storage blocked: the choice still applies to this page.
  }
}

/** The switch cycles system, dark, light. */
export function nextTheme(theme: Theme): Theme {
  return theme === 'system' ? 'dark' : theme === 'dark' ? 'light' : 'system';
}
