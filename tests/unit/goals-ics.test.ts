// The calendar file: RFC 5545 line ends, folding by octets, escaping, all-day dates and stable UIDs.
import { describe, expect, it } from 'vitest';
import { datedAround } from '../../src/lib/dates';
import { buildIcs, calendarEvents, escapeText, foldLine } from '../../src/tools/goals/ics';
import { emptyGoal, goalTitle, type GoalsState } from '../../src/tools/goals/model';
import { researchExample } from '../../src/tools/goals/examples';
import { goalsTexts } from '../../src/tools/goals/texts';
import type { Pair } from '../../src/tools/pair/model';

const NOW = new Date('2026-11-26T09:05:03.456Z');
const words = goalsTexts.calendar;
const pair: Pair = { mentee: 'Amara Okafor', mentor: 'Dr Lena Fischer', startDate: '2026-10-01', reviewDate: '2027-04-01' };
const state: GoalsState = {
  goals: [
    {
      ...emptyGoal('g1'),
      title: 'Submit the paper; first, the methods, then results',
      measure: 'Submitted',
      nextReview: '2026-12-31',
      milestones: [
        { id: 'm1', text: 'Methods drafted', date: '2026-12-01', done: false },
        { id: 'm2', text: 'Already done', date: '2026-11-01', done: true },
        { id: 'm3', text: 'No date yet', date: '', done: false },
      ],
    },
    { ...emptyGoal('g2'), title: 'Archived goal', archived: true, nextReview: '2027-01-01',
      milestones: [{ id: 'm1', text: 'Hidden', date: '2027-01-01', done: false }] },
  ],
};

/** Unfolds and splits the file into events of name -> value (parameters kept in the name), as a reader would. */
function parseIcs(text: string) {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) {
      const at = line.indexOf(':');
      current[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return { lines, events };
}
const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and newlines, in that order', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  it('drops other control characters and keeps tabs', () => {
    expect(escapeText('a\u0007b\tc\u007f')).toBe('ab\tc');
  });
  it('round-trips through a reader', () => {
    const text = 'Commas, semicolons; back\\slashes\nand lines';
    expect(unescape(escapeText(text))).toBe(text);
  });
});

