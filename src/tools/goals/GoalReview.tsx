import { dueForReview, fill, formatDate } from './model';
import { GoalDate, type GoalPartProps } from './goal-fields';

/** When to look at the goal together again, and whether that day has come. */
export function GoalReview(props: GoalPartProps & { today: string }) {
  const { t, goal } = props;
  return (
    <fieldset class="tool-fieldset">
      <legend>{t.legends.review}</legend>
      <GoalDate {...props} field="nextReview" />
      {dueForReview(goal, props.today) ? (
        <p class="goal-due" data-due>
          <span aria-hidden="true">⚑ </span>
          <strong>{t.due}</strong>
          {fill(t.review.dueSince, { date: formatDate(goal.nextReview) })}
        </p>
      ) : (
        <p class="hint">{goal.nextReview ? fill(t.review.next, { date: formatDate(goal.nextReview) }) : t.review.none}</p>
      )}
    </fieldset>
  );
}
