import { useId } from 'preact/hooks';
import { fill } from '../../lib/words';
import { DateField, TextArea } from '../shared/fields';
import { statementIds, updateRating, type CheckIn, type Rating } from './checkin-data';
import { updateCheckIn } from './model';
import { clip, type Names, type Update } from './parts';
import type { MeetingsTexts } from './texts';

/** One statement rated 1 to 5 (or left unanswered), as radio buttons with visible labels. */
function RatingGroup(props: { name: string; legend: string; value: Rating | null; labels: string[]; none: string; onChange(v: Rating | null): void }) {
  const choices: (Rating | null)[] = [1, 2, 3, 4, 5, null];
  return (
    <fieldset class="mt-rating">
      <legend>{props.legend}</legend>
      <div class="mt-scale">
        {choices.map((v) => (
          <label class="mt-choice" key={String(v)}>
            <input type="radio" name={props.name} value={String(v)} checked={props.value === v} onChange={() => props.onChange(v)} />
            {v === null ? props.none : props.labels[v - 1]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One person's check-in: the date, each statement in their own words ({partner}), and the open question. */
export function CheckInForm(props: { t: MeetingsTexts; checkIn: CheckIn; names: Names; update: Update; domId: string; onDone(): void }) {
  const { t, checkIn, names } = props;
  const w = t.checkIn;
  const name = useId();
  const partner = names[checkIn.by === 'mentee' ? 'mentor' : 'mentee'];
  const set = (change: (c: CheckIn) => CheckIn) => props.update((s) => updateCheckIn(s, checkIn.id, change));
  return (
    <fieldset id={props.domId} class="tool-fieldset mt-form">
      <legend>{fill(w.legend, { name: names[checkIn.by] })}</legend>
      <DateField label={w.date} value={checkIn.date} onInput={(date) => set((c) => ({ ...c, date }))} class="mt-short" />
      {statementIds.map((id) => (
        <RatingGroup
          key={id}
          name={`${name}-${id}`}
          legend={fill(t.statements[id].text, { partner })}
          value={checkIn.ratings[id]}
          labels={w.ratings}
          none={w.noAnswer}
          onChange={(v) => set((c) => updateRating(c, id, v))}
        />
      ))}
      <TextArea label={w.open} hint={w.openHint} value={checkIn.open} rows={3} onInput={(v) => set((c) => ({ ...c, open: clip(v) }))} />
      <button type="button" class="button-primary" onClick={props.onDone}>{w.finish}</button>
    </fieldset>
  );
}
