// What the agreement's island receives from the page as JSON: the clause texts and the worked examples. Server only.
import type { Level } from '../shared/headings';
import type { AgreementProps } from './index';
import { examples } from './examples';
import { library } from './presets';
import { agreementTexts } from './texts';

export const islandProps = (level: Level): AgreementProps => ({ lib: library, examples, t: agreementTexts, level });

/** The example as stored data, by store id, for the tests: the workplace example, as "Try an example" fills it. */
export const exampleData = (_today: string): Record<string, unknown> => ({ agreement: examples.workplace.agreement, pair: examples.workplace.pair });

/** A line the example puts on screen, so the tests can see that it was filled, not assume it. */
export const exampleShows = 'Northfield Logistics';
