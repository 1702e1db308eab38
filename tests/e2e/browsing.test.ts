// Browsing every page: no console errors, and no request leaves 127.0.0.1. One test a page, so that each stays
// small under load.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, builtPages, watchedPage } from './support/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

it('finds the whole site built', () => {
  expect(builtPages().length).toBeGreaterThan(15);
});

it.each(builtPages())('%s loads with no console error and no request outside the site', async (path) => {
  const { page, context, consoleErrors, outsideRequests } = await watchedPage(browser);
  await page.goto(`${baseUrl()}${path}`);
  await page.waitForLoadState('networkidle');
  expect(consoleErrors).toEqual([]);
  expect(outsideRequests).toEqual([]);
  await context.close();
});

it('search, with Pagefind and its index, makes no console error and no request outside the site', async () => {
  const { page, context, consoleErrors, outsideRequests } = await watchedPage(browser);
  await page.goto(`${baseUrl()}/`);
  await page.keyboard.press('/');
  await page.keyboard.type('mentor');
  await page.locator('.search-results a').first().waitFor();
  expect(consoleErrors).toEqual([]);
  expect(outsideRequests).toEqual([]);
  await context.close();
});
