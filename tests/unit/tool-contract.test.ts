// The contract every tool in src/tools/list.ts keeps, checked without a browser. A new tool gets these for free:
// every past version of its stored data has a fixture that parses and round-trips, its example parses as stored data,
// and its island checks the JSON the page gives it. (tests/e2e/tool-contract.test.ts holds the browser half.)
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRaw, wrap } from '../../src/lib/storage';
import { jsonInHtml } from '../../src/lib/json-in-html';
import { tools } from '../../src/tools/list';
import { everySpec } from '../../src/tools/data/inventory';
import { toolContent } from '../support/tool-content';

const fixtures = readdirSync('tests/fixtures/storage');
const specs = everySpec;

describe.each(specs.map((s) => [s.id, s] as const))('stored data %s', (_, spec) => {
  const oldest = Math.min(spec.version, ...Object.keys(spec.migrations).map(Number));
  const versions = Array.from({ length: spec.version - oldest + 1 }, (_, i) => oldest + i);

  it.each(versions)('has a fixture of version %i that parses with no problem and comes up to date', (v) => {
    const name = `${spec.id}.v${v}.json`;
    expect(fixtures, name).toContain(name);
    const decoded = decodeRaw(spec, readFileSync(`tests/fixtures/storage/${name}`, 'utf8'));
    expect(decoded.problem).toBeUndefined();
    expect(decoded.migratedFrom).toBe(v < spec.version ? v : undefined);
    expect(spec.isEmpty?.(decoded.data) ?? false).toBe(false);
    // Round trip: what is read, written again, reads back the same.
    expect(decodeRaw(spec, JSON.stringify(wrap(spec.version, decoded.data))).data).toEqual(decoded.data);
  });

  it('declares which of its properties are lists of items, so two copies merge item by item', () => {
    expect(spec.shape, `${spec.id} has no merge shape`).toBeDefined();
  });
});

describe.each(tools.map((t) => [t.id, t] as const))('tool %s', (id, tool) => {
  const content = toolContent(id);

  it('has an example that parses as stored data, store by store', () => {
    const data = content.exampleData('2027-03-01');
    expect(Object.keys(data).length).toBeGreaterThan(0);
    for (const [specId, value] of Object.entries(data)) {
      const spec = everySpec.find((s) => s.id === specId);
      expect(spec, specId).toBeDefined();
      const parsed = spec!.parse(JSON.parse(JSON.stringify(value)));
      expect(parsed.ok, `${id}: ${specId} ${parsed.ok ? '' : parsed.error}`).toBe(true);
      expect(spec!.isEmpty?.(value) ?? false, specId).toBe(false);
    }
  });

  it('takes the JSON its page gives it, and refuses JSON that lacks part of it', () => {
    const props = JSON.parse(jsonInHtml(content.islandProps(3)));
    expect(tool.readProps(props)).toEqual(props);
    const [first] = Object.keys(props).filter((k) => k !== 'level');
    expect(() => tool.readProps({ ...props, [first!]: undefined })).toThrow(new RegExp(first!));
    expect(() => tool.readProps({ ...props, level: 7 })).toThrow(/heading level/);
    expect(() => tool.readProps(null)).toThrow();
  });

  it('has a page name, a summary and an intro of its own', () => {
    expect(tool.name.length).toBeGreaterThan(5);
    expect(tool.summary).toMatch(/\.$/);
    expect(tool.intro).toMatch(/\.$/);
    expect(tools.filter((t) => t.name === tool.name)).toHaveLength(1);
  });
});
