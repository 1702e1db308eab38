import { useState } from 'preact/hooks';
import { memo } from '../shared/memo';
import { heading, type Level } from '../shared/headings';
import type { GoalActions } from './actions';
import { dueForReview, fill, goalName, goalTitle, progress, progressText, type Goal } from './model';
import type { GoalsTexts } from './texts';
import { DueTag, Named } from './parts';
import { GoalAims } from './GoalAims';
import { GoalPlan } from './GoalPlan';
import { GoalReview } from './GoalReview';
import { Milestones } from './Milestones';
import { CheckIns } from './CheckIns';

export interface GoalCardProps {
  /** The worksheet's heading level; a goal's heading is one below it. */
  level: Level;
  t: GoalsTexts;
  goal: Goal;
  index: number;
  count: number;
  domId: string;
  today: string;
  names: { mentee: string; mentor: string };
  actions: GoalActions;
  /** Whether the card starts open; with many goals, only new ones do (see OPEN_GOALS_UP_TO). */
  startOpen: boolean;
}

/**
 * One goal: its heading and buttons, then its parts. Memoised: typing in one goal re-renders only that goal. A closed
 * card renders only its summary, so a plan of hundreds of goals opens in moments and types without delay.
 */
export const GoalCard = memo(function GoalCard(props: GoalCardProps) {
  const [open, setOpen] = useState(props.startOpen);
  const GoalHeading = heading(props.level, 1);
  const { t, goal, index, count, domId, actions } = props;
  const name = { name: goalName(goal, index, t.goalUntitled) };
  const set = (patch: Partial<Goal>) => actions.update(goal.id, (g) => ({ ...g, ...patch }));
  const parts = { t, goal, set };
  return (
    <details class="goal-card" id={domId} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary id={`${domId}-s`}>
        <GoalHeading class="goal-heading">{fill(t.goalHeading, { n: index + 1, title: goalTitle(goal) || t.untitled })}</GoalHeading>
        <span class="goal-meta">
          {fill(t.kindGoal, { kind: t.kinds[goal.kind] })} · {progressText(progress(goal), t.milestones.progress)}
          {dueForReview(goal, props.today) && <DueTag t={t} />}
        </span>
      </summary>
      {open && (
        <div class="goal-body">
          <div class="button-row goal-tools">
            <Named words={t.buttons.up} values={name} data-move="up" disabled={index === 0} onClick={() => actions.move(goal.id, -1)} />
            <Named words={t.buttons.down} values={name} data-move="down" disabled={index === count - 1} onClick={() => actions.move(goal.id, 1)} />
            <Named words={t.buttons.archive} values={name} onClick={() => actions.setArchived(goal.id, true)} />
            <Named words={t.buttons.delete} values={name} class="button-danger" onClick={() => actions.remove(goal.id)} />
          </div>
          <GoalAims {...parts} today={props.today} />
          <GoalPlan {...parts} />
          <Milestones
            t={t}
            domId={domId}
            milestones={goal.milestones}
            today={props.today}
            change={(f) => actions.update(goal.id, (g) => ({ ...g, milestones: f(g.milestones) }))}
            remove={(m, i, what) => actions.removeItem(goal, 'milestones', m, i, what, '[data-add="milestone"]', `${domId}-m-${m.id}`)}
          />
          <CheckIns
            t={t}
            domId={domId}
            checkIns={goal.checkIns}
            today={props.today}
            names={props.names}
            change={(f) => actions.update(goal.id, (g) => ({ ...g, checkIns: f(g.checkIns) }))}
            remove={(c, i, what) => actions.removeItem(goal, 'checkIns', c, i, what, '[data-add="check-in"]', `${domId}-c-${c.id}`)}
          />
          <GoalReview {...parts} today={props.today} />
        </div>
      )}
    </details>
  );
});
