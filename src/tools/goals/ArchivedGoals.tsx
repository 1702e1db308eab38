import type { HeadingTag } from '../shared/headings';
import type { GoalActions } from './actions';
import { goalTitle, progress, progressText, type Goal } from './model';
import { Named } from './parts';
import type { GoalsTexts } from './texts';

/** Goals set aside: restore or delete each. Not printed, not in calendars. */
export function ArchivedGoals(props: { t: GoalsTexts; H: HeadingTag; id: string; goals: Goal[]; actions: GoalActions }) {
  const { t, H, actions } = props;
  const archived = props.goals.filter((g) => g.archived);
  if (!archived.length) return null;
  return (
    <section class="goals-archived" aria-labelledby={props.id}>
      <H id={props.id} tabIndex={-1}>{t.worksheet.archivedHeading}</H>
      <p class="hint">{t.worksheet.archivedHint}</p>
      <ul>
        {archived.map((g) => {
          const name = goalTitle(g) || t.worksheet.untitledGoal;
          return (
            <li key={g.id}>
              <span>
                {name} <span class="goal-meta">({progressText(progress(g), t.milestones.progress)})</span>
              </span>
              <span class="button-row">
                <Named words={t.buttons.restore} values={{ name }} onClick={() => actions.setArchived(g.id, false)} />
                <Named words={t.buttons.delete} values={{ name }} class="button-danger" onClick={() => actions.remove(g.id)} />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
