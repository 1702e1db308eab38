// Moving focus to something that a change just made will render. Preact renders store changes in a microtask, so
// a zero timeout runs after the new elements exist. Ids come from data (storage, imports, shares), so they are
// escaped before going into a selector.

/** Focuses the element with this id, or the first enabled match of `selector` inside it (else `fallback`). */
export function focusLater(id: string, selector?: string, fallback?: string): void {
  setTimeout(() => {
    const el = document.getElementById(id);
    if (!el || !selector) return el?.focus();
    const target = el.querySelector<HTMLElement>(`${selector}:not(:disabled)`) ?? (fallback ? el.querySelector<HTMLElement>(fallback) : null);
    target?.focus();
  }, 0);
}

/** An attribute selector for a value from data: [data-clause="…"] with the value escaped. */
export const byData = (name: string, value: string): string => `[data-${name}="${CSS.escape(value)}"]`;
