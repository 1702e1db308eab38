// How the builder edits notes: the open one (a new note is saved by its first keystroke), switching between them,
// and deleting with undo. The notes themselves are the model's; this keeps the open one and the message in step.
import type { StoredState } from '../../lib/storage';
import type { Undoable } from '../shared/useUndo';
import { isNoteEmpty, type FeedbackState, type Note } from './model';
import { noteTitle } from './note';

export function noteEditing(store: StoredState<FeedbackState>, blank: () => Note, renew: () => void) {
  /** Changes the open note; the first change to a new note saves it. */
  const change = (fn: (n: Note) => Note) =>
    store.update((d) => {
      const updatedAt = new Date().toISOString();
      if (d.notes.some((n) => n.id === d.openId)) {
        return { ...d, notes: d.notes.map((n) => (n.id === d.openId ? { ...fn(n), updatedAt } : n)) };
      }
      const created = { ...fn(blank()), createdAt: updatedAt, updatedAt };
      return { notes: [created, ...d.notes], openId: created.id };
    });

  /** Opens another note (or a new one, id ''), dropping the one left behind if nothing was typed in it. */
  const switchTo = (id: string) => {
    store.update((d) => ({ notes: d.notes.filter((n) => n.id !== d.openId || n.id === id || !isNoteEmpty(n)), openId: id }));
    renew();
  };

  /** Deletes a note; the undo puts it back where it was, open again if it was open. */
  const remove = (id: string): Undoable | null => {
    const state = store.$data.get();
    const index = state.notes.findIndex((n) => n.id === id);
    const gone = state.notes[index];
    if (!gone) return null;
    const wasOpen = state.openId === id;
    store.update((d) => ({ notes: d.notes.filter((n) => n.id !== id), openId: d.openId === id ? '' : d.openId }));
    if (wasOpen) renew();
    return {
      message: `Deleted: ${noteTitle(gone)}.`,
      putBack: `Restored: ${noteTitle(gone)}.`,
      restore: () =>
        store.update((d) => {
          const notes = d.notes.filter((n) => n.id !== gone.id);
          notes.splice(Math.min(index, notes.length), 0, gone);
          return { notes, openId: wasOpen && !d.notes.some((n) => n.id === d.openId) ? gone.id : d.openId };
        }),
    };
  };
  return { change, switchTo, remove };
}
