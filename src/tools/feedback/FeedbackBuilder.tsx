import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useStored } from '../shared/useStored';
import { SaveStatus } from '../shared/SaveStatus';
import { StorageNotices } from '../shared/StorageNotices';
import { PrintButton } from '../shared/PrintButton';
import { downloadExport } from '../shared/download';
import { pairStore } from '../pair/store';
import { feedbackStore } from './store';
import { exampleCopy } from './examples';
import { explain, type FeedbackTexts } from './explain';
import { isNoteEmpty, type Note } from './model';
import { directionNames, modeNames, newNote, noteText, noteTitle } from './note';
import { flagKey, lint, type Flag, type Lexicon } from './lint';
import { ModeFields } from './ModeFields';
import { useAtom } from '../shared/useAtom';
import { printTool } from '../shared/print';
import { heading, type Level } from '../shared/headings';
import { $goalOptions, watchGoalOptions } from '../goals/goal-options';
import { Preview } from './Preview';
import { LintPanel } from './LintPanel';
import { CopyButton, NoteHistory, shortDate } from './NoteHistory';


/**
 * The feedback builder: a note's parts, the wording they make, the language check on that wording, and the saved
 * notes. Works anywhere on a page; `level` is the heading level of its sections (2 on its own page). `texts` and
 * `lexicon` are its content (texts.ts, lint/lexicon.ts), which FeedbackIsland.astro puts in the page.
 */
