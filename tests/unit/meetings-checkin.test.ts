// The relationship check-in: series over time, low and falling answers with the chapter that helps, the gap between
// the two people, the chart's points against its table, and the statements' links to real chapters.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartPoints, CHART, yOf } from '../../src/tools/meetings/chart';
import {
  chartRows, concerns, emptyCheckIn, gaps, latestCheckIn, series, statementIds, statementSummary, updateRating,
  type CheckIn, type Rating, type StatementId,
} from '../../src/tools/meetings/checkin';
import { meetingsExample } from '../../src/tools/meetings/examples';
import { meetingsTexts } from '../../src/tools/meetings/texts';
import { datedAround } from '../../src/lib/dates';

const chapters = Object.fromEntries(statementIds.map((id) => [id, meetingsTexts.statements[id].chapter])) as Record<StatementId, string>;

/** A check-in with some answers; the rest left blank. */
function checkIn(id: string, by: 'mentee' | 'mentor', date: string, answers: Partial<Record<StatementId, Rating>>): CheckIn {
  let c = emptyCheckIn(id, by, date);
  for (const [key, value] of Object.entries(answers)) c = updateRating(c, key as StatementId, value);
  return c;
}

// Listed out of date order on purpose: everything works from the dates.
const list: CheckIn[] = [
  checkIn('e2', 'mentee', '2027-02-01', { goals: 4, feedback: 2, commitments: 2 }),
  checkIn('e1', 'mentee', '2027-01-01', { goals: 3, feedback: 3, commitments: 5 }),
  checkIn('r1', 'mentor', '2027-01-03', { goals: 4, feedback: 5, commitments: 4 }),
  checkIn('r2', 'mentor', '2027-02-01', { goals: 4, feedback: 4 }),
  checkIn('e3', 'mentee', '2027-03-01', { goals: 5 }),
];

describe('series and the latest', () => {
  it('gives one person’s answers to a statement in date order, skipping check-ins that left it out', () => {
    expect(series(list, 'goals', 'mentee')).toEqual([
      { date: '2027-01-01', value: 3 }, { date: '2027-02-01', value: 4 }, { date: '2027-03-01', value: 5 },
    ]);
    expect(series(list, 'commitments', 'mentee').map((p) => p.value)).toEqual([5, 2]);
    expect(series(list, 'commitments', 'mentor').map((p) => p.value)).toEqual([4]);
    expect(series(list, 'boundaries', 'mentor')).toEqual([]);
  });
  it('finds each person’s latest check-in', () => {
    expect(latestCheckIn(list, 'mentee')?.id).toBe('e3');
    expect(latestCheckIn(list, 'mentor')?.id).toBe('r2');
    expect(latestCheckIn([], 'mentor')).toBeNull();
  });
});

describe('concerns', () => {
  it('flags a latest answer of 2 or less, and a fall of 2 or more, with the chapter that helps', () => {
    expect(concerns(list, 'mentee', chapters)).toEqual([
      { statement: 'feedback', by: 'mentee', value: 2, previous: 3, low: true, falling: false, chapter: 'constructive-feedback' },
      { statement: 'commitments', by: 'mentee', value: 2, previous: 5, low: true, falling: true, chapter: 'accountability' },
    ]);
  });
  it('does not flag a fall of one, nor a steady answer of 3', () => {
    expect(concerns(list, 'mentor', chapters)).toEqual([]);
    const falling = [checkIn('a', 'mentor', '2027-01-01', { open: 5 }), checkIn('b', 'mentor', '2027-02-01', { open: 3 })];
    expect(concerns(falling, 'mentor', chapters)).toMatchObject([{ statement: 'open', low: false, falling: true, chapter: 'open-and-positive-relationship' }]);
  });
});

