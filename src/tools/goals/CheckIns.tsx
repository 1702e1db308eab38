import { DateField, TextArea } from '../shared/fields';
import { emptyCheckIn, formatDate, newId, type CheckIn } from './model';
import type { Removed } from './GoalCard';
import { focusById } from './focus';

/** Dated notes from meetings, newest first: what happened, and what each person does next. */
export function CheckIns(props: {
  domId: string;
  checkIns: CheckIn[];
  today: string;
  names: { mentee: string; mentor: string };
  onChange(change: (list: CheckIn[]) => CheckIn[]): void;
  onRemoved(removed: Removed<CheckIn>): void;
}) {
  const { domId, checkIns, names, onChange } = props;
  const set = (id: string, patch: Partial<CheckIn>) => onChange((list) => list.map((c) => (c.id === id ? { ...c, ...patch } : c)));
  return (
    <fieldset class="tool-fieldset">
      <legend>Check-ins</legend>
      <p class="hint">
        A short note at each meeting keeps both of you to your word: what happened since last time, and what each of
        you will do next.
      </p>
      <button
        type="button"
        data-add="check-in"
        onClick={() => {
          const c = emptyCheckIn(newId(), props.today);
          onChange((list) => [c, ...list]);
          focusById(`${domId}-c-${c.id}`, 'textarea');
        }}
      >
        Add a check-in
      </button>
      {checkIns.length > 0 && (
        <ol class="goal-items">
          {checkIns.map((c, i) => {
            const label = c.date ? `Check-in of ${formatDate(c.date)}` : `Check-in ${checkIns.length - i}`;
            const what = `c${label.slice(1)}`;
            return (
              <li key={c.id} id={`${domId}-c-${c.id}`} tabIndex={-1}>
                <fieldset class="goal-item">
                  <legend>{label}</legend>
                  <DateField label="Date" value={c.date} onInput={(date) => set(c.id, { date })} class="field--date" />
                  <TextArea label="What happened" value={c.happened} onInput={(happened) => set(c.id, { happened })} rows={2} />
                  <div class="field-row">
                    <TextArea label={`Next for ${names.mentee}`} value={c.nextMentee} onInput={(nextMentee) => set(c.id, { nextMentee })} rows={2} />
                    <TextArea label={`Next for ${names.mentor}`} value={c.nextMentor} onInput={(nextMentor) => set(c.id, { nextMentor })} rows={2} />
                  </div>
                  <button
                    type="button"
                    aria-label={`Remove ${what}`}
                    onClick={() => {
                      onChange((list) => list.filter((x) => x.id !== c.id));
                      props.onRemoved({ item: c, index: i, what });
                    }}
                  >
                    Remove
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
    </fieldset>
  );
}
