import { Checkbox, DateField, TextField } from '../shared/fields';
import { emptyMilestone, isOverdue, newId, progress, progressText, type Milestone } from './model';
import type { Removed } from './GoalCard';
import { focusById } from './focus';

/** A goal's milestones: each with a date and a done box. Progress is counted from them, never typed. */
export function Milestones(props: {
  domId: string;
  milestones: Milestone[];
  today: string;
  onChange(change: (list: Milestone[]) => Milestone[]): void;
  onRemoved(removed: Removed<Milestone>): void;
}) {
  const { domId, milestones, today, onChange } = props;
  const p = progress({ milestones });
  const set = (id: string, patch: Partial<Milestone>) => onChange((list) => list.map((m) => (m.id === id ? { ...m, ...patch } : m)));
  return (
    <fieldset class="tool-fieldset">
      <legend>Milestones</legend>
      <p class="hint">Steps on the way, each with a date. Progress is counted from the ones ticked as done.</p>
      <p class="goal-progress">
        <strong>Progress: </strong>
        {progressText(p)}
        {p.total > 0 && <progress max={p.total} value={p.done} aria-hidden="true" />}
      </p>
      {milestones.length > 0 && (
        <ol class="goal-items">
          {milestones.map((m, i) => (
            <li key={m.id} id={`${domId}-m-${m.id}`} tabIndex={-1}>
              <fieldset class="goal-item">
                <legend>
                  Milestone {i + 1}
                  {m.done && <span class="tag tag--ok"> ✓ Done</span>}
                  {isOverdue(m, today) && <span class="tag tag--warn"> ⚠ Overdue</span>}
                </legend>
                <div class="field-row">
                  <TextField label="What will be done" value={m.text} onInput={(text) => set(m.id, { text })} />
                  <DateField label="By" value={m.date} onInput={(date) => set(m.id, { date })} class="field--date" />
                </div>
                <div class="button-row">
                  <Checkbox label="Done" checked={m.done} onChange={(done) => set(m.id, { done })} />
                  <button
                    type="button"
                    aria-label={`Remove milestone ${i + 1}${m.text.trim() ? `: ${m.text.trim()}` : ''}`}
                    onClick={() => {
                      onChange((list) => list.filter((x) => x.id !== m.id));
                      props.onRemoved({ item: m, index: i, what: `milestone ${i + 1}` });
                    }}
                  >
                    Remove
                  </button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        data-add="milestone"
        onClick={() => {
          const m = emptyMilestone(newId());
          onChange((list) => [...list, m]);
          focusById(`${domId}-m-${m.id}`, 'input');
        }}
      >
        Add a milestone
      </button>
    </fieldset>
  );
}
