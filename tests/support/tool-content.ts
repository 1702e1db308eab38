// Each tool's content module (its content.ts), found by the manifest's id, for the contract tests.
import type { Level } from '../../src/tools/shared/headings';

export interface ToolContent {
  islandProps(level: Level): object;
  exampleData(today: string): Record<string, unknown>;
  /** A line the example shows on screen once filled. */
  exampleShows: string;
}

const modules = import.meta.glob<ToolContent>('../../src/tools/*/content.ts', { eager: true });

export function toolContent(id: string): ToolContent {
  const found = modules[`../../src/tools/${id}/content.ts`];
  if (!found) throw new Error(`src/tools/${id}/content.ts is missing`);
  return found;
}
