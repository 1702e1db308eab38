// Driving the worksheets generically: the tool pages, and filling one with its built-in example.
import type { Page } from 'playwright-core';

import { tools } from '../../../src/tools/list';
import { toolHref } from '../../../src/tools/manifest';

export const toolPaths = tools.map((tool) => toolHref(tool.id));

/**
 * The pages of the tools that offer "Try an example": every tool that keeps data of its own. A tool that only shows
 * others' data (Where we stand) has none, and shows the example relationship the others fill.
 */
export const exampleToolPaths = tools.filter((tool) => tool.stores.length > 0).map((tool) => toolHref(tool.id));

/** Waits for every tool on the page to replace its skeleton. */
export async function waitForTool(page: Page): Promise<void> {
  await page.waitForSelector('[data-tool-root][data-mounted]', { state: 'attached' });
  await page.waitForFunction(() => !document.querySelector('.tool-skeleton'));
}

/**
 * Presses the tool's "Try an example", which must be there, and waits for the example relationship it opens (the
 * banner "This is an example"). It asks nothing first: the example never touches the person's own work.
 */
export async function fillWithExample(page: Page): Promise<void> {
  await waitForTool(page);
  const button = page.getByRole('button', { name: 'Try an example', exact: true });
  const count = await button.count();
  if (count !== 1) throw new Error(`expected one "Try an example" button on ${page.url()}, found ${count}`);
  await button.click();
  await page.getByRole('note').filter({ hasText: 'This is an example' }).waitFor();
}
