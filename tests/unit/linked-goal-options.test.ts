// What the agreement and the feedback builder read of the goal worksheet, through the worksheet's own parser.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { goalOptionsFrom } from '../../src/tools/linked/goal-options';
import { goalsSpec } from '../../src/tools/goals/store';
import { decodeRaw } from '../../src/lib/storage';
import { emptyGoal } from '../../src/tools/goals/model';

const v1 = readFileSync('tests/fixtures/storage/goals.v1.json', 'utf8');

it('gives the active goals with titles of a stored worksheet, in order, as the worksheet parses it', () => {
  const state = decodeRaw(goalsSpec, v1).data;
  const expected = state.goals.filter((g) => !g.archived && g.title.trim()).map((g) => ({ id: g.id, title: g.title.trim() }));
  expect(expected.length).toBeGreaterThan(0);
  expect(goalOptionsFrom(state)).toEqual(expected);
});

it('leaves out archived and untitled goals', () => {
  const goals = [
    { ...emptyGoal('a'), title: '  Publish the paper ' },
    { ...emptyGoal('b'), title: 'Old goal', archived: true },
    { ...emptyGoal('c'), title: '   ' },
  ];
  expect(goalOptionsFrom({ goals })).toEqual([{ id: 'a', title: 'Publish the paper' }]);
});

it('is the only way other tools read the goal worksheet: none of them reads its storage key or parses it itself', () => {
  for (const tool of ['agreement', 'feedback']) {
    for (const file of readdirSync(join('src/tools', tool), { recursive: true }) as string[]) {
      if (!/\.tsx?$/.test(file)) continue;
      const source = readFileSync(join('src/tools', tool, file), 'utf8');
      expect(source, `${tool}/${file}`).not.toMatch(/gmg:goals|storageKey\('goals'\)|parseGoals|goals\/model/);
    }
  }
});

it('names a long goal by its short title, or its first words, as the worksheet does (issue 16)', () => {
  const paragraph = 'Get a first paper out of my thesis work and submitted to a journal before my funding ends, because I want to show it.';
  const goals = [
    { ...emptyGoal('a'), title: paragraph, short: ' First paper ' },
    { ...emptyGoal('b'), title: paragraph },
  ];
  const [a, b] = goalOptionsFrom({ goals });
  expect(a).toEqual({ id: 'a', title: 'First paper' });
  expect(b!.title.length).toBeLessThan(paragraph.length);
  expect(paragraph.startsWith(b!.title.replace(/…$/, '').trim())).toBe(true);
});
