// The light reader of the goal worksheet that the agreement and the feedback builder use.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { GOALS_VERSION_READ, goalOptionsFrom } from '../../src/tools/goals/goal-options';
import { goalsStore } from '../../src/tools/goals/store';
import { decodeRaw } from '../../src/lib/storage';

const v1 = readFileSync('tests/fixtures/storage/goals.v1.json', 'utf8');

it('reads the same version as the worksheet stores (update the reader when the version changes)', () => {
  expect(GOALS_VERSION_READ).toBe(goalsStore.spec.version);
});

it('agrees with the full parser on the stored fixture: active goals with titles, in order', () => {
  const full = decodeRaw(goalsStore.spec, v1).data.goals.filter((g) => !g.archived && g.title.trim());
  expect(goalOptionsFrom(v1)).toEqual(full.map((g) => ({ id: g.id, title: g.title.trim() })));
  expect(goalOptionsFrom(v1).length).toBeGreaterThan(0);
});

it('leaves out archived and untitled goals, and items that are not goals', () => {
  const raw = JSON.stringify({ v: 1, savedAt: '2026-11-01T00:00:00Z', data: { goals: [
    { id: 'a', title: '  Publish the paper ', archived: false },
    { id: 'b', title: 'Old goal', archived: true },
    { id: 'c', title: '   ' },
    null, 5, { title: 'no id' },
  ] } });
  expect(goalOptionsFrom(raw)).toEqual([{ id: 'a', title: 'Publish the paper' }]);
});

it.each([
  ['nothing stored', null],
  ['text that is not JSON', '{"v":1,'],
  ['another version', JSON.stringify({ v: 2, data: { goals: [{ id: 'a', title: 'x' }] } })],
  ['no goals list', JSON.stringify({ v: 1, data: {} })],
])('gives no options for %s', (_, raw) => {
  expect(goalOptionsFrom(raw)).toEqual([]);
});

it('names a goal by its short title when it has one (issue 16: a paragraph-long goal in every list)', () => {
  const paragraph = 'Get a first paper out of my thesis work and submitted to a journal before my funding ends, because I want to show it.';
  const raw = JSON.stringify({ v: 1, savedAt: '2026-11-01T00:00:00Z', data: { goals: [
    { id: 'a', title: paragraph, short: ' First paper ' },
    { id: 'b', title: ` ${paragraph}`, short: ' ' },
    { id: 'c', title: '', short: 'Only a short title' },
  ] } });
  expect(goalOptionsFrom(raw)).toEqual([
    { id: 'a', title: 'First paper' },
    { id: 'b', title: paragraph },
    { id: 'c', title: 'Only a short title' },
  ]);
  // The full parser keeps the short title these come from.
  expect(decodeRaw(goalsStore.spec, raw).data.goals.map((g) => g.short)).toEqual([' First paper ', ' ', 'Only a short title']);
});
