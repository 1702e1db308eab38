import { useState } from 'preact/hooks';
import { formatDate } from '../../lib/dates';
import { counted, fill } from '../../lib/words';
import { DateField, SelectField } from '../shared/fields';
import { heading, type Level } from '../shared/headings';
import { meetingsInOrder, nextMeeting, suggestedKind, templateKinds, type Meeting, type MeetingsState, type TemplateKind } from './model';
import { Tag } from './parts';
import type { MeetingsTexts } from './texts';

/**
 * The pair's meetings in date order, each a button that opens its record, the next one marked; a new meeting starts
 * from one of the guide's agendas; and the next meeting can go into a calendar.
 */
export function MeetingList(props: {
  t: MeetingsTexts;
  state: MeetingsState;
  openId: string;
  today: string;
  level: Level;
  domId: string;
  onOpen(id: string): void;
  onNew(kind: TemplateKind, date: string): void;
  onCalendar(): void;
  /** What happened to the last calendar request, said where the button is. */
  calendarNote: string;
}) {
  const { t, state, today } = props;
  const w = t.list;
  const H = heading(props.level);
  const [kind, setKind] = useState<TemplateKind | null>(null);
  const [date, setDate] = useState(today);
  const next = nextMeeting(state, today);
  const chosen = kind ?? suggestedKind(state);
  const title = (m: Meeting) => fill(w.item, { date: formatDate(m.date) || w.undated, kind: t.kinds[m.kind] });

  return (
    <section class="mt-list" aria-labelledby={`${props.domId}-list`}>
      <H id={`${props.domId}-list`} tabIndex={-1}>{w.heading}</H>
      <p class="hint">{w.hint}</p>
      {state.meetings.length === 0 ? (
        <p>{w.none}</p>
      ) : (
        <ol class="mt-meetings">
          {meetingsInOrder(state).map((m) => (
            <li key={m.id}>
              <button type="button" class="mt-link" aria-current={m.id === props.openId ? 'true' : undefined} onClick={() => props.onOpen(m.id)}>
                {title(m)}
              </button>{' '}
              <span class="mt-meta">{counted(m.agenda.length, w.counts)}</span>
              {m === next && <> <Tag>{w.next}</Tag></>}
            </li>
          ))}
        </ol>
      )}
      <fieldset class="tool-fieldset">
        <legend>{w.newLegend}</legend>
        <div class="field-row">
          <SelectField label={w.kind} value={chosen} options={templateKinds.map((k) => ({ value: k, label: t.kinds[k] }))} onChange={(k: TemplateKind) => setKind(k)} class="mt-short" />
          <DateField label={w.date} value={date} onInput={setDate} class="mt-short" />
        </div>
        <button type="button" class="button-primary" onClick={() => props.onNew(chosen, date)}>{w.add}</button>
      </fieldset>
      <div class="button-row">
        <button type="button" onClick={props.onCalendar}>{w.calendar}</button>
      </div>
      <p class="mt-note" role="status">{props.calendarNote}</p>
    </section>
  );
}
