import { manyGoals } from './model';

/**
 * A gentle word under the goals from four active goals on. A status region that is always there, so the word is
 * announced when the fourth goal is added, not only seen.
 */
export const ManyGoalsNote = ({ count, text }: { count: number; text: string }) => (
  <p class="goals-many" role="status">
    {manyGoals(count, text)}
  </p>
);
