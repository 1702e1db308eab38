// Asks before the page closes while typed text could not be saved. The listener is added only then: a page with
// a beforeunload listener loses the back/forward cache, which every other page keeps.
const unsaved = new Set<string>();

function onBeforeUnload(event: BeforeUnloadEvent) {
  event.preventDefault();
  // Older browsers show the dialog only when returnValue is set.
  event.returnValue = '';
}

/** Marks one store's text as unsavable (true) or safe again (false). */
export function guardUnsaved(key: string, unsafe: boolean): void {
  const before = unsaved.size;
  if (unsafe) unsaved.add(key);
  else unsaved.delete(key);
  if (before === 0 && unsaved.size > 0) window.addEventListener('beforeunload', onBeforeUnload);
  if (before > 0 && unsaved.size === 0) window.removeEventListener('beforeunload', onBeforeUnload);
}