export function FeedbackBuilder({ texts, lexicon, level = 2 }: { texts: FeedbackTexts; lexicon: Lexicon; level?: Level }) {
  // Goals from the goal worksheet, when it has any: a note can then be tagged with one.
  const goals = useAtom($goalOptions);
  useEffect(watchGoalOptions, []);
  const state = useStored(feedbackStore);
  const pair = useStored(pairStore);
  const [H, H2] = [heading(level), heading(level, 1)];
  const ids = { note: useId(), words: useId() };
  const fresh = () => newNote({ person: pair.mentee });
  const [blank, setBlank] = useState(fresh);
  const [undo, setUndo] = useState<{ note: Note; index: number; wasOpen: boolean } | null>(null);
  const [message, setMessage] = useState('');
  const [printing, setPrinting] = useState(false);
  const noteHeading = useRef<HTMLHeadingElement>(null);
  const historyHeading = useRef<HTMLHeadingElement>(null);

  const saved = state.notes.find((n) => n.id === state.openId);
  const note = saved ?? blank;
  const text = noteText(note, texts.wording);
  const all = lint(text, { mode: note.mode, fields: note.fields }, lexicon);
  const shown = all.filter((f) => !note.dismissed.includes(flagKey(f))).map((f) => explain(f, texts));

  useEffect(() => {
    if (!printing) return;
    setPrinting(false);
    printTool(noteHeading.current);
  }, [printing]);

  /** Changes the open note; the first change to a new note saves it. */
  const change = (fn: (n: Note) => Note) =>
    feedbackStore.update((d) => {
      const updatedAt = new Date().toISOString();
      if (d.notes.some((n) => n.id === d.openId)) {
        return { ...d, notes: d.notes.map((n) => (n.id === d.openId ? { ...fn(n), updatedAt } : n)) };
      }
      const created = { ...fn(blank), createdAt: updatedAt, updatedAt };
      return { notes: [created, ...d.notes], openId: created.id };
    });

  /** Opens another note (or a new one, id ''), dropping the one left behind if nothing was typed in it. */
  const switchTo = (id: string, add?: Note) => {
    feedbackStore.update((d) => ({
      notes: [...(add ? [add] : []), ...d.notes.filter((n) => n.id !== d.openId || n.id === id || !isNoteEmpty(n))],
      openId: id,
    }));
    setBlank(fresh());
  };

  const focusNote = (said: string) => {
    setMessage(said);
    noteHeading.current?.focus();
  };

  const open = (id: string) => {
    const n = state.notes.find((x) => x.id === id);
    switchTo(id);
    focusNote(`Opened ${n ? noteTitle(n) : 'the note'}.`);
  };

  const remove = (id: string) => {
    const index = state.notes.findIndex((n) => n.id === id);
    const gone = state.notes[index];
    if (!gone) return;
    feedbackStore.update((d) => ({ notes: d.notes.filter((n) => n.id !== id), openId: d.openId === id ? '' : d.openId }));
    if (state.openId === id) setBlank(fresh());
    setUndo({ note: gone, index, wasOpen: state.openId === id });
    setMessage('');
    historyHeading.current?.focus();
  };

  const restore = () => {
    if (!undo) return;
    feedbackStore.update((d) => {
      const notes = d.notes.filter((n) => n.id !== undo.note.id);
      notes.splice(Math.min(undo.index, notes.length), 0, undo.note);
      return { notes, openId: undo.wasOpen && !d.notes.some((n) => n.id === d.openId) ? undo.note.id : d.openId };
    });
    setUndo(null);
    setMessage(`Restored: ${noteTitle(undo.note)}.`);
    historyHeading.current?.focus();
  };

  const download = () => downloadExport('feedback', [feedbackStore, pairStore]);

  const keep = (f: Flag) => change((n) => ({ ...n, dismissed: [...n.dismissed, flagKey(f)] }));

  return (
    <div class="tool fb">
      <div class="no-print">
        <SaveStatus stores={[feedbackStore, pairStore]} />
        <StorageNotices stores={[feedbackStore, pairStore]} />
      </div>

      <section class="no-print" aria-labelledby={ids.note}>
        <H id={ids.note} ref={noteHeading} tabIndex={-1}>
          {saved ? `Your note: ${noteTitle(saved)}` : 'Your note'}
        </H>
        <p class="hint">
          {saved ? `Started ${shortDate(saved.createdAt)}. ${texts.ui.savedNote}` : texts.ui.newNote}
        </p>
        <div class="button-row fb-note-actions">
          <button
            type="button"
            disabled={!saved}
            onClick={() => {
              switchTo('');
              focusNote('New note started.');
            }}
          >
            New note
          </button>
          <button
            type="button"
            onClick={() => {
              const ex = exampleCopy(texts.examples, note.mode, new Date());
              switchTo(ex.id, ex);
              focusNote(`Example added and opened: ${noteTitle(ex)}.`);
            }}
          >
            Add an example
          </button>
        </div>
        <ModeFields note={note} goals={goals} texts={texts} onChange={change} />
      </section>

      <section aria-labelledby={ids.words}>
        <H id={ids.words} class="no-print">
          Your words
        </H>
        <div class="print-only fb-print-head">
          <H>{noteTitle(note)}</H>
          <p>
            {modeNames[note.mode]} · {directionNames[note.direction]} · {shortDate(note.updatedAt)}
            {note.goalTitle && ` · Goal: ${note.goalTitle}`}
          </p>
        </div>
        <Preview
          note={note}
          ui={texts.ui}
          text={text}
          flags={shown}
          heading={H2}
          onEdit={(value) => change((n) => ({ ...n, edited: true, text: value }))}
          onUseOwn={(edited) => change((n) => ({ ...n, edited }))}
        />
        <div class="button-row no-print">
          <CopyButton text={text} help={texts.ui.copyByHand}>
            Copy the wording
          </CopyButton>
          <PrintButton label="Print this note or save it as a PDF" />
        </div>
      </section>

      <LintPanel
        flags={shown}
        ui={texts.ui}
        dismissed={all.length - shown.length}
        heading={H}
        onKeep={keep}
        onRestore={() => change((n) => ({ ...n, dismissed: [] }))}
      />

      <NoteHistory
        texts={texts}
        notes={state.notes}
        openId={state.openId}
        heading={H}
        undo={undo}
        message={message}
        headingRef={historyHeading}
        onOpen={open}
        onPrint={(id) => {
          if (id !== state.openId) switchTo(id);
          setPrinting(true);
        }}
        onDelete={remove}
        onUndo={restore}
        onDismissUndo={() => setUndo(null)}
        onDownload={download}
      />
    </div>
  );
}
