// The feedback builder's manifest: what the rest of the site knows about it.
import { readIslandJson, type IslandProps, type ToolManifest } from '../manifest';
import type { FeedbackTexts } from './explain';
import type { Lexicon } from './lint';
import { feedbackSpec } from './store';

export interface FeedbackProps extends IslandProps {
  texts: FeedbackTexts;
  lexicon: Lexicon;
}

export const feedback: ToolManifest<'feedback', FeedbackProps> = {
  id: 'feedback',
  name: 'Feedback builder',
  summary:
    'Shape feedback or recognition step by step, with a language check that explains which words may land badly and why.',
  intro:
    'Choose constructive feedback, recognition or feedforward, fill in the parts, and get wording you could say out loud or send. The language check points out words that tend to land badly, says why, and suggests something better; you can keep anything as written.',
  opening: 'the feedback builder',
  stores: [feedbackSpec],
  readProps: (json) => readIslandJson<FeedbackProps>(json, ['texts', 'lexicon']),
};
