// Export files: built with versions inside, read back with every problem refusing the whole file.
import { describe, expect, it } from 'vitest';
import { buildExport, MAX_IMPORT_BYTES, readImport, wrap } from '../../src/lib/storage';
import { pairStore } from '../../src/tools/pair/store';

const specs = [pairStore.spec];
const pair = { mentee: 'Amara', mentor: 'Lena', startDate: '2026-10-05', reviewDate: '2027-04-05' };

describe('buildExport', () => {
  it('marks the file as ours, with a format and each tool as a versioned envelope', () => {
    const file = buildExport({ pair: wrap(1, pair, new Date('2026-11-01T00:00:00Z')) }, new Date('2026-11-26T00:00:00Z'));
    expect(file).toEqual({
      app: 'good-mentoring-guide', format: 1, exportedAt: '2026-11-26T00:00:00.000Z',
      tools: { pair: { v: 1, savedAt: '2026-11-01T00:00:00.000Z', data: pair } },
    });
  });
});

describe('readImport', () => {
  const good = JSON.stringify(buildExport({ pair: wrap(1, pair) }));
  it('reads its own export back', () => {
    const result = readImport(good, specs);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.items.map((i) => [i.spec.id, i.data])).toEqual([['pair', pair]]);
  });
  it('sets aside tools it does not know, and says so', () => {
    const result = readImport(JSON.stringify({ ...JSON.parse(good), tools: { ...JSON.parse(good).tools, future: { v: 1, savedAt: '2026-01-01T00:00:00Z', data: {} } } }), specs);
    expect(result.ok && result.ignored).toEqual(['future']);
  });
  it.each([
    ['text that is not JSON', '{"app":', /not valid JSON/],
    ['another app’s file', JSON.stringify({ app: 'other' }), /not an export from The Good Mentoring Guide/],
    ['a newer format', JSON.stringify({ app: 'good-mentoring-guide', format: 2, tools: {} }), /newer version/],
    ['no tools', JSON.stringify({ app: 'good-mentoring-guide', format: 1 }), /holds no worksheets/],
    ['only unknown tools', JSON.stringify({ app: 'good-mentoring-guide', format: 1, tools: { x: {} } }), /nothing this site can use/],
    ['a tool whose data fails to parse', JSON.stringify({ app: 'good-mentoring-guide', format: 1, tools: { pair: { v: 1, savedAt: '2026-01-01T00:00:00Z', data: { mentor: 7, startDate: 'x' } } } }), /names and dates in the file cannot be used: mentor is not text/],
    ['an envelope with no version', JSON.stringify({ app: 'good-mentoring-guide', format: 1, tools: { pair: { data: pair } } }), /version/],
  ])('refuses %s', (_, text, reason) => {
    const result = readImport(text, specs);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });
  it('refuses a file over the size limit without parsing it', () => {
    const result = readImport('{}', specs, MAX_IMPORT_BYTES + 1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/MB/);
  });
});
