import type { HeadingTag } from '../shared/headings';
import { memo } from '../shared/memo';
import { dueForReview, goalName, progress, progressText, type Goal } from './model';
import { DueTag } from './parts';
import type { GoalsTexts } from './texts';

/** One goal in the list. Memoised: typing in one goal re-renders its line only. */
const OverviewItem = memo(function OverviewItem({ t, goal: g, index, today, target }: { t: GoalsTexts; goal: Goal; index: number; today: string; target: string }) {
  return (
    <li>
      <a href={`#${target}`} onClick={() => ((document.getElementById(target) as HTMLDetailsElement).open = true)}>
        {goalName(g, index, t.goalUntitled)}
      </a>{' '}
      <span class="goal-meta">
        {t.kinds[g.kind]} · {progressText(progress(g), t.milestones.progress)}
        {dueForReview(g, today) && <DueTag t={t} />}
      </span>
    </li>
  );
});

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
            <OverviewItem key={g.id} t={t} goal={g} index={i} today={props.today} target={props.domId(g)} />
          ))}
        </ol>
      )}
    </>
  );
}
