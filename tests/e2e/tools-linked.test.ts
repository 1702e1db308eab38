// The tools work together: goals written in the worksheet reach the agreement and the feedback builder.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, storedValue, watchedPage } from './support/site';
import { fillWithExample, waitForTool } from './support/tools';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Fills the goal worksheet with its example (in the example relationship, which the tab keeps showing) and returns its goal titles. */
async function goalsFromExample(page: import('playwright-core').Page): Promise<string[]> {
  await page.goto(`${baseUrl()}/tools/goals/`);
  await fillWithExample(page);
  await expect.poll(() => storedValue(page, 'goals')).not.toBeNull();
  await page.locator('[data-save-state="saved"]').first().waitFor();
  return JSON.parse((await storedValue(page, 'goals'))!).data.goals.map((g: { title: string }) => g.title);
}

it('the agreement pulls in the goals from the worksheet, once each', async () => {
  const { page, context, consoleErrors } = await watchedPage(browser);
  const titles = await goalsFromExample(page);
  expect(titles.length).toBeGreaterThan(1);
  await page.goto(`${baseUrl()}/tools/agreement/`);
  await waitForTool(page);
  await page.getByRole('button', { name: 'Pull in our goals' }).click();
  const doc = page.locator('.agreement-doc');
  for (const title of titles) await expect(doc.textContent()).resolves.toContain(`We agree to work towards this goal: ${title}`);
  await page.getByRole('button', { name: 'Pull in our goals' }).click();
  const text = (await doc.textContent()) ?? '';
  expect(text.split(`this goal: ${titles[0]}`).length - 1).toBe(1);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

it('the agreement offers no goals when the worksheet has none', async () => {
  const { page, context } = await watchedPage(browser);
  await page.goto(`${baseUrl()}/tools/agreement/`);
  await waitForTool(page);
  await expect(page.getByRole('button', { name: 'Pull in our goals' }).count()).resolves.toBe(0);
  await context.close();
});