describe('gaps', () => {
  it('compares the two people’s latest answers, and marks a difference of 2 or more as one to talk about', () => {
    expect(gaps(list)).toEqual([
      { statement: 'goals', mentee: 5, mentor: 4, difference: 1, toTalkAbout: false },
      { statement: 'feedback', mentee: 2, mentor: 4, difference: 2, toTalkAbout: true },
      { statement: 'commitments', mentee: 2, mentor: 4, difference: 2, toTalkAbout: true },
    ]);
  });
  it('words it as something to talk about, not a score', () => {
    expect(meetingsTexts.checkIn.gap).toMatch(/something to talk about, not a score/);
  });
});

describe('the chart and its table', () => {
  it('puts both people’s answers on one row per date', () => {
    expect(chartRows(list, 'goals')).toEqual([
      { date: '2027-01-01', mentee: 3, mentor: null },
      { date: '2027-01-03', mentee: null, mentor: 4 },
      { date: '2027-02-01', mentee: 4, mentor: 4 },
      { date: '2027-03-01', mentee: 5, mentor: null },
    ]);
  });

  it('draws exactly the numbers the table holds, for every statement of the example', () => {
    const example = datedAround(meetingsExample, '2027-03-01').meetings.checkIns;
    for (const statement of statementIds) {
      const rows = chartRows(example, statement);
      const points = chartPoints(rows);
      for (const by of ['mentee', 'mentor'] as const) {
        const fromTable = rows.filter((r) => r[by] !== null).map((r) => [r.date, r[by]]);
        expect(points[by].map((p) => [p.date, p.value]), `${statement} ${by}`).toEqual(fromTable);
        for (const p of points[by]) expect(p.y).toBe(yOf(p.value));
      }
      expect(points.mentee).toHaveLength(2);
      expect(points.mentor).toHaveLength(2);
    }
  });

  it('spaces the dates across the box, with 5 at the top and 1 at the bottom', () => {
    const points = chartPoints(chartRows(list, 'goals'));
    expect(points.mentee.map((p) => p.x)).toEqual([CHART.left, Math.round(CHART.left + (2 * (CHART.width - CHART.left - CHART.right)) / 3), CHART.width - CHART.right]);
    expect(yOf(5)).toBe(CHART.top);
    expect(yOf(1)).toBe(CHART.height - CHART.bottom);
    expect(chartPoints([{ date: 'x', mentee: 3, mentor: null }]).mentee[0]!.x).toBe(CHART.left + (CHART.width - CHART.left - CHART.right) / 2);
  });

  it('sums each statement up in one sentence with both people’s latest answers and their direction', () => {
    const names = { mentee: 'Sam', mentor: 'Priya' };
    const w = meetingsTexts.checkIn.summary;
    expect(statementSummary(list, 'goals', names, w)).toBe('Sam went up from 4 to 5 out of 5; Priya stayed at 4 out of 5.');
    expect(statementSummary(list, 'commitments', names, w)).toBe('Sam went down from 5 to 2 out of 5; Priya answered 4 out of 5.');
    expect(statementSummary(list, 'boundaries', { mentee: 'the mentee', mentor: 'Priya' }, w))
      .toBe('The mentee has not answered yet; Priya has not answered yet.');
  });
});

describe('the statements', () => {
  it('are six to eight, one or more for each of the seven practices, each with a chapter that exists', () => {
    expect(statementIds.length).toBeGreaterThanOrEqual(6);
    expect(statementIds.length).toBeLessThanOrEqual(8);
    expect(Object.keys(meetingsTexts.statements).sort()).toEqual([...statementIds].sort());
    const practices = new Set<number>();
    for (const id of statementIds) {
      const { chapter, chapterTitle, text, short } = meetingsTexts.statements[id];
      const file = new URL(`../../content/guide/${chapter}.mdx`, import.meta.url);
      expect(existsSync(file), chapter).toBe(true);
      const source = readFileSync(file, 'utf8');
      expect(source, chapter).toMatch(new RegExp(`^title: "?${chapterTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?$`, 'm'));
      const practice = /^practice: (\d)$/m.exec(source)?.[1];
      if (practice) practices.add(Number(practice));
      expect(text).toMatch(/\.$/);
      expect(short.length).toBeLessThan(30);
    }
    expect([...practices].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
