// Driving the worksheets generically: the tool pages, and filling one with its built-in example.
import type { Page } from 'playwright-core';

import { tools } from '../../../src/tools/list';
import { toolHref } from '../../../src/tools/manifest';

export const toolPaths = tools.map((tool) => toolHref(tool.id));

/** Waits for every tool on the page to replace its skeleton. */
export async function waitForTool(page: Page): Promise<void> {
  await page.waitForSelector('[data-tool-root][data-mounted]', { state: 'attached' });
  await page.waitForFunction(() => !document.querySelector('.tool-skeleton'));
}

/** Presses the tool's "Try an example" button, confirming if it asks. */
export async function fillWithExample(page: Page): Promise<void> {
  await waitForTool(page);
  await page.getByRole('button', { name: /(try|add) an example/i }).first().click();
  const confirm = page.getByRole('alertdialog');
  if (await confirm.isVisible().catch(() => false)) await confirm.getByRole('button').first().click();
}
