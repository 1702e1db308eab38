// Privacy shown, not claimed: filling a tool sends nothing anywhere, and no request carries what was typed.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, watchedPage } from './support/site';
import { fillWithExample, toolPaths, waitForTool } from './support/tools';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

it.each(toolPaths)('%s: typed text stays on the device', async (path) => {
  const marker = `private-${path.replace(/\W/g, '')}-7c1e9b`;
  const { page, context, requests, outsideRequests } = await watchedPage(browser);
  await page.goto(`${baseUrl()}${path}`);
  await fillWithExample(page);
  // Type the marker into every empty text field the tool shows, so whatever is sent would carry it.
  const fields = page.locator('main input[type="text"]:visible, main textarea:visible');
  const n = await fields.count();
  for (let i = 0; i < n; i++) await fields.nth(i).fill(`${marker} ${i}`);
  await page.waitForTimeout(800); // past the save delay
  await page.reload();
  await waitForTool(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('goal');
  await page.locator('.search-results a').first().waitFor();
  expect(n).toBeGreaterThan(2);
  expect(outsideRequests).toEqual([]);
  expect(requests.filter((r) => r.url.includes(marker) || (r.postData ?? '').includes(marker))).toEqual([]);
  expect(requests.every((r) => r.postData === null)).toBe(true);
  await context.close();
});
