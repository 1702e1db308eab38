// Remembers which checklist items were ticked, per chapter, in this browser only (gmg:checklist:<chapter>):
// a list of the ticked items' values. Part of the prose pages' up-front script, so it stays this small; blocked
// storage or a stored value that is not a list of names leaves every box as the page drew it.
export function rememberChecklists(): void {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('.checklist input')];
  if (boxes.length === 0) return;
  const key = `gmg:checklist:${location.pathname.split('/')[2]}`;
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    if (Array.isArray(saved)) for (const box of boxes) box.checked = saved.includes(box.value);
  } catch {
    // Nothing readable is stored: the boxes stay empty.
  }
  document.addEventListener('change', (event) => {
    if (!boxes.includes(event.target as HTMLInputElement)) return;
    try {
      localStorage.setItem(key, JSON.stringify(boxes.filter((box) => box.checked).map((box) => box.value)));
    } catch {
      // Storage blocked or full: the ticks last as long as the page.
    }
  });
}
