// Guide pages print as the chapter alone: no frame, link targets shown, A4.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, watchedPage } from './support/site';
import { isA4, readPdf } from './support/pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

it('prints a chapter on A4 with its text, its link targets and none of the frame', async () => {
  const { page, context } = await watchedPage(browser);
  await page.goto(`${baseUrl()}/guide/constructive-feedback/`);
  const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pdf.sizes.every(isA4)).toBe(true);
  const text = pdf.text.replace(/\s+/g, ' ');
  expect(text).toContain('Providing constructive feedback');
  expect(text).toContain('Why it matters');
  expect(text).toContain('References');
  // An internal link prints with its address.
  expect(text).toMatch(/\(\/guide\/[a-z-]+\/\)/);
  for (const frame of ['Skip to content', 'Theme:', 'Search the guide', 'On this page', 'The seven practices', 'Everything you type']) {
    expect(text, frame).not.toContain(frame);
  }
  await context.close();
});
