// Search: Pagefind loads only when opened, finds chapter text, and works by keyboard.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, watchedPage } from './support/site';
import { sourceChapters } from '../support/chapters';
import { mdxToPlainText, words } from '../../src/lib/prose';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A long word found in one chapter's text only, whose first six letters appear in no other chapter either. */
function wordInOneChapter(): { word: string; chapterId: string } {
  const texts = sourceChapters()
    .filter((c) => c.kind !== 'references')
    .map((c) => ({ id: c.id, words: new Set(words(mdxToPlainText(c.body).toLowerCase())) }));
  const candidates = texts.flatMap((t) =>
    [...t.words]
      .filter((w) => /^[a-z]{9,}$/.test(w))
      .filter((w) => texts.every((o) => o.id === t.id || ![...o.words].some((x) => x.startsWith(w.slice(0, 6)))))
      .map((word) => ({ word, chapterId: t.id })),
  );
  const pick = candidates.sort((a, b) => a.word.localeCompare(b.word))[0];
  if (!pick) throw new Error('no word appears in one chapter only');
  return pick;
}

it('loads Pagefind only when search is opened', async () => {
  const { page, context, requests } = await watchedPage(browser);
  await page.goto(`${baseUrl()}/guide/introduction/`);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((r) => r.url.includes('/pagefind/'))).toEqual([]);
  await page.getByRole('button', { name: /Search/ }).click();
  await page.waitForResponse((r) => r.url().includes('/pagefind/pagefind.js'));
  await context.close();
});

it('finds a word from one chapter, and its result links there', async () => {
  const { word, chapterId } = wordInOneChapter();
  const { page, context } = await watchedPage(browser);
  await page.goto(`${baseUrl()}/`);
  await page.keyboard.press('/');
  await expect(page.locator('#search-input').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await page.keyboard.type(word);
  const first = page.locator('.search-results a').first();
  await first.waitFor();
  expect(await first.getAttribute('href')).toBe(`/guide/${chapterId}/`);
  await expect(page.locator('#search-status').textContent()).resolves.toMatch(/result/);
  await context.close();
});

it('opens with Ctrl+K, reaches results with the arrow keys, follows one with Enter, and closes with Escape', async () => {
  const { page, context } = await watchedPage(browser);
  await page.goto(`${baseUrl()}/tools/`);
  await page.keyboard.press('Control+k');
  await expect(page.locator('#search').evaluate((d: HTMLDialogElement) => d.open)).resolves.toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator('#search').evaluate((d: HTMLDialogElement) => d.open)).resolves.toBe(false);

  await page.keyboard.press('Control+k');
  await page.keyboard.type('feedback');
  await page.locator('.search-results a').first().waitFor();
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  expect(focused).toMatch(/^\/guide\//);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**${focused}`);
  await context.close();
});

it('indexes chapter text only: every chapter, and no words of the frame', async () => {
  const chapters = sourceChapters();
  const entry = await (await fetch(`${baseUrl()}/pagefind/pagefind-entry.json`)).json();
  const pageCount = Object.values(entry.languages as Record<string, { page_count: number }>)[0]?.page_count;
  expect(pageCount).toBe(chapters.length);

  // What Pagefind holds for each page must be the chapter, not the header, sidebar, contents, pager or footer.
  const { page, context } = await watchedPage(browser);
  await page.goto(`${baseUrl()}/`);
  // A string, so that vitest leaves this import() alone: it must run in the page.
  const indexed = (await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(null, {}); // null: every page in the index
    return Promise.all(search.results.map((r) => r.data()));
  })()`)) as { url: string; content: string }[];
  expect(indexed.map((d) => d.url).sort()).toEqual(chapters.map((c) => `/guide/${c.id}/`).sort());
  for (const { url, content } of indexed) {
    for (const frameText of ['Skip to content', 'On this page', 'Theme:', 'no tracking', 'Close chapters']) {
      expect(content, `${url} indexes "${frameText}"`).not.toContain(frameText);
    }
  }
  await context.close();
});
