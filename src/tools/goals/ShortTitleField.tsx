import { TextField } from '../shared/fields';
import { offersShortTitle, type Goal } from './model';
import type { GoalsTexts } from './texts';

/** A short title for a long goal, offered under the goal once it is longer than a heading should be. */
export function ShortTitleField({ t, goal, onInput }: { t: GoalsTexts; goal: Goal; onInput(short: string): void }) {
  if (!offersShortTitle(goal)) return null;
  return <TextField label={t.labels.short} hint={t.hints.short} value={goal.short ?? ''} onInput={onInput} />;
}
