// An iCalendar file (RFC 5545) of all-day events that any calendar app can import. Pure: the time of writing is passed in.
import { addDays } from './dates';

export interface CalendarEvent {
  /** Stable across downloads, so importing again updates an event rather than adding a copy. */
  uid: string;
  /** YYYY-MM-DD: an all-day event. */
  date: string;
  summary: string;
  description: string;
}

/** The domain every UID ends in: `<something stable>@goodmentoringguide.org`. */
export const UID_DOMAIN = 'goodmentoringguide.org';

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

/** The whole calendar file of these events, CRLF line ends included. `product` names the tool in PRODID. */
export function buildIcs(events: CalendarEvent[], now: Date, product: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//The Good Mentoring Guide//${product}//EN`,
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
