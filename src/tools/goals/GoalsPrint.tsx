import type { Pair } from '../pair/model';
import { memo } from '../shared/memo';
import { asksToRaise, fill, formatDate, goalTitle, progress, progressText, type Goal } from './model';
import type { GoalsTexts } from './texts';
import { heading, PRINT_LEVEL } from '../shared/headings';

type Names = { mentee: string; mentor: string };

/**
 * Labelled lines of the printed plan, one for each label in order (none where the label is missing), with the value
 * of the same key, dates in words; an empty value prints as a line to write on by hand. Labels are filled with
 * `names` ({mentee}, {mentor}).
 */
function Rows({ labels, values, names, class: cls }: { labels: Record<string, string | undefined>; values: object; names: object; class?: string }) {
  return (
    <dl class={cls}>
      {Object.entries(labels).map(([key, label]) => {
        if (!label) return null;
        const raw = String((values as Record<string, unknown>)[key] ?? '');
        const value = /date$|review$|today/i.test(key) ? formatDate(raw) : raw;
        return (
          <>
            <dt>{fill(label, names)}</dt>
            <dd class={value ? undefined : 'print-blank'}>{value}</dd>
          </>
        );
      })}
    </dl>
  );
}

/** One goal as printed. Memoised: typing in one goal re-renders its printed copy only. */
const PrintGoal = memo(function PrintGoal({ t, goal: g, index: i, names }: { t: GoalsTexts; goal: Goal; index: number; names: Names }) {
  const [GoalTitle, Part] = [heading(PRINT_LEVEL, 1), heading(PRINT_LEVEL, 2)];
  const w = t.print;
  return (
    <section class="print-goal">
      <GoalTitle>{fill(t.goalHeading, { n: i + 1, title: goalTitle(g) || t.untitled })}</GoalTitle>
      {goalTitle(g) !== g.title.trim() && <Rows labels={{ title: w.goalInFull }} values={g} names={names} />}
      <Rows
        // "What would make it higher" only where the worksheet asks it.
        labels={asksToRaise(g.commitment) ? w.goal : { ...w.goal, raise: undefined }}
        values={{
          ...g,
          kind: t.kinds[g.kind],
          firstStep: [g.firstStep, formatDate(g.firstStepDate)].filter(Boolean).join(w.firstStepBy),
          commitment: g.commitment === null ? '' : fill(w.commitment, { n: g.commitment }),
        }}
        names={names}
      />
      <Part>{fill(w.milestones, { progress: progressText(progress(g), t.milestones.progress) })}</Part>
      {g.milestones.length > 0 && (
        <ul class="print-milestones">
          {g.milestones.map((m) => (
            <li key={m.id}>
              {m.done ? '☑ ' : '☐ '}
              {m.text}
              {m.date && fill(w.milestoneBy, { date: formatDate(m.date) })}
              {m.done && w.milestoneDone}
            </li>
          ))}
        </ul>
      )}
      {g.checkIns.length > 0 && (
        <>
          <Part>{w.checkIns}</Part>
          {g.checkIns.map((c) => (
            <Rows key={c.id} class="print-check-in" labels={t.checkIns.fields} values={c} names={names} />
          ))}
        </>
      )}
      <div class="print-notes">
        <Part>{w.notes}</Part>
      </div>
    </section>
  );
});

/** The printed plan: names and dates, then each goal with its plan, milestones and check-ins, and room for notes. */
export function GoalsPrint(props: { t: GoalsTexts; goals: Goal[]; pair: Pair; names: Names; today: string }) {
  const { t, pair, names } = props;
  const Title = heading(PRINT_LEVEL);
  return (
    <div class="print-only goals-print">
      <Title>{t.print.heading}</Title>
      <Rows class="print-pair" labels={t.print.pair} values={{ ...pair, today: props.today }} names={names} />
      {props.goals.map((g, i) => (
        <PrintGoal key={g.id} t={t} goal={g} index={i} names={names} />
      ))}
    </div>
  );
}
