// The meeting record's views rendered to HTML with the example: what a person and a screen reader get before any
// interaction. Behaviour in a browser (focus, announcements after changes) is for the browser tests.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { datedAround } from '../../src/lib/dates';
import { initialAgreement } from '../../src/tools/agreement/model';
import { emptyState } from '../../src/tools/feedback/model';
import { researchExample } from '../../src/tools/goals/examples';
import { chartRows, statementIds } from '../../src/tools/meetings/checkin';
import { CheckInTool } from '../../src/tools/meetings/CheckInTool';
import { meetingsExample } from '../../src/tools/meetings/examples';
import { MeetingsTool } from '../../src/tools/meetings/MeetingsTool';
import { meetingsTexts, standingTexts } from '../../src/tools/meetings/texts';
import { WhereWeStand } from '../../src/tools/meetings/WhereWeStand';

const TODAY = '2027-03-01';
const { pair, meetings } = datedAround(meetingsExample, TODAY);
const goals = datedAround(researchExample, TODAY).goals;
const goalOptions = goals.goals.map((g) => ({ id: g.id, title: g.title }));
const update = () => {};
const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;
/** The text of an element's content, tags dropped. */
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ');

describe('MeetingsTool', () => {
  const html = renderToString(h(MeetingsTool, { t: meetingsTexts, state: meetings, update, pair, goals: goalOptions, uidPrefix: 'r1', today: TODAY }));

  it('opens the next meeting, with the actions still open carried in and marked with where they came from', () => {
    expect(html).toContain('Regular meeting, 8 March 2027');
    expect(count(html, /Carried from 8 February 2027/)).toBe(1);
    expect(count(html, /Carried from 22 February 2027/)).toBe(2);
    expect(text(html)).toContain('⚑ Overdue');
    expect(html).toContain('value="Ask a colleague whether the journal takes negative results"');
  });

  it('gives every field a visible label tied to it, and a polite live region', () => {
    const ids = [...html.matchAll(/<(?:input|select|textarea)[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(html, id).toContain(`for="${id}"`);
    expect(html).toMatch(/role="status" aria-live="polite"/);
  });

  it('names each button by what it acts on, starting with the words it shows', () => {
    for (const [, label, shown] of html.matchAll(/<button[^>]*aria-label="([^"]+)"[^>]*>([^<]+)</g)) {
      expect(label!.startsWith(shown!.trim()), label).toBe(true);
    }
  });

  it('has the printed record: names, date, and every action the meeting shows', () => {
    const print = html.slice(html.indexOf('print-only mt-print'));
    expect(text(print)).toContain('Amara Okafor and Dr Lena Fischer · Regular meeting, 8 March 2027');
    expect(count(print, /carried from/)).toBe(3);
  });
});

describe('CheckInTool', () => {
  const html = renderToString(h(CheckInTool, { t: meetingsTexts, state: meetings, update, pair, today: TODAY }));
  const charts = html.split('class="mt-chart"').slice(1);

  it('draws one accessible chart per statement, with a summary it points to', () => {
    expect(charts).toHaveLength(statementIds.length);
    for (const chart of charts) {
      const [, describedBy] = /<svg[^>]*role="img"[^>]*aria-describedby="([^"]+)"/.exec(chart) ?? [];
      expect(describedBy).toBeTruthy();
      expect(chart).toMatch(new RegExp(`<p id="${describedBy}">[^<]+ out of 5\\.</p>`));
      expect(chart).toMatch(/aria-label="[^"]+: answers over time, out of 5"/);
    }
  });

  it('puts the same numbers in each table as in its chart: circles for the mentee, squares for the mentor', () => {
    statementIds.forEach((statement, i) => {
      const chart = charts[i]!;
      const rows = chartRows(meetings.checkIns, statement);
      const cells = [...chart.matchAll(/<tr><th scope="row">[^<]+<\/th><td>([^<]+)<\/td><td>([^<]+)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]);
      expect(cells).toEqual(rows.map((r) => [String(r.mentee ?? '–'), String(r.mentor ?? '–')]));
      expect(count(chart, /<circle/)).toBe(rows.filter((r) => r.mentee !== null).length);
      expect(count(chart, /<rect/)).toBe(rows.filter((r) => r.mentor !== null).length);
    });
  });

  it('links a low or falling answer to the chapter that helps', () => {
    expect(html).toContain('href="/guide/constructive-feedback/"');
    expect(html).toContain('href="/guide/accountability/"');
    expect(text(html)).toContain('something to talk about, not a score');
  });
});

describe('WhereWeStand', () => {
  const html = renderToString(h(WhereWeStand, {
    t: standingTexts, pair, goals, agreement: initialAgreement(), feedback: emptyState(), meetings, today: TODAY,
  }));

  it('links every part to the tool that holds it', () => {
    for (const tool of ['meetings', 'goals', 'agreement', 'feedback']) expect(html).toContain(`href="/tools/${tool}/"`);
  });

  it('lists the overdue action first, with who owes it, and has a print-only heading with the names and date', () => {
    const rows = [...html.matchAll(/<tr><td>(.*?)<\/tr>/g)].map((m) => text(m[1]!));
    expect(rows[0]).toMatch(/^Ask a colleague.*Dr Lena Fischer.*Overdue$/);
    expect(rows).toHaveLength(3);
    expect(text(html)).toContain('Where we stand: Amara Okafor and Dr Lena Fischer');
    expect(text(html)).toContain('As of 1 March 2027');
  });
});
