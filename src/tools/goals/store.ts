import { computed, onMount } from 'nanostores';
import { stored } from '../../lib/storage';
import { describeGoals, goalsMigrations, initialGoals, isGoalsEmpty, parseGoals, type GoalsState } from './model';

/** The goal worksheet, stored at gmg:goals. */
export const goalsStore = stored<GoalsState>({
  id: 'goals',
  label: 'Goal worksheet',
  version: 1,
  parse: parseGoals,
  migrations: goalsMigrations,
  initial: initialGoals,
  describe: describeGoals,
  isEmpty: isGoalsEmpty,
});

/**
 * Goals that are not archived and have a title, as ids and titles, for other tools: the agreement (purpose and
 * goals) and the feedback builder (tag a note with a goal). Subscribing starts the goal store (reads storage), so a
 * reader needs nothing else; do it on the client only, like any store. Marked pure so that pages which never use it
 * (the worksheet itself) do not carry it.
 */
export const $activeGoals = /* @__PURE__ */ (() => {
  const $active = computed(goalsStore.$data, (data) =>
    data.goals.filter((g) => !g.archived && g.title.trim()).map((g) => ({ id: g.id, title: g.title.trim() })),
  );
  onMount($active, () => {
    goalsStore.start();
  });
  return $active;
})();
