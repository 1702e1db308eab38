import type { Ref } from 'preact';
import type { GoalOption } from '../linked/goal-options';
import type { HeadingTag } from '../shared/headings';
import { TryExample } from '../shared/TryExample';
import type { FeedbackTexts } from './explain';
import type { Note } from './model';
import { noteTitle } from './note';
import { ModeFields } from './ModeFields';
import { shortDate } from './NoteHistory';

/** The open note: its title, new note and example buttons, and its parts. */
export function NoteEditor(props: {
  texts: FeedbackTexts;
  H: HeadingTag;
  note: Note;
  saved: Note | undefined;
  goals: GoalOption[];
  headingRef: Ref<HTMLHeadingElement>;
  onNew(): void;
  tryExample(relationship: string): void;
  announce(text: string): void;
  onChange(fn: (n: Note) => Note): void;
}) {
  const { texts, H, saved } = props;
  const { ui } = texts;
  return (
    <section class="no-print" aria-labelledby="fb-note-heading">
      <H id="fb-note-heading" ref={props.headingRef} tabIndex={-1}>
        {saved ? `${ui.yourNote}: ${noteTitle(saved)}` : ui.yourNote}
      </H>
      <p class="hint">{saved ? `Started ${shortDate(saved.createdAt)}. ${ui.savedNote}` : ui.newNote}</p>
      <div class="button-row fb-note-actions">
        <button type="button" disabled={!saved} onClick={props.onNew}>{ui.newNoteButton}</button>
        <TryExample label={ui.tryExample} fill={props.tryExample} announce={props.announce} said={ui.exampleOpened} focusId="fb-note-heading" />
      </div>
      <ModeFields note={props.note} goals={props.goals} texts={texts} onChange={props.onChange} />
    </section>
  );
}
