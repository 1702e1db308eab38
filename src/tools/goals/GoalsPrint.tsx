import { displayNames, type Pair } from '../pair/model';
import { asksToRaise, fill, formatDate, progress, progressText, type Goal } from './model';
import type { GoalsTexts } from './texts';

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

/** The printed plan: names and dates, then each goal with its plan, milestones and check-ins, and room for notes. */
export function GoalsPrint({ t, goals, pair, today }: { t: GoalsTexts; goals: Goal[]; pair: Pair; today: string }) {
  const w = t.print;
  const names = displayNames(pair);
  return (
    <div class="print-only goals-print">
      <h1>{w.heading}</h1>
      <Rows class="print-pair" labels={w.pair} values={{ ...pair, today }} names={names} />
      {goals.map((g, i) => (
        <section class="print-goal" key={g.id}>
          <h2>{fill(t.goalHeading, { n: i + 1, title: g.title.trim() || t.untitled })}</h2>
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
          <h3>{fill(w.milestones, { progress: progressText(progress(g), t.milestones.progress) })}</h3>
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
              <h3>{w.checkIns}</h3>
              {g.checkIns.map((c) => (
                <Rows key={c.id} class="print-check-in" labels={t.checkIns.fields} values={c} names={names} />
              ))}
            </>
          )}
          <div class="print-notes">
            <h3>{w.notes}</h3>
          </div>
        </section>
      ))}
    </div>
  );
}
