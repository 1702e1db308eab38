// The labelled fields a goal's parts are made of, each bound to one of the goal's fields.
import { DateField, TextArea } from '../shared/fields';
import type { Goal } from './model';
import type { GoalField, GoalsTexts } from './texts';

export interface GoalPartProps {
  t: GoalsTexts;
  goal: Goal;
  set(patch: Partial<Goal>): void;
}

type TextKey = 'title' | 'why' | 'measure' | 'reality' | 'options' | 'raise' | 'obstacle' | 'ifThen' | 'support';
type DateKey = 'targetDate' | 'firstStepDate' | 'nextReview';

/** A field's label and hint, by field. */
export const words = (t: GoalsTexts, key: GoalField) => ({ label: t.labels[key], hint: t.hints[key] });

export const GoalArea = ({ t, goal, set, field, error }: GoalPartProps & { field: TextKey; error?: string | undefined }) => (
  <TextArea {...words(t, field)} error={error} value={goal[field]} onInput={(v) => set({ [field]: v })} rows={2} />
);

export const GoalDate = ({ t, goal, set, field }: GoalPartProps & { field: DateKey }) => (
  <DateField {...words(t, field)} value={goal[field]} onInput={(v) => set({ [field]: v })} class="field--date" />
);
