import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { UndoNotice } from '../shared/UndoNotice';
import type { Note } from './model';
import { directionNames, noteText, noteTitle } from './note';
import type { FeedbackTexts } from './explain';
import type { HeadingTag } from '../shared/headings';

export const shortDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** Copies text to the clipboard; where the browser refuses, shows it selected with how to copy it by hand. */
export function CopyButton({ text, children, label, help }: { text: string; children: ComponentChildren; label?: string; help: string }) {
  const [state, setState] = useState<'' | 'copied' | 'manual'>('');
  const box = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => {
    if (state === 'manual') {
      box.current?.focus();
      box.current?.select();
    }
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return (
    <>
      <button type="button" onClick={copy} disabled={!text.trim()} aria-label={label}>
        {children}
      </button>
      <span role="status" class="fb-copied">
        {state === 'copied' ? 'Copied.' : ''}
      </span>
      {state === 'manual' && (
        <div class="fb-copy-manual">
          <label for={id}>{help}</label>
          <textarea id={id} ref={box} readOnly rows={4} value={text} />
          <button type="button" onClick={() => setState('')}>
            Done
          </button>
        </div>
      )}
    </>
  );
}

/** One line of a note's wording, for the list. */
const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 140).replace(/\s+\S*$/, '')}…` : text);

/** Every saved note, newest first: open, copy, print or delete (with undo). */
export function NoteHistory(props: {
  texts: FeedbackTexts;
  notes: Note[];
  openId: string;
  heading: HeadingTag;
  undo: { note: Note } | null;
  message: string;
  headingRef: { current: HTMLHeadingElement | null };
  onOpen(id: string): void;
  onPrint(id: string): void;
  onDelete(id: string): void;
  onUndo(): void;
  onDismissUndo(): void;
  onDownload(): void;
}) {
  const id = useId();
  const H = props.heading;
  const { ui, wording } = props.texts;
  const notes = [...props.notes].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <section class="fb-history no-print" aria-labelledby={id}>
      <H id={id} tabIndex={-1} ref={props.headingRef}>
        Saved notes
      </H>
      <p class="visually-hidden" role="status">
        {props.message}
      </p>
      {props.undo && (
        <UndoNotice message={`Deleted: ${noteTitle(props.undo.note)}.`} onUndo={props.onUndo} onDismiss={props.onDismissUndo} />
      )}
      {notes.length === 0 ? (
        <p class="hint">{ui.noNotes}</p>
      ) : (
        <ul class="fb-notes">
          {notes.map((n) => {
            const title = noteTitle(n);
            const text = noteText(n, wording);
            const open = n.id === props.openId;
            const about = ` ${title}, ${shortDate(n.updatedAt)}`;
            return (
              <li key={n.id} class={open ? 'fb-note-open' : undefined}>
                <p>
                  <strong>{title}</strong>
                  {open && <span class="fb-open-tag"> (open above)</span>}
                </p>
                <p class="hint">
                  {shortDate(n.updatedAt)} · {directionNames[n.direction]}
                  {n.goalTitle && ` · Goal: ${n.goalTitle}`}
                </p>
                <p class="fb-excerpt">{excerpt(text) || ui.nothingWritten}</p>
                <div class="button-row">
                  {!open && (
                    <button type="button" onClick={() => props.onOpen(n.id)} aria-label={`Open${about}`}>
                      Open
                    </button>
                  )}
                  <CopyButton text={text} label={`Copy${about}`} help={ui.copyByHand}>
                    Copy
                  </CopyButton>
                  <button type="button" onClick={() => props.onPrint(n.id)} aria-label={`Print${about}`}>
                    Print
                  </button>
                  <button type="button" class="button-danger" onClick={() => props.onDelete(n.id)} aria-label={`Delete${about}`}>
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <button type="button" onClick={props.onDownload}>
          Download all notes (JSON)
        </button>
      </p>
    </section>
  );
}
