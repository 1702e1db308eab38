// The goal-setting worksheet's manifest: what the rest of the site knows about it.
import { readIslandJson, type IslandProps, type ToolManifest } from '../manifest';
import type { Example } from './examples';
import { goalsSpec } from './store';
import type { GoalsTexts } from './texts';

export interface GoalsProps extends IslandProps {
  t: GoalsTexts;
  example: Example;
}

export const goals: ToolManifest<'goals', GoalsProps> = {
  id: 'goals',
  name: 'Goal-setting worksheet',
  summary:
    'Turn a wish into a plan you both can follow: SMART checks, a first step, milestones, check-ins and review dates.',
  intro:
    'Write one to three goals together, make each one specific and dated, plan the first step and the main obstacle, then tick off milestones and log check-ins as you go. Open it at every meeting.',
  opening: 'the goal-setting worksheet',
  stores: [goalsSpec],
  readProps: (json) => readIslandJson<GoalsProps>(json, ['t', 'example']),
};
