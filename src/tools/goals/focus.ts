// Moving focus to something that the change just made will render. Preact renders store changes in a
// microtask, so a zero timeout runs after the new elements exist.

/** Focuses the element with this id, or the first match of `selector` inside it, once the page has updated. */
export function focusById(id: string, selector?: string, fallback?: string): void {
  setTimeout(() => {
    const el = document.getElementById(id);
    const target = selector ? el?.querySelector<HTMLElement>(`${selector}:not(:disabled)`) ?? (fallback ? el?.querySelector<HTMLElement>(fallback) : null) : el;
    target?.focus();
  }, 0);
}
