// What the feedback builder's island receives from the page as JSON: what the language check says (texts.ts),
// the parts' labels and hints, the examples, and the words the check looks for (lint/lexicon.ts). Server only.
import type { Level } from '../shared/headings';
import type { FeedbackProps } from './index';
import { feedbackLexicon } from './lint/lexicon';
import { feedbackTexts } from './texts';
import { exampleState } from './examples';

export const islandProps = (level: Level): FeedbackProps => ({ texts: feedbackTexts, lexicon: feedbackLexicon, level });

/** The example as stored data, by store id, for the tests: what "Try an example" puts in the example relationship. */
export const exampleData = (_today: string): Record<string, unknown> => ({ feedback: exampleState(feedbackTexts.examples) });

/** A line the example puts on screen, so the tests can see that it was filled, not assume it. */
export const exampleShows = 'At lab meeting on Thursday';