describe('foldLine', () => {
  const octets = (s: string) => new TextEncoder().encode(s).length;
  it('leaves a line of 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });
  it('folds at 75 octets with a leading space that counts', () => {
    const line = `SUMMARY:${'x'.repeat(200)}`;
    const parts = foldLine(line).split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(octets(parts[0]!)).toBe(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });
  it('counts UTF-8 octets, not characters, and never splits a character', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'🎯'.repeat(20)}“quoted”`;
    const parts = foldLine(line).split('\r\n');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const part of parts) {
      const bytes = new TextEncoder().encode(part);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(bytes)).not.toThrow();
      expect(part).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    // 40 two-octet letters would fit in 75 characters but not in 75 octets.
    expect(parts[0]!.length).toBeLessThan(75);
  });
});

describe('calendarEvents', () => {
  it('holds the pair review, open goals’ reviews and their dated, open milestones', () => {
    const events = calendarEvents(state, pair, words, 'rel1');
    expect(events.map((e) => [e.uid, e.date])).toEqual([
      ['rel1-review@goodmentoringguide.org', '2027-04-01'],
      ['rel1-goal-g1-review@goodmentoringguide.org', '2026-12-31'],
      ['rel1-goal-g1-milestone-m1@goodmentoringguide.org', '2026-12-01'],
    ]);
    expect(events[0]!.summary).toBe('Mentoring review: Amara Okafor and Dr Lena Fischer');
    expect(events[2]!.summary).toBe('Milestone: Methods drafted');
  });
  it('has words for what has no name or title yet', () => {
    const untitled: GoalsState = { goals: [{ ...emptyGoal('u'), nextReview: '2027-01-01', milestones: [{ id: 'm', text: ' ', date: '2027-01-02', done: false }] }] };
    const events = calendarEvents(untitled, { mentee: '', mentor: ' ', startDate: '', reviewDate: '2027-04-01' }, words, 'rel1');
    expect(events.map((e) => e.summary)).toEqual(['Mentoring review', 'Review goal: Untitled goal', 'Milestone: untitled']);
    expect(events[1]!.description).toBe('Goal: Untitled goal');
    expect(events[2]!.description).toBe('A milestone of the goal: Untitled goal');
  });
  it('is empty when there are no dates', () => {
    expect(calendarEvents({ goals: [emptyGoal('a')] }, { mentee: '', mentor: '', startDate: '', reviewDate: '' }, words, 'rel1')).toEqual([]);
  });
});

describe('buildIcs', () => {
  const ics = buildIcs(calendarEvents(state, pair, words, 'rel1'), NOW);
  it('ends every line with CRLF and has no bare line feeds or carriage returns', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
  it('keeps every physical line within 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
  it('is a calendar with a version, a product id and one VEVENT per date', () => {
    const { lines, events } = parseIcs(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.find((l) => l.startsWith('PRODID:'))).toBeTruthy();
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(events).toHaveLength(3);
  });
  it('writes all-day dates with VALUE=DATE and an exclusive end on the next day', () => {
    const { events } = parseIcs(ics);
    const review = events.find((e) => e.UID === 'rel1-goal-g1-review@goodmentoringguide.org')!;
    expect(review['DTSTART;VALUE=DATE']).toBe('20261231');
    expect(review['DTEND;VALUE=DATE']).toBe('20270101');
    expect(review.DTSTAMP).toBe('20261126T090503Z');
  });
  it('escapes commas, semicolons and newlines in text', () => {
    const { events } = parseIcs(ics);
    const review = events.find((e) => e.UID === 'rel1-goal-g1-review@goodmentoringguide.org')!;
    expect(review.SUMMARY).toBe('Review goal: Submit the paper\\; first\\, the methods\\, then results');
    expect(unescape(review.DESCRIPTION!)).toBe(
      'Goal: Submit the paper; first, the methods, then results\nMeasure of success: Submitted\nWith Amara Okafor and Dr Lena Fischer',
    );
  });
  it('gives two relationships different UIDs for the same kind of event, so one pair’s review never replaces another’s', () => {
    const other = calendarEvents(state, pair, words, 'rel2').map((e) => e.uid);
    const mine = calendarEvents(state, pair, words, 'rel1').map((e) => e.uid);
    expect(other.filter((uid) => mine.includes(uid))).toEqual([]);
  });

  it('gives each event a UID that stays the same from one download to the next', () => {
    const later = buildIcs(calendarEvents(state, pair, words, 'rel1'), new Date('2027-01-05T00:00:00Z'));
    const uids = (text: string) => parseIcs(text).events.map((e) => e.UID);
    expect(uids(later)).toEqual(uids(ics));
    expect(new Set(uids(ics)).size).toBe(3);
    expect(later.replace(/DTSTAMP:\d{8}T\d{6}Z/g, '')).toBe(ics.replace(/DTSTAMP:\d{8}T\d{6}Z/g, ''));
  });
  it('folds long lines of the example, and a reader gets the text back', () => {
    const example = datedAround(researchExample, '2026-11-26');
    const long = { ...example.goals, goals: example.goals.goals.map((g) => ({ ...g, title: `${g.title}, with accents: café, naïve, “quotes” and 🎯 `.repeat(3) })) };
    const text = buildIcs(calendarEvents(long, example.pair, words, 'rel1'), NOW);
    expect(text).toMatch(/\r\n /);
    const { events } = parseIcs(text);
    const review = events.find((e) => e.UID === 'rel1-goal-ex-paper-review@goodmentoringguide.org')!;
    // A long goal is named by its first words in the summary (issue 16), and given in full in the description.
    expect(unescape(review.SUMMARY!)).toBe(`Review goal: ${goalTitle(long.goals[0]!)}`);
    expect(unescape(review.SUMMARY!).length).toBeLessThan(90);
    expect(unescape(review.DESCRIPTION!)).toContain(`Goal: ${long.goals[0]!.title.trim()}`);
  });
});
