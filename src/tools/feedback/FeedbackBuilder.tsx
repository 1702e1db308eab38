import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { scopedStore } from '../../lib/relationships/store';
import { useScoped } from '../shared/useScoped';
import { useAnnouncer } from '../shared/useAnnouncer';
import { useUndo } from '../shared/useUndo';
import { useSettled } from '../shared/useSettled';
import { ToolFrame } from '../shared/ToolFrame';
import { printTool } from '../shared/print';
import { heading } from '../shared/headings';
import { useGoalOptions } from '../linked/useGoalOptions';
import { pairSpec } from '../pair/store';
import type { FeedbackProps } from './index';
import { feedbackSpec } from './store';
import { exampleState } from './examples';
import { explain } from './explain';
import { newNote, noteText, noteTitle } from './note';
import { flagKey, lint, type Flag } from './lint';
import { noteEditing } from './editing';
import { NoteEditor } from './NoteEditor';
import { NoteWords } from './NoteWords';
import { LintPanel } from './LintPanel';
import { NoteHistory } from './NoteHistory';

/** Past this many characters, the language check waits for a pause in typing. */
const LONG_NOTE = 5_000;

/**
 * The feedback builder: a note's parts, the wording they make, the language check on that wording, and the saved
 * notes. Works anywhere on a page; `level` is the heading level of its sections (2 on its own page). `texts` and
 * `lexicon` are its content (texts.ts, lint/lexicon.ts), which the page carries as JSON.
 */
export function FeedbackBuilder({ texts, lexicon, level }: FeedbackProps) {
  const goals = useGoalOptions();
  const [state, store] = useScoped(feedbackSpec);
  const [pair, pairStore] = useScoped(pairSpec);
  const [H, H2] = [heading(level), heading(level, 1)];
  const historyId = useId();
  const fresh = () => newNote({ person: pair.mentee });
  const [blank, setBlank] = useState(fresh);
  const [printing, setPrinting] = useState(false);
  const noteHeading = useRef<HTMLHeadingElement>(null);
  const { announce, region } = useAnnouncer();
  const undo = useUndo(announce, { putBack: 'Restored.' }, historyId);
  const edit = noteEditing(store, () => blank, () => setBlank(fresh()));

  const saved = state.notes.find((n) => n.id === state.openId);
  const note = saved ?? blank;
  const text = noteText(note, texts.wording);
  // A long note is checked when typing pauses, so each keystroke stays quick however long the note grows.
  const checked = useSettled(text, (t) => t.length > LONG_NOTE);
  const all = useMemo(() => lint(checked, { mode: note.mode, fields: note.fields }, lexicon), [checked, note.mode, note.fields, lexicon]);
  const shown = useMemo(() => all.filter((f) => !note.dismissed.includes(flagKey(f))).map((f) => explain(f, texts)), [all, note.dismissed, texts]);

  useEffect(() => {
    if (!printing) return;
    setPrinting(false);
    printTool(noteHeading.current);
  }, [printing]);

  const focusNote = (said: string) => {
    announce(said);
    noteHeading.current?.focus();
  };
  const keep = (f: Flag) => edit.change((n) => ({ ...n, dismissed: [...n.dismissed, flagKey(f)] }));

  return (
    <ToolFrame class="fb" stores={[store, pairStore]}>
      <NoteEditor
        texts={texts}
        H={H}
        note={note}
        saved={saved}
        goals={goals}
        headingRef={noteHeading}
        onNew={() => (edit.switchTo(''), focusNote('New note started.'))}
        tryExample={(relationship) => scopedStore(feedbackSpec, relationship).replace(exampleState(texts.examples))}
        announce={announce}
        onChange={edit.change}
      />
      <NoteWords texts={texts} H={H} H2={H2} note={note} text={text} checked={checked} flags={shown} onChange={edit.change} />
      <LintPanel flags={shown} ui={texts.ui} dismissed={all.length - shown.length} heading={H} onKeep={keep} onRestore={() => edit.change((n) => ({ ...n, dismissed: [] }))} />
      <NoteHistory
        texts={texts}
        notes={state.notes}
        openId={state.openId}
        heading={H}
        headingId={historyId}
        undo={undo.element}
        onOpen={(id) => {
          const n = state.notes.find((x) => x.id === id);
          edit.switchTo(id);
          focusNote(`Opened ${n ? noteTitle(n) : 'the note'}.`);
        }}
        onPrint={(id) => {
          if (id !== state.openId) edit.switchTo(id);
          setPrinting(true);
        }}
        onDelete={(id) => {
          const u = edit.remove(id);
          if (u) undo.offer({ ...u, focusId: historyId });
        }}
      />
      {region}
    </ToolFrame>
  );
}
