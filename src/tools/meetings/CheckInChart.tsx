import { useId } from 'preact/hooks';
import { formatDate } from '../../lib/dates';
import { fill } from '../../lib/words';
import { heading, type Level } from '../shared/headings';
import { CHART, chartPoints, yOf, type ChartPoint } from './chart';
import { chartRows, statementSummary, type CheckIn, type Gap, type StatementId } from './checkin';
import type { Names } from './parts';
import type { MeetingsTexts } from './texts';

const line = (points: ChartPoint[]) => points.map((p) => `${p.x},${p.y}`).join(' ');

/**
 * One statement's answers over time: a small chart (circles for the mentee, squares and a dashed line for the mentor,
 * so colour is never the only difference), a sentence that says what it shows, and a table of the same numbers.
 */
export function CheckInChart(props: { t: MeetingsTexts; statement: StatementId; list: CheckIn[]; names: Names; gap: Gap | undefined; level: Level }) {
  const { t, statement, list, names, gap } = props;
  const Part = heading(props.level, 2);
  const w = t.checkIn;
  const short = t.statements[statement].short;
  const rows = chartRows(list, statement);
  const points = chartPoints(rows);
  const id = useId();
  return (
    <div class="mt-chart">
      <Part>{short}</Part>
      <svg class="mt-svg" viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-label={fill(w.chartLabel, { statement: short })} aria-describedby={id}>
        {[1, 2, 3, 4, 5].map((v) => (
          <g key={v}>
            <line class="mt-grid" x1={CHART.left} x2={CHART.width - CHART.right} y1={yOf(v)} y2={yOf(v)} />
            <text class="mt-axis" x={CHART.left - 8} y={yOf(v) + 3}>{v}</text>
          </g>
        ))}
        <polyline class="mt-line mt-line--mentee" points={line(points.mentee)} />
        <polyline class="mt-line mt-line--mentor" points={line(points.mentor)} />
        {points.mentee.map((p) => <circle key={p.date} class="mt-dot mt-dot--mentee" cx={p.x} cy={p.y} r={4} />)}
        {points.mentor.map((p) => <rect key={p.date} class="mt-dot mt-dot--mentor" x={p.x - 4} y={p.y - 4} width={8} height={8} />)}
      </svg>
      <p id={id}>{statementSummary(list, statement, names, w.summary)}</p>
      {gap?.toTalkAbout && <p class="mt-gap">{fill(w.gap, gap)}</p>}
      <details>
        <summary>{w.table}</summary>
        <table class="mt-table">
          <caption class="visually-hidden">{short}</caption>
          <thead>
            <tr>
              <th scope="col">{w.dateColumn}</th>
              <th scope="col">{names.mentee}</th>
              <th scope="col">{names.mentor}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.date}>
                <th scope="row">{formatDate(r.date) || t.list.undated}</th>
                <td>{r.mentee ?? w.blank}</td>
                <td>{r.mentor ?? w.blank}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
