// Small pieces shared by the goal worksheet's components.
import type { ButtonHTMLAttributes } from 'preact';
import { fill } from './model';
import type { ButtonTexts, GoalsTexts } from './texts';

/** A button that shows its text, and whose accessible name also says what it acts on: {name} or {what} in `values`. */
export const Named = ({ words: [text, label], values, ...rest }: { words: ButtonTexts; values: object } & ButtonHTMLAttributes) => (
  <button type="button" aria-label={fill(label, values)} {...rest}>
    {text}
  </button>
);

/** "Due for review" in words, with a flag that screen readers skip. */
export const DueTag = ({ t }: { t: GoalsTexts }) => (
  <span class="tag tag--warn">
    {' · '}
    <span aria-hidden="true">⚑ </span>
    {t.due}
  </span>
);
