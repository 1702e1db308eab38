// What a tool is, declared once in its folder (src/tools/<id>/index.ts) and listed once (src/tools/list.ts).
// The pages, the chapter schema, Your data, the budget and the tests all read tools through this.
import type { StoredSpec } from '../lib/storage';
import type { Level } from './shared/headings';

export interface ToolManifest<Id extends string = string, Props extends object = object> {
  id: Id;
  /** "Goal-setting worksheet": page title, links and lists. */
  name: string;
  /** One sentence: what the person leaves with. */
  summary: string;
  /** A sentence or two under the title on the tool's own page. */
  intro: string;
  /** What the skeleton says is opening, as it reads after "Opening": "the goal-setting worksheet". */
  opening: string;
  /**
   * The data the tool keeps, each under its own key; Your data exports, imports and deletes through these. A tool
   * that keeps data offers "Try an example" of it; one with none (it only shows others' data) does not.
   */
  stores: readonly StoredSpec<any>[];
  /**
   * Checks the JSON the page hands the island (see content.ts beside the manifest) and returns it typed.
   * Throws an Error whose message says what is missing, so a broken page says so instead of failing silently.
   */
  readProps(json: unknown): Props;
}

export const toolHref = (id: string): string => `/tools/${id}/`;

/** The props every island takes: the heading level its sections start at. */
export interface IslandProps {
  level: Level;
}

/**
 * A small structural check of island JSON: an object whose named keys hold objects, and a level of 2 to 4.
 * The content itself was made at build time from typed modules, so this guards against a page that was cut or
 * hand-edited, not against every shape.
 */
export function readIslandJson<P extends IslandProps>(json: unknown, objects: readonly string[]): P {
  if (typeof json !== 'object' || json === null) throw new Error('the page holds no settings for this tool');
  const record = json as Record<string, unknown>;
  for (const key of objects) {
    if (typeof record[key] !== 'object' || record[key] === null) throw new Error(`the page's settings for this tool lack "${key}"`);
  }
  if (![2, 3, 4].includes(record.level as number)) throw new Error('the page gives this tool no heading level from 2 to 4');
  return record as unknown as P;
}
