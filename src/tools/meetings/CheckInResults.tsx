import { fill } from '../../lib/words';
import { heading, type Level } from '../shared/headings';
import { CheckInChart } from './CheckInChart';
import { concerns, gaps, statementIds, type CheckIn, type StatementId } from './checkin';
import { people } from './model';
import type { Names } from './parts';
import type { MeetingsTexts } from './texts';

/** What the check-ins show: low or falling answers, each with the chapter that helps, then a chart per statement. */
export function CheckInResults({ t, list, names, level }: { t: MeetingsTexts; list: CheckIn[]; names: Names; level: Level }) {
  const Part = heading(level, 1);
  const w = t.checkIn;
  const chapters = Object.fromEntries(statementIds.map((id) => [id, t.statements[id].chapter])) as Record<StatementId, string>;
  const found = people.flatMap((by) => concerns(list, by, chapters));
  const gapList = gaps(list);
  return (
    <>
      {found.length > 0 && (
        <>
          <Part>{w.concerns}</Part>
          <ul class="mt-concerns">
            {found.map((c) => (
              <li key={c.by + c.statement}>
                {fill(c.falling ? w.falling : w.low, { ...c, name: names[c.by], statement: t.statements[c.statement].short })}{' '}
                <a href={`/guide/${c.chapter}/`}>{fill(w.read, { title: t.statements[c.statement].chapterTitle })}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <Part>{w.charts}</Part>
      {list.length === 0 ? (
        <p>{w.chartsNone}</p>
      ) : (
        <>
          <p class="mt-legend">
            <span class="mt-key--mentee">{fill(w.legendMentee, { name: names.mentee })}</span>{' '}
            <span class="mt-key--mentor">{fill(w.legendMentor, { name: names.mentor })}</span>
          </p>
          <div class="mt-charts">
            {statementIds.map((id) => (
              <CheckInChart key={id} t={t} statement={id} list={list} names={names} gap={gapList.find((g) => g.statement === id)} level={level} />
            ))}
          </div>
        </>
      )}
    </>
  );
}
