// Guide pages print as the chapter alone: no frame, link targets shown as full addresses, A4.
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
  // The site's public origin (SITE_URL at build), which printed links must use, not the test server's.
  const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
  const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pdf.sizes.every(isA4)).toBe(true);
  const text = pdf.text.replace(/\s+/g, ' ');
  expect(text).toContain('Providing constructive feedback');
  expect(text).toContain('Why it matters');
  expect(text).toContain('References');
  // An internal link prints with its full address, never a bare site path; a long one may wrap, so spaces go.
  const compact = pdf.text.replace(/\s+/g, '');
  expect(compact).toContain(`(${origin}/guide/`);
  expect(compact).not.toMatch(/\(\/(guide|tools)\//);
  for (const frame of ['Skip to content', 'Theme:', 'Search the guide', 'On this page', 'The seven practices', 'Everything you type']) {
    expect(text, frame).not.toContain(frame);
  }
  await context.close();
});

it('prints a worksheet link with the worksheet’s full address', async () => {
  const { page, context } = await watchedPage(browser);
  await page.goto(`${baseUrl()}/guide/accountability/`);
  const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
  const compact = (await readPdf(await page.pdf({ preferCSSPageSize: true }))).text.replace(/\s+/g, '');
  expect(compact).toContain('Openthegoal-settingworksheet');
  expect(compact).toContain(`${origin}/tools/goals/`);
  expect(compact).not.toMatch(/\(\/(guide|tools)\//);
  await context.close();
});
