import { Checkbox, DateField, TextField } from '../shared/fields';
import { emptyMilestone, fill, lowerFirst, isOverdue, newId, progress, progressText, type Milestone } from './model';
import { Named } from './parts';
import type { GoalsTexts } from './texts';
import { focusLater } from '../shared/focus';
import { memo } from '../shared/memo';
import { useLatest } from '../shared/useLatest';

type RowActions = { set(id: string, patch: Partial<Milestone>): void; remove(item: Milestone, index: number, what: string): void };

/** One milestone. Memoised: typing in one milestone, or elsewhere in the goal, re-renders only the row it changes. */
const MilestoneRow = memo(function MilestoneRow({ t, m, index: i, today, domId, act }: { t: GoalsTexts; m: Milestone; index: number; today: string; domId: string; act: RowActions }) {
  const w = t.milestones;
  const legend = fill(w.legend, { n: i + 1 });
  const what = lowerFirst(legend);
  const text = m.text.trim();
  return (
    <li id={`${domId}-m-${m.id}`} tabIndex={-1}>
      <fieldset class="goal-item">
        <legend>
          {legend}
          {m.done && <span class="tag tag--ok">{w.doneTag}</span>}
          {isOverdue(m, today) && <span class="tag tag--warn">{w.overdueTag}</span>}
        </legend>
        <div class="field-row">
          <TextField label={w.text} value={m.text} onInput={(text) => act.set(m.id, { text })} />
          <DateField label={w.date} value={m.date} onInput={(date) => act.set(m.id, { date })} class="field--date" />
        </div>
        <div class="button-row">
          <Checkbox label={w.done} checked={m.done} onChange={(done) => act.set(m.id, { done })} />
          <Named
            words={t.remove}
            // The milestone's own words too, when it has some: "Remove milestone 2: Slides drafted".
            values={{ what: text ? `${what}: ${text}` : what }}
            onClick={() => act.remove(m, i, what)}
          />
        </div>
      </fieldset>
    </li>
  );
});

/** A goal's milestones: each with a date and a done box. Progress is counted from them, never typed. */
export function Milestones(props: {
  t: GoalsTexts;
  domId: string;
  milestones: Milestone[];
  today: string;
  change(change: (list: Milestone[]) => Milestone[]): void;
  /** Removes an item and offers to put it back; `what` names it in the message ("milestone 2"). */
  remove(item: Milestone, index: number, what: string): void;
}) {
  const { t, domId, milestones, today } = props;
  const { change, remove } = props;
  const act = useLatest({
    set: (id: string, patch: Partial<Milestone>) => change((list) => list.map((x) => (x.id === id ? { ...x, ...patch } : x))),
    remove,
  });
  const w = t.milestones;
  const p = progress({ milestones });
  return (
    <fieldset class="tool-fieldset">
      <legend>{t.legends.milestones}</legend>
      <p class="hint">{w.hint}</p>
      <p class="goal-progress">
        <strong>{w.progressLabel}</strong>
        {progressText(p, w.progress)}
        {p.total > 0 && <progress max={p.total} value={p.done} aria-hidden="true" />}
      </p>
      {milestones.length > 0 && (
        <ol class="goal-items">
          {milestones.map((m, i) => (
            <MilestoneRow key={m.id} t={t} m={m} index={i} today={today} domId={domId} act={act} />
          ))}
        </ol>
      )}
      <button
        type="button"
        data-add="milestone"
        onClick={() => {
          const m = emptyMilestone(newId());
          change((list) => [...list, m]);
          focusLater(`${domId}-m-${m.id}`, 'input');
        }}
      >
        {w.add}
      </button>
    </fieldset>
  );
}
