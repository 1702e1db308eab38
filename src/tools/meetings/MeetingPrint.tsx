import { formatDate } from '../../lib/dates';
import { fill } from '../../lib/words';
import { heading, PRINT_LEVEL } from '../shared/headings';
import { actionsFor, type Action, type Meeting, type MeetingsState } from './model';
import type { Names } from './parts';
import type { MeetingsTexts } from './texts';

/**
 * One meeting on paper, one A4 page: the names and date, the agenda with who added each item, notes, decisions, and
 * every action the meeting showed (carried ones marked) with its owner, date and status.
 */
export function MeetingPrint({ t, state, meeting, names }: { t: MeetingsTexts; state: MeetingsState; meeting: Meeting; names: Names }) {
  const [Title, Part] = [heading(PRINT_LEVEL), heading(PRINT_LEVEL, 1)];
  const w = t.print;
  const { carried, created } = actionsFor(state, meeting.id);
  const rows: { action: Action; from?: Meeting | undefined; carried: boolean }[] = [
    ...carried.map((c) => ({ action: c.action, from: c.from, carried: true })),
    ...created.map((action) => ({ action, carried: false })),
  ];
  const status = (a: Action) => (a.status === 'open' ? w.open : a.status === 'done' ? w.done : fill(w.dropped, { reason: a.dropReason }));
  return (
    <div class="print-only mt-print">
      <Title>{w.heading}</Title>
      <p class="mt-print-meta">
        <strong>{fill(w.names, names)}</strong>
        {' · '}
        {fill(w.date, { kind: t.kinds[meeting.kind], date: formatDate(meeting.date) || t.list.undated })}
      </p>
      <Part>{w.agenda}</Part>
      {meeting.agenda.length ? (
        <ol>
          {meeting.agenda.map((a) => (
            <li key={a.id}>{a.text} <span class="mt-meta">({names[a.addedBy]})</span></li>
          ))}
        </ol>
      ) : <p>{w.none}</p>}
      <Part>{w.notes}</Part>
      <p class="mt-pre">{meeting.notes || w.none}</p>
      <Part>{w.decisions}</Part>
      {meeting.decisions.length ? <ul>{meeting.decisions.map((d) => <li key={d.id}>{d.text}</li>)}</ul> : <p>{w.none}</p>}
      <Part>{w.actions}</Part>
      {rows.length ? (
        <table class="mt-table">
          <thead>
            <tr><th scope="col">{w.what}</th><th scope="col">{w.who}</th><th scope="col">{w.due}</th><th scope="col">{w.status}</th></tr>
          </thead>
          <tbody>
            {rows.map(({ action: a, from, carried: isCarried }) => (
              <tr key={a.id}>
                <td>
                  {a.text}
                  {isCarried && <span class="mt-meta"> ({fill(w.carried, { date: formatDate(from?.date ?? '') || t.list.undated })})</span>}
                </td>
                <td>{names[a.owner]}</td>
                <td>{formatDate(a.due)}</td>
                <td>{status(a)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p>{w.none}</p>}
    </div>
  );
}
