// Browsing every page: no console errors, and no request leaves 127.0.0.1.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, builtPages, watchedPage } from './support/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

it('every page loads with no console error and no request outside the site', async () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(15);
  const { page, context, consoleErrors, outsideRequests } = await watchedPage(browser);
  for (const path of pages) {
    await page.goto(`${baseUrl()}${path}`);
    await page.waitForLoadState('networkidle');
  }
  // Search too: Pagefind and its index are part of the site.
  await page.goto(`${baseUrl()}/`);
  await page.keyboard.press('/');
  await page.keyboard.type('mentor');
  await page.locator('.search-results a').first().waitFor();
  expect(consoleErrors).toEqual([]);
  expect(outsideRequests).toEqual([]);
  await context.close();
});
