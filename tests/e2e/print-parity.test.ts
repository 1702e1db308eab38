// A worksheet printed from inside a chapter prints as it does from its own page (issue 16, item 11): the same
// pages, the same text, the same heading sizes, and none of the chapter's frame around it (the embed's border).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, watchedPage } from './support/site';
import { readPdf } from './support/pdf';
import { fillWithExample, waitForTool } from './support/tools';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The worksheets embedded in chapters, with the chapter that holds each. */
const embedded = [
  ['goals', 'goals-and-expectations'],
  ['meetings', 'running-meetings'],
  ['agreement', 'professional-boundaries'],
  ['feedback', 'constructive-feedback'],
] as const;

/** What print shows of the worksheet: each visible heading's text, size and weight, and the embed's frame. */
const printedLook = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-tool-root]')!;
    const headings = [...root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')]
      .filter((h) => h.getClientRects().length > 0)
      .map((h) => {
        const style = getComputedStyle(h);
        return `${h.textContent!.trim()} | ${style.fontSize} | ${style.fontWeight}`;
      });
    const embed = document.querySelector('.tool-embed');
    const frame = embed ? getComputedStyle(embed) : null;
    return { headings, border: frame ? frame.borderTopWidth : '0px', padding: frame ? frame.paddingLeft : '0px' };
  });

/** Fills the worksheet with its example, presses its print button (the dialog replaced by a PDF) and reads it. */
async function printFrom(path: string, inChapter: boolean) {
  const { page, context, consoleErrors } = await watchedPage(browser);
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printCalled: boolean }).printCalled = true;
    };
  });
  await page.goto(`${baseUrl()}${path}`);
  await waitForTool(page);
  if (inChapter) {
    await page.locator('.tool-embed-toggle').click();
    await page.waitForFunction(() => document.querySelector<HTMLDetailsElement>('.tool-embed-details')?.open === true);
  }
  await fillWithExample(page);
  await page.locator('[data-tool-root]').getByRole('button', { name: /print or save as pdf|print this (meeting|note)/i }).first().click();
  // The agreement asks first when it has something to check; printing anyway is the same from either place.
  await page.waitForFunction(() => (window as unknown as { printCalled?: boolean }).printCalled === true || document.querySelector('[role="alertdialog"]'));
  const ask = page.getByRole('alertdialog');
  if (await ask.count()) await ask.getByRole('button', { name: 'Print anyway' }).click();
  await page.waitForFunction(() => (window as unknown as { printCalled?: boolean }).printCalled === true);
  await page.emulateMedia({ media: 'print' });
  const look = await printedLook(page);
  const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(consoleErrors).toEqual([]);
  await context.close();
  return { look, pdf };
}

it.each(embedded)('the %s worksheet prints from its chapter (%s) as from its own page', async (tool, chapter) => {
  const own = await printFrom(`/tools/${tool}/`, false);
  const fromChapter = await printFrom(`/guide/${chapter}/`, true);
  expect(own.look.headings.length).toBeGreaterThan(0);
  expect(fromChapter.look.headings).toEqual(own.look.headings);
  expect(fromChapter.look.border).toBe('0px');
  expect(fromChapter.look.padding).toBe('0px');
  expect(fromChapter.pdf.pages).toBe(own.pdf.pages);
  expect(fromChapter.pdf.pageTexts).toEqual(own.pdf.pageTexts);
});
