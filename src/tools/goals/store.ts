import type { StoredSpec } from '../../lib/storage';
import { describeGoals, goalsMigrations, initialGoals, isGoalsEmpty, parseGoals, type GoalsState } from './model';

/** The goal worksheet, stored at gmg:goals. */
export const goalsSpec: StoredSpec<GoalsState> = {
  id: 'goals',
  label: 'Goal worksheet',
  version: 1,
  shape: { kind: 'worksheet', lists: { goals: { kind: 'goal', lists: { milestones: { kind: 'milestone' }, checkIns: { kind: 'check-in' } } } } },
  parse: parseGoals,
  migrations: goalsMigrations,
  initial: initialGoals,
  describe: describeGoals,
  isEmpty: isGoalsEmpty,
};
