import { DateField, TextArea } from '../shared/fields';
import { emptyCheckIn, fill, formatDate, lowerFirst, newId, type CheckIn } from './model';
import { Named } from './parts';
import type { GoalsTexts } from './texts';
import { focusLater } from '../shared/focus';
import { memo } from '../shared/memo';
import { useLatest } from '../shared/useLatest';

type RowActions = { set(id: string, patch: Partial<CheckIn>): void; remove(item: CheckIn, index: number, what: string): void };

/** One check-in. Memoised: typing in one check-in re-renders only that one. */
const CheckInRow = memo(function CheckInRow(props: { t: GoalsTexts; c: CheckIn; index: number; count: number; names: { mentee: string; mentor: string }; domId: string; act: RowActions }) {
  const { t, c, index: i, names, act } = props;
  const w = t.checkIns;
  const labels = w.fields;
  const legend = c.date ? fill(w.dated, { date: formatDate(c.date) }) : fill(w.numbered, { n: props.count - i });
  const what = lowerFirst(legend);
  return (
    <li id={`${props.domId}-c-${c.id}`} tabIndex={-1}>
      <fieldset class="goal-item">
        <legend>{legend}</legend>
        <DateField label={labels.date} value={c.date} onInput={(date) => act.set(c.id, { date })} class="field--date" />
        <TextArea label={labels.happened} value={c.happened} onInput={(happened) => act.set(c.id, { happened })} rows={2} />
        <div class="field-row">
          <TextArea label={fill(labels.nextMentee, names)} value={c.nextMentee} onInput={(nextMentee) => act.set(c.id, { nextMentee })} rows={2} />
          <TextArea label={fill(labels.nextMentor, names)} value={c.nextMentor} onInput={(nextMentor) => act.set(c.id, { nextMentor })} rows={2} />
        </div>
        <Named words={t.remove} values={{ what }} onClick={() => act.remove(c, i, what)} />
      </fieldset>
    </li>
  );
});

/** Dated notes from meetings, newest first: what happened, and what each person does next. */
export function CheckIns(props: {
  t: GoalsTexts;
  domId: string;
  checkIns: CheckIn[];
  today: string;
  names: { mentee: string; mentor: string };
  change(change: (list: CheckIn[]) => CheckIn[]): void;
  /** Removes an item and offers to put it back; `what` names it in the message ("milestone 2"). */
  remove(item: CheckIn, index: number, what: string): void;
}) {
  const { t, domId, checkIns, names } = props;
  const { change, remove } = props;
  const act = useLatest({
    set: (id: string, patch: Partial<CheckIn>) => change((list) => list.map((x) => (x.id === id ? { ...x, ...patch } : x))),
    remove,
  });
  const w = t.checkIns;
  return (
    <fieldset class="tool-fieldset">
      <legend>{t.legends.checkIns}</legend>
      <p class="hint">{w.hint}</p>
      <button
        type="button"
        data-add="check-in"
        onClick={() => {
          const c = emptyCheckIn(newId(), props.today);
          change((list) => [c, ...list]);
          focusLater(`${domId}-c-${c.id}`, 'textarea');
        }}
      >
        {w.add}
      </button>
      {checkIns.length > 0 && (
        <ol class="goal-items">
          {checkIns.map((c, i) => (
            <CheckInRow key={c.id} t={t} c={c} index={i} count={checkIns.length} names={names} domId={domId} act={act} />
          ))}
        </ol>
      )}
    </fieldset>
  );
}
