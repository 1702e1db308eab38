// Search: Pagefind loads only when opened, finds chapter text and worksheets by name, matches whole words, works by
// keyboard, and opens a result with the words highlighted.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, watchedPage } from './support/site';
import { sourceChapters } from '../support/chapters';
import { mdxToPlainText, words } from '../../src/lib/prose';
import { toolIds, toolById } from '../../src/tools/list';
import { toolHref } from '../../src/tools/manifest';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Opens search on the page, types the query and waits until the status reports on that query. */
async function search(page: Page, query: string): Promise<{ status: string; hrefs: string[]; excerpts: string[] }> {
  if (!(await page.locator('#search').evaluate((d: HTMLDialogElement) => d.open))) await page.keyboard.press('Control+k');
  await page.locator('#search-input').fill(query);
  await page.waitForFunction((q) => document.querySelector('#search-status')?.textContent?.includes(`“${q}”`), query);
  return {
    status: (await page.locator('#search-status').textContent()) ?? '',
    hrefs: await page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')),
    excerpts: await page.locator('.search-results p').allInnerTexts(),
  };
}

/** The words marked in each result's excerpt, lower case. */
const markedWords = (page: Page) =>
  page.locator('.search-results p').evaluateAll((ps) => ps.map((p) => [...p.querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase())));

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
  expect(new URL((await first.getAttribute('href')) ?? '', baseUrl()).pathname).toBe(`/guide/${chapterId}/`);
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
  expect(focused).toMatch(/^\/(guide|tools)\//);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.href === new URL(focused!, baseUrl()).href);
  await context.close();
});

it('indexes chapter text and each worksheet’s name and intro, and no words of the frame or the worksheets', async () => {
  const chapters = sourceChapters();
  const expected = [...chapters.map((c) => `/guide/${c.id}/`), ...toolIds.map((id) => toolHref(id))].sort();
  const entry = await (await fetch(`${baseUrl()}/pagefind/pagefind-entry.json`)).json();
  const pageCount = Object.values(entry.languages as Record<string, { page_count: number }>)[0]?.page_count;
  expect(pageCount).toBe(expected.length);

  // What Pagefind holds for each page must be the chapter or the worksheet's title and intro, not the header,
  // sidebar, contents, pager or footer, nor a worksheet's fields and buttons.
  const { page, context } = await watchedPage(browser);
  await page.goto(`${baseUrl()}/`);
  // A string, so that vitest leaves this import() alone: it must run in the page.
  const indexed = (await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(null, {}); // null: every page in the index
    return Promise.all(search.results.map((r) => r.data()));
  })()`)) as { url: string; content: string; meta: { title?: string } }[];
  expect(indexed.map((d) => d.url).sort()).toEqual(expected);
  for (const { url, content } of indexed) {
    for (const frameText of ['Skip to content', 'On this page', 'Theme:', 'no tracking', 'Close chapters']) {
      expect(content, `${url} indexes "${frameText}"`).not.toContain(frameText);
    }
  }
  for (const id of toolIds) {
    const data = indexed.find((d) => d.url === toolHref(id));
    expect(data?.meta.title).toBe(toolById(id).name);
    for (const worksheetText of ['Try an example', 'Print or save as PDF', 'Nothing saved yet', 'saved in this browser']) {
      expect(data?.content, `${toolHref(id)} indexes "${worksheetText}"`).not.toContain(worksheetText);
    }
  }
  await context.close();
});

it.each(toolIds)('finds the %s worksheet by its name, first', async (id) => {
  const { page, context } = await watchedPage(browser);
  await page.goto(`${baseUrl()}/`);
  const { hrefs } = await search(page, toolById(id).name.toLowerCase());
  expect(new URL(hrefs[0] ?? '', baseUrl()).pathname).toBe(toolHref(id));
  await context.close();
});

it('matches whole words: “WhatsApp” finds no page for holding “what”, and the start of a word still finds it', async () => {
  const { page, context } = await watchedPage(browser);
  await page.goto(`${baseUrl()}/`);
  // "what" is on many pages, and "whatsapp" begins with it: Pagefind alone would offer them all.
  expect((await search(page, 'what')).hrefs.length).toBeGreaterThan(3);
  const brand = await search(page, 'WhatsApp');
  const marks = await markedWords(page);
  // Whether or not a chapter mentions WhatsApp, every result must be for the whole word.
  for (const words of marks) expect(words.every((w) => w.startsWith('whatsapp')), words.join(', ')).toBe(true);
  if (brand.hrefs.length === 0) expect(brand.status).toBe('No results for “WhatsApp”.');
  // Typing a word part of the way still finds it, and two words must both be found.
  const partial = await search(page, 'feedb');
  expect(partial.hrefs.length).toBeGreaterThan(0);
  expect((await markedWords(page)).flat().every((w) => w.startsWith('feedb'))).toBe(true);
  expect((await search(page, 'feedback whatsappish')).hrefs).toEqual([]);
  await context.close();
});

it('a result opens its page at the part that matched, with the words highlighted and in view', async () => {
  const { word, chapterId } = wordInOneChapter();
  const { page, context, requests, consoleErrors } = await watchedPage(browser, { viewport: { width: 1000, height: 700 } });
  await page.goto(`${baseUrl()}/`);
  const { hrefs } = await search(page, word);
  const target = new URL(hrefs[0] ?? '', baseUrl());
  expect(target.pathname).toBe(`/guide/${chapterId}/`);
  expect(target.searchParams.get('highlight')).toBe(word);
  await page.locator('.search-results a').first().click();
  await page.waitForURL((url) => url.pathname === target.pathname);
  const mark = page.locator('main mark.pagefind-highlight').first();
  await mark.waitFor();
  await expect(mark.textContent()).resolves.toMatch(new RegExp(word, 'i'));
  // In view: scrolled to the hit, not left at the top of the page.
  await page.waitForFunction(() => {
    const box = document.querySelector('mark.pagefind-highlight')!.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  });
  expect(requests.some((r) => r.url.endsWith('/pagefind/pagefind-highlight.js'))).toBe(true);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

it('a page opened any other way loads no highlighter', async () => {
  const { page, context, requests } = await watchedPage(browser);
  await page.goto(`${baseUrl()}/guide/accountability/`);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((r) => /highlight/.test(r.url))).toEqual([]);
  await context.close();
});
