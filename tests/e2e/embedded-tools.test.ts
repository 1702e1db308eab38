// Worksheets inside chapters: closed until opened, so they do not bury the chapter on a phone; they work there once
// opened, their headings nest under the chapter's, a printed chapter leaves them out, and a worksheet's own print
// button prints the worksheet alone.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, watchedPage } from './support/site';
import { readPdf } from './support/pdf';
import { waitForTool } from './support/tools';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Opens the chapter's embedded worksheet by its disclosure, as a reader would. */
async function openEmbed(page: Page): Promise<void> {
  await page.locator('.tool-embed-toggle').click();
  await page.waitForFunction(() => document.querySelector<HTMLDetailsElement>('.tool-embed-details')?.open === true);
}

const embeds = [
  ['goals-and-expectations', 'goal-setting worksheet'],
  ['constructive-feedback', 'feedback builder'],
  ['recognition-and-reassurance', 'feedback builder'],
  ['professional-boundaries', 'boundary agreement generator'],
  ['running-meetings', 'meeting record'],
  ['accountability', 'meeting record'],
] as const;

it.each(embeds)('%s holds the %s, closed, mounted, with its headings below the chapter’s', async (chapter, name) => {
  const { page, context, consoleErrors } = await watchedPage(browser);
  await page.goto(`${baseUrl()}/guide/${chapter}/`);
  await waitForTool(page);
  const embed = page.locator('.tool-embed');
  await expect(embed.locator('h3').first().textContent()).resolves.toBe(`Try it here: the ${name}`);
  expect(await page.locator('h1').count()).toBe(1);
  // The headings a reader meets; print-only views (never shown on screen) take the tool page's levels to print alike.
  const levels = await embed.locator(':is(h1, h2, h3, h4, h5, h6):not(.print-only *)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels.length).toBeGreaterThan(1);
  expect(levels[0]).toBe(3);
  expect(Math.min(...levels.slice(1))).toBeGreaterThanOrEqual(4);
  await expect(embed.locator('[data-save-text]').count()).resolves.toBe(1);
  await expect(embed.locator('.tool-embed-details').evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(false);
  await expect(embed.locator('.tool-embed-toggle').textContent()).resolves.toBe(`Show the ${name} on this page`);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

it('at 375 px the boundaries chapter is short until its worksheet is opened, and the worksheet works once opened', async () => {
  // With the agreement generator open inside "How to do it", this page was 30,267 px tall at 375 px.
  const { page, context, consoleErrors } = await watchedPage(browser, { viewport: { width: 375, height: 800 } });
  await page.goto(`${baseUrl()}/guide/professional-boundaries/`);
  await waitForTool(page);
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  const closed = await height();
  // 10,376 px when this was written: the chapter's own text, with the closed worksheet a few lines of it.
  expect(closed).toBeLessThan(12_000);
  expect((await page.locator('.tool-embed').boundingBox())?.height).toBeLessThan(600);
  const name = page.getByLabel(/Mentee.s name/);
  await expect(name.isVisible()).resolves.toBe(false);

  // Opened from the keyboard: the disclosure is focusable and Enter opens it.
  await page.locator('.tool-embed-toggle').focus();
  await page.keyboard.press('Enter');
  await name.waitFor({ state: 'visible' });
  expect(await height()).toBeGreaterThan(closed + 5_000);
  await name.fill('Priya Raman');
  // The worksheet's script runs inside the opened disclosure: what was typed is saved in this browser.
  await page.waitForFunction(() =>
    Object.keys(localStorage).some((key) => key.startsWith('gmg:') && localStorage.getItem(key)?.includes('Priya Raman')),
  );
  expect(consoleErrors).toEqual([]);
  await context.close();
});

it('a printed chapter leaves its worksheet out', async () => {
  const { page, context } = await watchedPage(browser);
  await page.goto(`${baseUrl()}/guide/professional-boundaries/`);
  await waitForTool(page);
  const text = (await readPdf(await page.pdf({ preferCSSPageSize: true }))).text.replace(/\s+/g, ' ');
  expect(text).toContain('Maintaining professional boundaries');
  expect(text).toContain('Common pitfalls');
  expect(text).not.toContain('Try it here');
  expect(text).not.toContain('Where you mentor');
  await context.close();
});

it('the worksheet’s own print button prints the worksheet alone, then the page is back to normal', async () => {
  const { page, context } = await watchedPage(browser);
  // The print dialog cannot open headless: record the call, print to PDF in its place, then finish as a dialog would.
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printCalled: boolean }).printCalled = true;
    };
  });
  await page.goto(`${baseUrl()}/guide/professional-boundaries/`);
  await waitForTool(page);
  await openEmbed(page);
  await page.getByLabel(/Mentee.s name/).fill('Priya Raman');
  await page.getByLabel(/Mentor.s name/).fill('Tom Becker');
  await page.locator('.tool-embed').getByRole('button', { name: /print or save as pdf/i }).first().click();
  // With no review date the agreement has one thing to check, so it asks first.
  const ask = page.getByRole('alertdialog');
  await expect(ask.textContent()).resolves.toContain('There is 1 thing to fix or check, listed above. Print anyway?');
  await ask.getByRole('button', { name: 'Print anyway' }).click();
  await page.waitForFunction(() => (window as unknown as { printCalled?: boolean }).printCalled === true);
  const text = (await readPdf(await page.pdf({ preferCSSPageSize: true }))).text.replace(/\s+/g, ' ');
  expect(text).toContain('Mentoring agreement');
  expect(text).toContain('Priya Raman');
  expect(text).not.toContain('Common pitfalls');
  expect(text).not.toContain('If you are the mentee');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.evaluate(() => document.documentElement.classList.contains('print-tool'))).resolves.toBe(false);
  await context.close();
});
