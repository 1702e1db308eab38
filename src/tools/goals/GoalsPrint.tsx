import { displayNames, type Pair } from '../pair/model';
import { formatDate, kindLabels, progress, progressText, type Goal } from './model';

/** Labelled lines of the printed plan; an empty value prints as a line to write on by hand. */
function Rows({ rows, class: cls }: { rows: (readonly [string, string])[]; class?: string }) {
  return (
    <dl class={cls}>
      {rows.map(([label, value]) => (
        <>
          <dt>{label}</dt>
          <dd class={value ? undefined : 'print-blank'}>{value}</dd>
        </>
      ))}
    </dl>
  );
}

/** The printed plan: names and dates, then each goal with its plan, milestones and check-ins, and room for notes. */
export function GoalsPrint({ goals, pair, today }: { goals: Goal[]; pair: Pair; today: string }) {
  const names = displayNames(pair);
  return (
    <div class="print-only goals-print">
      <h1>Mentoring goals</h1>
      <Rows
        class="print-pair"
        rows={[
          ['Mentee', pair.mentee],
          ['Mentor', pair.mentor],
          ['Started', formatDate(pair.startDate)],
          ['Review of the relationship', formatDate(pair.reviewDate)],
          ['Printed', formatDate(today)],
        ]}
      />
      {goals.map((g, i) => (
        <section class="print-goal" key={g.id}>
          <h2>
            Goal {i + 1}: {g.title.trim() || 'untitled'}
          </h2>
          <Rows
            rows={[
              ['Kind', kindLabels[g.kind]],
              ['Why it matters', g.why],
              ['Measure of success', g.measure],
              ['Owner', g.owner],
              ['Target date', formatDate(g.targetDate)],
              ['Where things stand', g.reality],
              ['Options considered', g.options],
              ['First step', [g.firstStep, formatDate(g.firstStepDate)].filter(Boolean).join(', by ')],
              ['Commitment', g.commitment === null ? '' : `${g.commitment} out of 10`],
              ...(g.commitment !== null && g.commitment < 7 ? [['What would make it higher', g.raise] as const] : []),
              ['Main obstacle', g.obstacle],
              ['If-then plan', g.ifThen],
              ['Support asked of the mentor', g.support],
              ['Next review', formatDate(g.nextReview)],
            ]}
          />
          <h3>Milestones: {progressText(progress(g))}</h3>
          {g.milestones.length > 0 && (
            <ul class="print-milestones">
              {g.milestones.map((m) => (
                <li key={m.id}>
                  {m.done ? '☑ ' : '☐ '}
                  {m.text}
                  {m.date && ` (by ${formatDate(m.date)})`}
                  {m.done && ' done'}
                </li>
              ))}
            </ul>
          )}
          {g.checkIns.length > 0 && (
            <>
              <h3>Check-ins</h3>
              {g.checkIns.map((c) => (
                <Rows
                  key={c.id}
                  class="print-check-in"
                  rows={[
                    ['Date', formatDate(c.date)],
                    ['What happened', c.happened],
                    [`Next for ${names.mentee}`, c.nextMentee],
                    [`Next for ${names.mentor}`, c.nextMentor],
                  ]}
                />
              ))}
            </>
          )}
          <div class="print-notes">
            <h3>Notes</h3>
          </div>
        </section>
      ))}
    </div>
  );
}
