// "Where we stand": one relationship at a glance, from every tool's data, read through each tool's own store.
import { readIslandJson, type IslandProps, type ToolManifest } from '../manifest';
import type { StandingTexts } from '../meetings/texts';

export interface StandingProps extends IslandProps {
  t: StandingTexts;
}

export const standing: ToolManifest<'standing', StandingProps> = {
  id: 'standing',
  name: 'Where we stand',
  summary: 'One page for a relationship: the next meeting, open actions and who owes them, goals, review dates, the agreement and the latest check-ins.',
  intro:
    'Everything the worksheets hold about this relationship, at a glance, each item linking to the worksheet that holds it. Print it as a one-page summary for a review meeting or a programme coordinator.',
  opening: 'where this relationship stands',
  // It keeps nothing of its own: it reads the other tools' data.
  stores: [],
  readProps: (json) => readIslandJson<StandingProps>(json, ['t']),
};
