// Privacy shown, not claimed: on every tool in the list, what is typed is kept in this browser, and no request
// (loading the page, its lazily loaded parts, saving, reloading, searching) goes elsewhere or carries it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { openManage } from './support/relationship';
import { baseUrl, watchedPage } from './support/site';
import { exampleToolPaths, fillWithExample, toolPaths, waitForTool } from './support/tools';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Opens what holds more fields: "Manage this relationship" (names, passphrase) and, on the check-in, a check-in. */
async function openFields(page: Page, path: string) {
  await openManage(page);
  if (path === '/tools/checkin/') {
    await page.getByRole('button', { name: /^Start a check-in as / }).first().click();
    await page.getByLabel(/^Anything you would change/).waitFor();
  }
}

it('covers every tool in the list, the later ones included', () => {
  const paths = ['goals', 'feedback', 'agreement', 'meetings', 'checkin', 'standing'].map((id) => `/tools/${id}/`);
  expect(toolPaths).toEqual(expect.arrayContaining(paths));
});

it.each(toolPaths)('%s: typed text stays on the device', async (path) => {
  const marker = `private-${path.replace(/\W/g, '')}-7c1e9b`;
  const { page, context, requests, outsideRequests } = await watchedPage(browser);
  await page.goto(`${baseUrl()}${path}`);
  if (exampleToolPaths.includes(path)) await fillWithExample(page);
  else await waitForTool(page);
  await openFields(page, path);
  // Type the marker into every text field the tool shows, so whatever is sent would carry it.
  const fields = page.locator('main input[type="text"]:visible, main textarea:visible');
  const n = await fields.count();
  expect(n).toBeGreaterThan(2);
  for (let i = 0; i < n; i++) await fields.nth(i).fill(`${marker} ${i}`);
  // Kept here: what was typed is stored in this browser, and the page says everything is saved.
  await page.waitForFunction(
    (marker) =>
      document.querySelector('[data-save-state]')?.getAttribute('data-save-state') === 'saved' &&
      Object.keys(localStorage).some((key) => key.startsWith('gmg:') && localStorage.getItem(key)!.includes(marker)),
    marker,
  );
  await page.reload();
  await waitForTool(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('goal');
  await page.locator('.search-results a').first().waitFor();
  expect(outsideRequests).toEqual([]);
  expect(requests.filter((r) => r.url.includes(marker) || (r.postData ?? '').includes(marker))).toEqual([]);
  expect(requests.every((r) => r.postData === null)).toBe(true);
  await context.close();
});
