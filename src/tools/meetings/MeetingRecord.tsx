import { formatDate } from '../../lib/dates';
import { fill } from '../../lib/words';
import { DateField, SelectField, TextArea, TextField } from '../shared/fields';
import { heading } from '../shared/headings';
import { PrintButton } from '../shared/PrintButton';
import { ActionList } from './ActionList';
import { ItemList } from './ItemList';
import { templateKinds, updateMeeting, withGoal, type AgendaItem, type Decision, type Meeting } from './model';
import { clip, GoalSelect, PersonSelect, type MeetingViewProps } from './parts';

/** One meeting's record: its date and kind, the agenda, notes, decisions and actions, and ways to print or delete it. */
export function MeetingRecord(props: MeetingViewProps & { onDelete(meeting: Meeting): void }) {
  const { t, meeting, update, names, goals, announce, domId } = props;
  const H = heading(props.level, 1);
  const w = t.record;
  const change = (c: (m: Meeting) => Meeting) => update((s) => updateMeeting(s, meeting.id, c));

  return (
    <section class="mt-record" aria-labelledby={`${domId}-h`}>
      <H id={`${domId}-h`} tabIndex={-1}>
        {fill(w.heading, { kind: t.kinds[meeting.kind], date: formatDate(meeting.date) || t.list.undated })}
      </H>
      <div class="field-row">
        <DateField label={w.date} value={meeting.date} onInput={(date) => change((m) => ({ ...m, date }))} class="mt-short" />
        <SelectField
          label={w.kind}
          value={meeting.kind}
          options={templateKinds.map((k) => ({ value: k, label: t.kinds[k] }))}
          onChange={(kind) => change((m) => ({ ...m, kind }))}
          class="mt-short"
        />
      </div>

      <ItemList<AgendaItem> t={t} domId={`${domId}-agenda`} legend={w.agenda} hint={w.agendaHint} items={meeting.agenda} itemLabel={w.agendaItem}
        addLabel={w.agendaAdd} announce={announce} blank={(id) => ({ id, text: '', addedBy: 'mentee' })}
        setItems={(c) => change((m) => ({ ...m, agenda: c(m.agenda) }))}>
        {(item, label, set) => (
          <div class="field-row">
            <TextField label={label} value={item.text} onInput={(v) => set({ text: clip(v) })} />
            <PersonSelect label={w.addedBy} value={item.addedBy} names={names} onChange={(addedBy) => set({ addedBy })} />
            <GoalSelect t={t} goals={goals} value={item.goalId}
              onChange={(id) => change((m) => ({ ...m, agenda: m.agenda.map((a) => (a.id === item.id ? withGoal(a, id) : a)) }))} />
          </div>
        )}
      </ItemList>

      <TextArea label={w.notes} hint={w.notesHint} value={meeting.notes} rows={5} onInput={(v) => change((m) => ({ ...m, notes: clip(v) }))} />

      <ItemList<Decision> t={t} domId={`${domId}-decisions`} legend={w.decisions} items={meeting.decisions} itemLabel={w.decision}
        addLabel={w.decisionAdd} announce={announce} blank={(id) => ({ id, text: '' })}
        setItems={(c) => change((m) => ({ ...m, decisions: c(m.decisions) }))}>
        {(item, label, set) => <TextField label={label} value={item.text} onInput={(v) => set({ text: clip(v) })} />}
      </ItemList>

      <ActionList {...props} />

      <div class="button-row">
        <PrintButton label={w.print} />
        <button type="button" class="button-danger" onClick={() => props.onDelete(meeting)}>{w.delete}</button>
      </div>
    </section>
  );
}
