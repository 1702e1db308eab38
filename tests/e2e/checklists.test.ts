// Chapter checklists: native checkboxes with the item as their label, ticks remembered per chapter in this browser,
// printed as empty boxes.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, seedStorage, watchedPage } from './support/site';
import { readPdf } from './support/pdf';

const CHAPTER = '/guide/accountability/';
const KEY = 'gmg:checklist:accountability';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const boxes = (page: Page) => page.locator('.checklist').getByRole('checkbox');
const ticks = (page: Page) => boxes(page).evaluateAll((all) => all.map((box) => (box as HTMLInputElement).checked));

it('every item is a checkbox named by its visible text', async () => {
  const { page, context } = await watchedPage(browser);
  await page.goto(`${baseUrl()}${CHAPTER}`);
  const labels = await page.locator('.checklist li').allTextContents();
  expect(labels.length).toBeGreaterThanOrEqual(3);
  expect(await boxes(page).count()).toBe(labels.length);
  for (const label of labels) {
    const box = page.getByRole('checkbox', { name: label.trim(), exact: true });
    await expect(box.isVisible()).resolves.toBe(true);
    await expect(box.isChecked()).resolves.toBe(false);
  }
  // Clicking the words ticks the box, as a label should.
  await page.locator('.checklist li span').first().click();
  await expect(boxes(page).first().isChecked()).resolves.toBe(true);
  await context.close();
});

it('remembers ticks across a reload and a fresh visit, and forgets an untick', async () => {
  const { page, context, consoleErrors } = await watchedPage(browser);
  await page.goto(`${baseUrl()}${CHAPTER}`);
  await boxes(page).nth(0).check();
  await boxes(page).nth(2).focus();
  await page.keyboard.press('Space');
  const expected = (await ticks(page)).map((_, i) => i === 0 || i === 2);
  expect(await ticks(page)).toEqual(expected);

  await page.reload();
  expect(await ticks(page)).toEqual(expected);

  // A new tab is a fresh load (no form state carried over by the browser): only storage can tick the boxes.
  const fresh = await context.newPage();
  await fresh.goto(`${baseUrl()}${CHAPTER}`);
  expect(await ticks(fresh)).toEqual(expected);
  const stored = JSON.parse((await fresh.evaluate((key) => localStorage.getItem(key), KEY)) ?? 'null');
  expect(stored).toHaveLength(2);

  await boxes(fresh).nth(0).uncheck();
  await fresh.reload();
  expect(await ticks(fresh)).toEqual(expected.map((_, i) => i === 2));
  // Another chapter keeps its own list.
  await fresh.goto(`${baseUrl()}/guide/running-meetings/`);
  expect((await ticks(fresh)).some(Boolean)).toBe(false);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

it('a stored value that is not a list of items leaves the boxes empty, without an error', async () => {
  const { page, context, consoleErrors } = await watchedPage(browser);
  await seedStorage(page, { [KEY]: '{"not":"a list"}' });
  await page.goto(`${baseUrl()}${CHAPTER}`);
  expect((await ticks(page)).some(Boolean)).toBe(false);
  await boxes(page).nth(1).check();
  await expect(page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY)).resolves.toHaveLength(1);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

it('prints as empty boxes beside the items, even when ticked on screen', async () => {
  const { page, context } = await watchedPage(browser);
  await page.goto(`${baseUrl()}${CHAPTER}`);
  await boxes(page).nth(0).check();
  await page.emulateMedia({ media: 'print' });
  const looks = await boxes(page).evaluateAll((all) =>
    all.map((box) => {
      const style = getComputedStyle(box);
      const rect = box.getBoundingClientRect();
      return { appearance: style.appearance, border: `${style.borderTopStyle} ${style.borderTopColor}`, size: Math.min(rect.width, rect.height) };
    }),
  );
  for (const look of looks) {
    expect(look.appearance).toBe('none'); // no tick is drawn
    expect(look.border).toBe('solid rgb(0, 0, 0)');
    expect(look.size).toBeGreaterThanOrEqual(12);
  }
  const text = (await readPdf(await page.pdf({ preferCSSPageSize: true }))).text.replace(/\s+/g, ' ');
  const first = ((await page.locator('.checklist li').first().textContent()) ?? '').trim();
  expect(text).toContain(first);
  await context.close();
});
