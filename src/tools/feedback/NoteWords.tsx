import { heading, PRINT_LEVEL, type HeadingTag } from '../shared/headings';
import { CopyButton } from '../shared/CopyButton';
import { PrintButton } from '../shared/PrintButton';
import type { Explained, FeedbackTexts } from './explain';
import type { Note } from './model';
import { directionNames, modeNames, noteTitle } from './note';
import { shortDate } from './NoteHistory';
import { Preview } from './Preview';

/** The wording the parts make (or the person's own), with copy and print, and a heading that only prints. */
export function NoteWords(props: { texts: FeedbackTexts; H: HeadingTag; H2: HeadingTag; note: Note; text: string; checked: string; flags: Explained[]; onChange(fn: (n: Note) => Note): void }) {
  const { texts, H, note } = props;
  const PrintTitle = heading(PRINT_LEVEL);
  return (
    <section aria-labelledby="fb-words-heading">
      <H id="fb-words-heading" class="no-print">{texts.ui.yourWords}</H>
      <div class="print-only fb-print-head">
        <PrintTitle>{noteTitle(note)}</PrintTitle>
        <p>
          {modeNames[note.mode]} · {directionNames[note.direction]} · {shortDate(note.updatedAt)}
          {note.goalTitle && ` · Goal: ${note.goalTitle}`}
        </p>
      </div>
      <Preview
        note={note}
        ui={texts.ui}
        text={props.text}
        checked={props.checked}
        flags={props.flags}
        heading={props.H2}
        onEdit={(value) => props.onChange((n) => ({ ...n, edited: true, text: value }))}
        onUseOwn={(edited) => props.onChange((n) => ({ ...n, edited }))}
      />
      <div class="button-row no-print">
        <CopyButton text={props.text} help={texts.ui.copyByHand}>{texts.ui.copyWording}</CopyButton>
        <PrintButton label={texts.ui.printNote} />
      </div>
    </section>
  );
}
