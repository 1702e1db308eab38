// Reference lists as people see them: a book's title in italics, its publisher not; an article's journal in italics.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, watchedPage } from './support/site';
import { references, referenceKeys } from '../../src/data/references';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

it('the bibliography italicises each book’s title and each article’s journal, and nothing else', async () => {
  const { page, context } = await watchedPage(browser);
  await page.goto(`${baseUrl()}/guide/references/`);
  const listed = await page.locator('.references li[id^="ref-"]').evaluateAll((items) =>
    items.map((li) => ({ key: li.id.slice(4), italic: [...li.querySelectorAll('i')].map((i) => i.textContent) })),
  );
  expect(listed.length).toBeGreaterThan(0);
  for (const { key, italic } of listed) {
    const ref: { title: string; venue: string; kind?: string } = references[key as (typeof referenceKeys)[number]];
    const expected = ref.kind === 'book' ? ref.title.replace(/ \(\d+\w* ed\.\)$/, '') : ref.venue;
    expect(italic, key).toEqual([expected]);
  }
  expect(listed.some(({ key }) => (references[key as (typeof referenceKeys)[number]] as { kind?: string }).kind === 'book')).toBe(true);
  await context.close();
});
