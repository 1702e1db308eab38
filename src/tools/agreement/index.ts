// The boundary agreement generator's manifest: what the rest of the site knows about it.
import { readIslandJson, type IslandProps, type ToolManifest } from '../manifest';
import type { AgreementExample } from './examples';
import type { PresetId } from './model';
import type { Library } from './presets';
import { agreementSpec } from './store';
import type { AgreementTexts } from './texts';

export interface AgreementProps extends IslandProps {
  /** The presets' clause texts and default answers (presets.ts). */
  lib: Library;
  /** One worked example per context (examples.ts). */
  examples: Record<PresetId, AgreementExample>;
  /** The screen's own words (texts.ts). */
  t: AgreementTexts;
}

export const agreement: ToolManifest<'agreement', AgreementProps> = {
  id: 'agreement',
  name: 'Boundary agreement generator',
  summary: 'Agree how you will meet, talk, keep confidences and end well, then print the agreement and sign it.',
  intro:
    'Agree how you will meet, keep in touch, keep confidences and end well. Choose where you mentor, change any clause, then print the agreement and both sign it.',
  opening: 'the boundary agreement generator',
  stores: [agreementSpec],
  readProps: (json) => readIslandJson<AgreementProps>(json, ['lib', 'examples', 't']),
};
