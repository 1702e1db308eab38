// Where each answer sits in a statement's small chart. Pure: the points come from the same rows as the table beside it.
import type { ChartRow, Rating } from './checkin';
import { people, type Person } from './parse-parts';

/** The chart's drawing box, in SVG units; the picture scales with the page. */
export const CHART = { width: 240, height: 100, left: 22, right: 10, top: 10, bottom: 10 } as const;

export interface ChartPoint {
  x: number;
  y: number;
  value: Rating;
  date: string;
}

/** The y of a rating: 5 at the top, 1 at the bottom. */
export const yOf = (value: number): number =>
  CHART.top + ((5 - value) * (CHART.height - CHART.top - CHART.bottom)) / 4;

/** Each person's points, one per row they answered, rows evenly spaced left to right (a single row in the middle). */
export function chartPoints(rows: ChartRow[]): Record<Person, ChartPoint[]> {
  const span = CHART.width - CHART.left - CHART.right;
  const xOf = (i: number) => Math.round(rows.length < 2 ? CHART.left + span / 2 : CHART.left + (i * span) / (rows.length - 1));
  const points = { mentee: [] as ChartPoint[], mentor: [] as ChartPoint[] };
  rows.forEach((row, i) => {
    for (const by of people) {
      const value = row[by];
      if (value !== null) points[by].push({ x: xOf(i), y: yOf(value), value, date: row.date });
    }
  });
  return points;
}
