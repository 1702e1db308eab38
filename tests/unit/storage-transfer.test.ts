// Export files: built with versions and edit stamps inside, read back with every problem refusing the whole file.
import { describe, expect, it } from 'vitest';
import { buildExport, MAX_IMPORT_BYTES, readImport, wrap } from '../../src/lib/storage';
import { pairSpec } from '../../src/tools/pair/store';
import { goalsSpec } from '../../src/tools/goals/store';
import { emptyGoal } from '../../src/tools/goals/model';

const specs = [pairSpec, goalsSpec];
const pair = { mentee: 'Amara', mentor: 'Lena', startDate: '2026-10-05', reviewDate: '2027-04-05' };
const names = { mentee: 'Amara', mentor: 'Lena' };
const sync = { s: { '.mentee': '00mhx2k3a~abc123' }, g: {}, seen: { abc123: 1700000000000 } };

describe('buildExport', () => {
  it('marks the file as ours, with a format and each relationship’s tools as versioned envelopes with their stamps', () => {
    const rel = { id: 'r1', names, from: 'mentee' as const, tools: { pair: wrap(1, pair, new Date('2026-11-01T00:00:00Z'), sync) } };
    const file = buildExport([rel], new Date('2026-11-26T00:00:00Z'));
    expect(file).toEqual({
      app: 'good-mentoring-guide', format: 2, exportedAt: '2026-11-26T00:00:00.000Z',
      relationships: [{ id: 'r1', names, from: 'mentee', tools: { pair: { v: 1, savedAt: '2026-11-01T00:00:00.000Z', data: pair, sync } } }],
    });
  });
});

describe('readImport', () => {
  const file = (tools: object, extra: object = {}) =>
    JSON.stringify({ ...buildExport([{ id: 'r1', names, tools } as never]), ...extra });
  const good = file({ pair: wrap(1, pair, new Date(), sync) });

  it('reads its own export back, stamps and all', () => {
    const result = readImport(good, specs);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [rel] = result.relationships;
    expect(rel!.id).toBe('r1');
    expect(rel!.items.map((i) => [i.spec.id, i.data, i.meta])).toEqual([['pair', pair, sync]]);
  });
  it('reads a file from before relationships (format 1) as one relationship with no id, for the person to place', () => {
    const result = readImport(JSON.stringify({ app: 'good-mentoring-guide', format: 1, tools: { pair: wrap(1, pair) } }), specs);
    expect(result.ok && result.relationships.map((r) => [r.id, r.items.length])).toEqual([['', 1]]);
  });
  it('leaves out tools it does not know, and says so', () => {
    const result = readImport(file({ pair: wrap(1, pair), future: wrap(1, {}) }), specs);
    expect(result.ok && result.ignored).toEqual(['future']);
  });
  it('says which fields inside an item it left out', () => {
    const goal = { ...emptyGoal('g1'), title: 'Write', mood: 'keen' };
    const result = readImport(file({ goals: wrap(1, { goals: [goal] }) }), specs);
    expect(result.ok && result.leftOut).toEqual(['Goal worksheet: goals[0].mood']);
  });
  it('brings back set-aside copies that “Export everything” carried', () => {
    const result = readImport(file({ pair: wrap(1, pair) }, { setAside: [{ key: 'gmg:r:r1:goals:quarantine:5', raw: '{"v":' }] }), specs);
    expect(result.ok && result.setAside).toEqual([{ key: 'gmg:r:r1:goals:quarantine:5', raw: '{"v":' }]);
  });
  it.each([
    ['text that is not JSON', '{"app":', /not valid JSON/],
    ['a PDF', '%PDF-1.7\n...', /This is a PDF.*choose the \.json file/],
    ['the agreement’s text file', '# Mentoring agreement\n\nAmara and Lena', /looks like a text file.*choose the \.json file/],
    ['a calendar file', 'BEGIN:VCALENDAR\r\nVERSION:2.0', /calendar file/],
    ['another app’s file', JSON.stringify({ app: 'other' }), /not an export from The Good Mentoring Guide/],
    ['no format', JSON.stringify({ app: 'good-mentoring-guide', relationships: [] }), /no format number, so it is damaged or incomplete/],
    ['a negative format', JSON.stringify({ app: 'good-mentoring-guide', format: -1, relationships: [] }), /format number is not valid/],
    ['a newer format', JSON.stringify({ app: 'good-mentoring-guide', format: 3, relationships: [] }), /newer version/],
    ['no relationships', JSON.stringify({ app: 'good-mentoring-guide', format: 2 }), /holds no worksheets/],
    ['a relationship with no usable id', JSON.stringify({ app: 'good-mentoring-guide', format: 2, relationships: [{ id: 'a b', tools: { pair: wrap(1, pair) } }] }), /no usable id/],
    ['only unknown tools', file({ x: wrap(1, {}) }), /nothing this site can use/],
    ['a tool whose data fails to parse', file({ pair: { v: 1, savedAt: '2026-01-01T00:00:00Z', data: { mentor: 7, startDate: 'x' } } }), /names and dates cannot be used: mentor is not text/],
    ['an envelope with no version', file({ pair: { data: pair } }), /version/],
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
