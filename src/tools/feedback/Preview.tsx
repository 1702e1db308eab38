import { useId } from 'preact/hooks';
import { memo } from '../shared/memo';
import type { Note } from './model';
import { segments } from './note';
import type { Explained as Flag, FeedbackTexts } from './explain';
import type { HeadingTag } from '../shared/headings';

/** The text with each flag's words in a <mark>, numbered like the list of suggestions. Built from text nodes only; memoised. */
export const MarkedText = memo(function MarkedText({ text, flags }: { text: string; flags: Flag[] }) {
  let at = 0;
  return (
    <p class="fb-marked">
      {segments(text, flags).map((seg, i) => {
        at += seg.text.length;
        if (seg.flags.length === 0) return seg.text;
        const ending = seg.flags.filter((j) => flags[j]!.end === at).map((j) => j + 1);
        return (
          <mark key={i} data-rule={[...new Set(seg.flags.map((j) => flags[j]!.ruleId))].join(' ')} title={seg.flags.map((j) => flags[j]!.title).join('; ')}>
            {seg.text}
            {ending.length > 0 && (
              <span class="fb-tag">
                <span class="visually-hidden"> (suggestion </span>
                {ending.join(', ')}
                <span class="visually-hidden">)</span>
              </span>
            )}
          </mark>
        );
      })}
    </p>
  );
});

/**
 * The final wording: built from the parts until the person edits it, then theirs; a button switches between the
 * two without losing either. Below it, the same text with the language check's marks.
 */
export function Preview(props: {
  note: Note;
  ui: FeedbackTexts['ui'];
  text: string;
  /** The text the flags were found in: `text` itself, or for a long note, as it was when typing last paused. */
  checked: string;
  flags: Flag[];
  heading: HeadingTag;
  onEdit(text: string): void;
  onUseOwn(own: boolean): void;
}) {
  const { note, text, flags } = props;
  const id = useId();
  const H = props.heading;
  return (
    <>
      <div class="field no-print">
        <label for={id}>Final wording</label>
        <p class="hint" id={`${id}-hint`}>
          {note.edited ? props.ui.ownHint : props.ui.builtHint}
        </p>
        <textarea id={id} rows={6} value={text} aria-describedby={`${id}-hint`} onInput={(e) => props.onEdit(e.currentTarget.value)} />
      </div>
      {(note.edited || note.text) && (
        <p class="no-print">
          <button type="button" onClick={() => props.onUseOwn(!note.edited)}>
            {note.edited ? 'Use the wording built from the parts' : 'Go back to my own wording'}
          </button>
        </p>
      )}
      <H class="no-print fb-checked-heading">Checked wording</H>
      {props.checked.trim() ? (
        <MarkedText text={props.checked} flags={flags} />
      ) : (
        <p class="hint no-print">{props.ui.nothingToCheck}</p>
      )}
    </>
  );
}
