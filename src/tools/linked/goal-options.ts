// What other tools read of the goal worksheet: the pair's active goals, as ids and titles, for the agreement
// ("pull in our goals") and the feedback builder ("this note is about a goal"). Read through the worksheet's own
// store, parser and migrations, so no second reading of its data can drift from the first.
import { goalTitle, type GoalsState } from '../goals/model';

export interface GoalOption {
  id: string;
  title: string;
}

/** The goals that are not archived and have a title, by their short title where a long goal has one. Pure. */
export const goalOptionsFrom = (state: GoalsState): GoalOption[] =>
  state.goals.flatMap((g) => {
    const title = goalTitle(g);
    return title && !g.archived ? [{ id: g.id, title }] : [];
  });
