import { useMemo } from 'preact/hooks';
import { goalsSpec } from '../goals/store';
import { useScoped } from '../shared/useScoped';
import { goalOptionsFrom, type GoalOption } from './goal-options';

/** The active relationship's goals, kept up to date as the worksheet changes here or in another tab. */
export function useGoalOptions(): GoalOption[] {
  const [goals] = useScoped(goalsSpec);
  return useMemo(() => goalOptionsFrom(goals), [goals]);
}
