// What the worksheet's buttons do to the goals: add, move, archive, restore, delete with undo. The edits
// themselves are the model's; this names them in words, keeps focus where the person is, and offers undo.
import type { StoredState } from '../../lib/storage';
import { fill } from '../../lib/words';
import { newId } from '../../lib/ids';
import { focusLater } from '../shared/focus';
import type { Undoable } from '../shared/useUndo';
import { emptyGoal, goalName, goalTitle, insertAt, moveGoal, removeGoal, updateGoal, type Goal, type GoalsState } from './model';
import type { GoalsTexts } from './texts';

export interface GoalActionsContext {
  store: StoredState<GoalsState>;
  t: GoalsTexts;
  /** The element id of a goal's card. */
  domId(goal: Goal): string;
  ids: { add: string; archived: string };
  announce(text: string): void;
  /** `focusNotice: false` when the action has already moved focus on. */
  offerUndo(undo: Undoable, focusNotice?: boolean): void;
}

export function goalActions({ store, t, domId, ids, announce, offerUndo }: GoalActionsContext) {
  const { said } = t;
  const active = () => store.$data.get().goals.filter((g) => !g.archived);
  const nameOf = (goal: Goal) => goalName(goal, active().indexOf(goal), t.goalUntitled);
  /** What a goal is called once it has left the list (archived goals have no place in it). */
  const titleOf = (goal: Goal) => goalTitle(goal) || said.anUntitledGoal;
  const update = (id: string, change: (g: Goal) => Goal) => store.update((s) => updateGoal(s, id, change));

  return {
    update,
    add() {
      const goal = emptyGoal(newId());
      const n = active().length + 1;
      store.update((s) => ({ goals: [...s.goals, goal] }));
      focusLater(domId(goal), 'textarea');
      announce(fill(said.added, { n }));
    },
    move(id: string, direction: -1 | 1) {
      const list = active();
      const at = list.findIndex((g) => g.id === id);
      const goal = list[at]!;
      store.update((s) => moveGoal(s, id, direction));
      const dir = direction < 0 ? 'up' : 'down';
      // Keep focus on the button that was pressed; at the top or bottom it is disabled, so the other one.
      focusLater(domId(goal), `[data-move="${dir}"]`, `[data-move="${direction < 0 ? 'down' : 'up'}"]`);
      announce(fill(said.moved[dir], { name: nameOf(goal), place: at + 1 + direction, count: list.length }));
    },
    remove(id: string) {
      // From the store itself: what is rendered can be a few milliseconds behind the last keystroke.
      const removed = removeGoal(store.$data.get(), id);
      if (!removed) return;
      const { state, goal, index } = removed;
      store.update(() => state);
      offerUndo({
        message: fill(said.deleted, { name: titleOf(goal) }),
        restore: () => store.update((s) => ({ goals: insertAt(s.goals, goal, index) })),
        focusId: goal.archived ? ids.archived : `${domId(goal)}-s`,
      });
    },
    /** Takes a milestone or check-in out of a goal, offering it back. */
    removeItem<K extends 'milestones' | 'checkIns'>(goal: Goal, key: K, item: Goal[K][number], index: number, what: string, addSelector: string, focusId: string) {
      type Item = Goal[K][number];
      update(goal.id, (g) => ({ ...g, [key]: (g[key] as Item[]).filter((x) => x.id !== item.id) }));
      // Focus goes on to the goal's add button, not to the undo notice (which is announced).
      focusLater(domId(goal), addSelector);
      offerUndo({
        message: fill(said.removedItem, { what, name: nameOf(goal) }),
        restore: () => store.update((s) => updateGoal(s, goal.id, (g) => ({ ...g, [key]: insertAt<Item>(g[key] as Item[], item, index) }))),
        focusId,
      }, false);
    },
    setArchived(id: string, archive: boolean) {
      const goal = store.$data.get().goals.find((g) => g.id === id)!;
      const name = archive ? nameOf(goal) : titleOf(goal);
      update(id, (g) => ({ ...g, archived: archive }));
      announce(fill(archive ? said.archived : said.restored, { name }));
      focusLater(archive ? ids.archived : `${domId(goal)}-s`);
    },
  };
}

export type GoalActions = ReturnType<typeof goalActions>;
