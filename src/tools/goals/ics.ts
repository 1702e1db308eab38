// Review and milestone dates as an iCalendar file (RFC 5545) that any calendar app can import. Pure.
import type { Pair } from '../pair/model';
import { addDays, fill, goalTitle, type GoalsState } from './model';
import type { GoalsTexts } from './texts';

/** The words of the events (texts.ts). */
export type CalendarTexts = GoalsTexts['calendar'];

export interface CalendarEvent {
  /** Stable across downloads, so importing again updates an event rather than adding a copy. */
  uid: string;
  /** YYYY-MM-DD: an all-day event. */
  date: string;
  summary: string;
  description: string;
}

const DOMAIN = 'goodmentoringguide.org';

/** The dates worth a calendar entry: the pair's review, each open goal's next review and its open milestones. */
export function calendarEvents(state: GoalsState, pair: Pair, w: CalendarTexts): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const names = [pair.mentee.trim(), pair.mentor.trim()].filter(Boolean).join(w.and);
  if (pair.reviewDate) {
    events.push({
      uid: `pair-review@${DOMAIN}`,
      date: pair.reviewDate,
      summary: names ? fill(w.pairReview, { names }) : w.pairReviewNoNames,
      description: w.pairReviewWhy,
    });
  }
  for (const goal of state.goals) {
    if (goal.archived) continue;
    // Summaries name a long goal by its short title; the review's description gives it in full.
    const title = goalTitle(goal) || w.untitledGoal;
    const full = goal.title.trim() || title;
    const measure = goal.measure.trim();
    if (goal.nextReview) {
      events.push({
        uid: `${goal.id}-review@${DOMAIN}`,
        date: goal.nextReview,
        summary: fill(w.goalReview, { title }),
        description: [fill(w.goal, { title: full }), measure && fill(w.measure, { measure }), names && fill(w.with, { names })]
          .filter(Boolean)
          .join('\n'),
      });
    }
    for (const m of goal.milestones) {
      if (!m.date || m.done) continue;
      events.push({
        uid: `${goal.id}-milestone-${m.id}@${DOMAIN}`,
        date: m.date,
        summary: fill(w.milestone, { text: m.text.trim() || w.untitledMilestone }),
        description: fill(w.milestoneOf, { title }),
      });
    }
  }
  return events;
}

/** TEXT values: backslash, semicolon, comma and newline escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no line is longer than 75 octets of UTF-8, never splitting a character; each
 * continuation starts with one space (which counts towards its 75).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > 75) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const basicDate = (iso: string) => iso.replace(/-/g, '');
/** A UTC time in the basic format: 20261126T090503Z. */
const stamp = (now: Date) => now.toISOString().replace(/[-:]|\.\d+/g, '');

/** The whole calendar file of these events (from calendarEvents), CRLF line ends included. */
export function buildIcs(events: CalendarEvent[], now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//The Good Mentoring Guide//Goal-setting worksheet//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      // The day after: the (exclusive) end of an all-day event.
      `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
