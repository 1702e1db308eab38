import { useCallback, useId, useState } from 'preact/hooks';
import { focusLater } from './focus';
import { UndoNotice } from './UndoNotice';

export interface Undoable {
  /** What was removed, in a sentence. */
  message: string;
  /** Puts it back. */
  restore(): void;
  /** The element to focus once it is back. */
  focusId?: string;
  /** What to announce once it is back, naming it; else the tool's own `putBack` words. */
  putBack?: string;
}

/**
 * One removal that can be undone: the notice saying what went, focus moved to it, and focus moved to what comes
 * back. `announce` speaks the outcome; `words` are the tool's own ("Put back.").
 */
export function useUndo(announce: (text: string) => void, words: { putBack: string; undo?: string; dismiss?: string }, afterDismiss?: string) {
  const [pending, setPending] = useState<Undoable | null>(null);
  const id = useId();
  /** `focusNotice: false` leaves focus where the action put it (the next clause, say). */
  const offer = useCallback((undo: Undoable, focusNotice = true) => {
    setPending(undo);
    announce(undo.message);
    if (focusNotice) focusLater(id);
  }, [announce, id]);
  const run = () => {
    if (!pending) return;
    pending.restore();
    setPending(null);
    announce(pending.putBack ?? words.putBack);
    if (pending.focusId) focusLater(pending.focusId);
  };
  const element = (
    <div id={id} tabIndex={-1} class="undo-slot">
      {pending && (
        <UndoNotice
          message={pending.message}
          undo={words.undo}
          dismiss={words.dismiss}
          onUndo={run}
          onDismiss={() => {
            setPending(null);
            if (afterDismiss) focusLater(afterDismiss);
          }}
        />
      )}
    </div>
  );
  return { offer, clear: () => setPending(null), element };
}
