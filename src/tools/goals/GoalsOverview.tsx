import type { HeadingTag } from '../shared/headings';
import { dueForReview, goalName, progress, progressText, type Goal } from './model';
import { DueTag } from './parts';
import type { GoalsTexts } from './texts';

/** The list of goals at the top: each a link to its card, with its kind, progress and whether it is due for review. */
export function GoalsOverview(props: { t: GoalsTexts; H: HeadingTag; id: string; goals: Goal[]; today: string; domId(goal: Goal): string }) {
  const { t, H, goals } = props;
  return (
    <>
      <H id={props.id} tabIndex={-1}>{t.worksheet.heading}</H>
      {goals.length === 0 ? (
        <p>{t.worksheet.none}</p>
      ) : (
        <ol class="goals-overview">
          {goals.map((g, i) => (
            <li key={g.id}>
              <a href={`#${props.domId(g)}`} onClick={() => ((document.getElementById(props.domId(g)) as HTMLDetailsElement).open = true)}>
                {goalName(g, i, t.goalUntitled)}
              </a>{' '}
              <span class="goal-meta">
                {t.kinds[g.kind]} · {progressText(progress(g), t.milestones.progress)}
                {dueForReview(g, props.today) && <DueTag t={t} />}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
