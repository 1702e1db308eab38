// The meeting record's words (texts.ts) and example (examples.ts) are content: they travel in the page as JSON, so they
// must be plain data that survives the trip, and no view may import them (only their types).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datedAround } from '../../src/lib/dates';
import { jsonInHtml } from '../../src/lib/json-in-html';
import { meetingsExample } from '../../src/tools/meetings/examples';
import { parseMeetings } from '../../src/tools/meetings/model';
import { meetingsTexts, standingTexts } from '../../src/tools/meetings/texts';

const dir = new URL('../../src/tools/meetings/', import.meta.url);
/** What a <script type="application/json"> written by jsonInHtml gives back to JSON.parse. */
const roundTrip = (value: unknown) => JSON.parse(jsonInHtml(value));

describe('meetings content', () => {
  it('survives the trip through the page as JSON', () => {
    for (const content of [meetingsTexts, standingTexts, meetingsExample]) expect(roundTrip(content)).toEqual(content);
  });

  it('has an example that parses as stored data once its dates are made real, and not before', () => {
    expect(parseMeetings(datedAround(roundTrip(meetingsExample.meetings), '2027-03-01')).ok).toBe(true);
    expect(parseMeetings(meetingsExample.meetings).ok).toBe(false);
  });

  it('is imported by no view except as types (content.ts, read by the page at build time, hands it over)', () => {
    const sources = readdirSync(dir).filter((f) => /\.(tsx?)$/.test(f) && !['texts.ts', 'examples.ts', 'content.ts'].includes(f));
    expect(sources.length).toBeGreaterThan(10);
    for (const file of sources) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      expect(source, file).not.toMatch(/^import (?!type)[^;]*from '\.\/(texts|examples)'/m);
    }
  });

  it('fills every placeholder the views fill, and no other', () => {
    // A placeholder with a typo would show as "{nmae}" on the page: each one used must be one the code supplies.
    const known = new Set(['n', 'what', 'name', 'date', 'kind', 'mentee', 'mentor', 'partner', 'statement', 'value', 'previous',
      'title', 'difference', 'reason', 'names', 'done', 'percent']);
    const used = [...JSON.stringify([meetingsTexts, standingTexts]).matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    expect(used.filter((p) => !known.has(p))).toEqual([]);
  });
});
