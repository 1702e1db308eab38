import type { ComponentChildren } from 'preact';
import { $activeId, scopedStore } from '../../lib/relationships/store';
import { relationshipShare, shareText } from '../../lib/share/payload';
import { fileName } from '../../lib/file-names';
import { CopyButton } from '../shared/CopyButton';
import { useDownloads } from '../shared/useDownloads';
import { pairSpec } from '../pair/store';
import type { Note } from './model';
import { directionNames, noteText, noteTitle } from './note';
import type { FeedbackTexts } from './explain';
import type { HeadingTag } from '../shared/headings';

export const shortDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** One line of a note's wording, for the list. */
const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 140).replace(/\s+\S*$/, '')}…` : text);

/** Every saved note, newest first: open, copy, print or delete (with undo). */
export function NoteHistory(props: {
  texts: FeedbackTexts;
  notes: Note[];
  openId: string;
  heading: HeadingTag;
  headingId: string;
  /** Where the undo notice for a deleted note appears. */
  undo: ComponentChildren;
  onOpen(id: string): void;
  onPrint(id: string): void;
  onDelete(id: string): void;
}) {
  const id = props.headingId;
  const H = props.heading;
  const files = useDownloads();
  const download = () => {
    const pair = scopedStore(pairSpec).$data.get();
    return { name: fileName(['feedback'], 'json'), text: shareText(relationshipShare($activeId.get(), pair, '', ['feedback']), true) };
  };
  const { ui, wording } = props.texts;
  const notes = [...props.notes].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <section class="fb-history no-print" aria-labelledby={id}>
      <H id={id} tabIndex={-1}>
        {ui.savedNotes}
      </H>
      {props.undo}
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
        <button type="button" onClick={() => files.download(download)}>
          {ui.downloadAll}
        </button>
      </p>
      {files.note}
    </section>
  );
}
