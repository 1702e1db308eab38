// Envelopes, parsing and the migration chain: pure, no browser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRaw, migrate, readEnvelope, wrap, type StoredSpec } from '../../src/lib/storage';
import { isQuarantineKey, quarantineKey, quarantineOf, scopedKey, storageKey } from '../../src/lib/storage/envelope';
import { finish, readArray, readDate, readEnum, readString } from '../../src/lib/storage';
import { pairSpec as storedPairSpec } from '../../src/tools/pair/store';

const fixture = (name: string) => readFileSync(`tests/fixtures/storage/${name}`, 'utf8');
const pairSpec = storedPairSpec;

describe('envelopes', () => {
  it('wrap records version, time and data', () => {
    expect(wrap(3, { a: 1 }, new Date('2026-01-02T03:04:05Z'))).toEqual({ v: 3, savedAt: '2026-01-02T03:04:05.000Z', data: { a: 1 } });
  });
  it.each([
    [null, /not an object/],
    [[1, 2], /not an object/],
    [{ savedAt: '2026-01-01T00:00:00Z', data: {} }, /version/],
    [{ v: 1.5, savedAt: '2026-01-01T00:00:00Z', data: {} }, /version/],
    [{ v: 1, savedAt: 'yesterday', data: {} }, /save time/],
    [{ v: 1, savedAt: '2026-01-01T00:00:00Z' }, /no data/],
  ])('rejects %j', (value, reason) => {
    const result = readEnvelope(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });
  it('keys are namespaced, and quarantine keys are told apart', () => {
    expect(storageKey('goals')).toBe('gmg:goals');
    expect(scopedKey('r1', 'goals')).toBe('gmg:r:r1:goals');
    expect(quarantineKey('gmg:r:r1:goals', 1700000000000)).toBe('gmg:r:r1:goals:quarantine:1700000000000');
    expect(isQuarantineKey('gmg:r:r1:goals:quarantine:1700000000000')).toBe(true);
    expect(quarantineOf('gmg:r:r1:goals:quarantine:1700000000000')).toEqual({ from: 'gmg:r:r1:goals', at: 1700000000000 });
    expect(isQuarantineKey('gmg:r:r1:goals')).toBe(false);
    expect(isQuarantineKey('gmg:pair:quarantine:5')).toBe(true);
  });
});

describe('decoding the pair', () => {
  it('reads nothing stored as the empty state, with no problem', () => {
    expect(decodeRaw(pairSpec, null)).toEqual({ data: pairSpec.initial(), meta: { s: {}, g: {}, seen: {} } });
  });
  it('reads the current version fixture as it is', () => {
    const decoded = decodeRaw(pairSpec, fixture('pair.v1.json'));
    expect(decoded.problem).toBeUndefined();
    expect(decoded.migratedFrom).toBeUndefined();
    expect(decoded.data).toEqual({ mentee: 'Amara Okafor', mentor: 'Dr Lena Fischer', startDate: '2026-10-05', reviewDate: '2027-04-05' });
  });
  it('migrates the version 0 fixture through the chain', () => {
    const decoded = decodeRaw(pairSpec, fixture('pair.v0.json'));
    expect(decoded.problem).toBeUndefined();
    expect(decoded.migratedFrom).toBe(0);
    expect(decoded.data).toEqual({ mentee: 'Amara Okafor', mentor: 'Dr Lena Fischer', startDate: '', reviewDate: '' });
  });
  it('reports text that is not JSON, starting empty', () => {
    const decoded = decodeRaw(pairSpec, '{"v":1,"savedAt":"2026-');
    expect(decoded.problem).toMatch(/not valid JSON/);
    expect(decoded.data).toEqual(pairSpec.initial());
  });
  it('salvages the good fields of data that fails parse', () => {
    const raw = JSON.stringify({ v: 1, savedAt: '2026-10-05T16:12:00.000Z', data: { mentee: 'Amara', mentor: 42, startDate: 'soon' } });
    const decoded = decodeRaw(pairSpec, raw);
    expect(decoded.problem).toMatch(/mentor is not text/);
    expect(decoded.problem).toMatch(/startDate is not a date/);
    expect(decoded.data).toEqual({ mentee: 'Amara', mentor: '42', startDate: '', reviewDate: '' });
  });
  it('refuses data from a newer version rather than guessing', () => {
    const decoded = decodeRaw(pairSpec, JSON.stringify({ v: 9, savedAt: '2026-10-05T16:12:00.000Z', data: {} }));
    expect(decoded.problem).toMatch(/newer version/);
  });
});

describe('the migration chain', () => {
  // A test-only spec with three versions shows every step runs, in order.
  const spec: StoredSpec<{ name: string; tags: string[]; level: number }> = {
    id: 'chain',
    label: 'Chain',
    version: 2,
    parse: (input) => ({ ok: true, data: input as { name: string; tags: string[]; level: number } }),
    migrations: {
      0: (d) => ({ name: (d as { title: string }).title, tags: [] }),
      1: (d) => ({ ...(d as object), level: 1 }),
    },
    initial: () => ({ name: '', tags: [], level: 0 }),
  };
  it('runs 0 to 1 to 2', () => {
    expect(migrate(spec, 0, { title: 'x' })).toEqual({ ok: true, data: { name: 'x', tags: [], level: 1 } });
  });
  it('runs only the steps needed', () => {
    expect(migrate(spec, 1, { name: 'y', tags: ['a'] })).toEqual({ ok: true, data: { name: 'y', tags: ['a'], level: 1 } });
  });
  it('says which step is missing', () => {
    expect(migrate({ ...spec, migrations: { 1: spec.migrations[1]! } }, 0, {})).toEqual({ ok: false, error: 'there is no way to update version 0 data' });
  });
  it('says which step failed', () => {
    const result = migrate(spec, 0, null);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/from version 0 failed/);
  });
});

describe('field readers', () => {
  it('keep what can be kept and note the rest', () => {
    const problems: string[] = [];
    const obj = { a: 'x', d: '2026-02-30', e: 'purple', list: [{ t: 'ok' }, 5, { t: 'fine' }] };
    expect(readString(obj, 'a', '', problems)).toBe('x');
    expect(readString(obj, 'missing', '', problems, 'fallback')).toBe('fallback');
    expect(readDate(obj, 'd', '', problems)).toBe('');
    expect(readEnum(obj, 'e', ['red', 'blue'] as const, 'red', '', problems)).toBe('red');
    const list = readArray(obj, 'list', '', problems, (item, path, p) => {
      if (typeof item !== 'object' || item === null) {
        p.push(`${path.slice(0, -1)} is not an item`);
        return undefined;
      }
      return (item as { t: string }).t;
    });
    expect(list).toEqual(['ok', 'fine']);
    expect(problems).toEqual([
      'd is not a date (YYYY-MM-DD)',
      'e is not one of red, blue',
      'list[1] is not an item',
    ]);
    const result = finish({ list }, problems);
    expect(result.ok).toBe(false);
  });
});
