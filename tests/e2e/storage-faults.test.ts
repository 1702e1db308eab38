// The ways browsers lose data, each shown on a real tool page: type known text, cause the fault, find the text.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, seedStorage, watchedPage, workerInCharge } from './support/site';
import { waitForTool } from './support/tools';

const TOOL = '/tools/goals/';
const NAME = 'Amara Okafor-Lindqvist, PhD; "Ama" <b>not bold</b>';
const LONG = `${'A long answer that keeps going. '.repeat(320)}End.`; // about 10,000 characters

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const mentee = (page: Page) => page.getByLabel(/Mentee.s name/);
const mentor = (page: Page) => page.getByLabel(/Mentor.s name/);
const statusText = (page: Page) => page.locator('[data-save-text]').first().textContent();
const saved = (page: Page) => page.waitForFunction(() => /Saved on this device/.test(document.querySelector('[data-save-text]')?.textContent ?? ''));
const storedPair = (page: Page) => page.evaluate(() => localStorage.getItem('gmg:pair'));

async function open(context: BrowserContext, path = TOOL): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}${path}`);
  await waitForTool(page);
  return page;
}

/** Downloads the tool's JSON export and returns the pair inside it. */
async function exportedPair(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /download.*json/i }).first().click()]);
  return JSON.parse(readFileSync((await download.path())!, 'utf8')).tools.pair.data;
}

describe('storage faults', () => {
  it('blocked storage: works in memory, says nothing is saved, and export still works', async () => {
    const { page, context, consoleErrors } = await watchedPage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    await page.goto(`${baseUrl()}${TOOL}`);
    await waitForTool(page);
    await mentee(page).fill(NAME);
    await expect(statusText(page)).resolves.toMatch(/Not saved: this browser is blocking storage.*export still works/);
    expect(await mentee(page).inputValue()).toBe(NAME);
    expect((await exportedPair(page)).mentee).toBe(NAME);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('storage full: keeps the text, says saving failed, exports, and resumes saving by itself', async () => {
    const { page, context } = await watchedPage(browser);
    await page.addInitScript(() => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if ((window as unknown as { full?: boolean }).full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return real.call(this, key, value);
      };
    });
    await page.goto(`${baseUrl()}${TOOL}`);
    await waitForTool(page);
    await page.evaluate(() => ((window as unknown as { full: boolean }).full = true));
    await mentee(page).fill(LONG);
    await page.waitForFunction(() => /storage for the site is full/.test(document.querySelector('[data-save-text]')?.textContent ?? ''));
    expect(await mentee(page).inputValue()).toBe(LONG);
    expect((await exportedPair(page)).mentee).toBe(LONG);
    expect(await storedPair(page)).toBeNull();
    await page.evaluate(() => ((window as unknown as { full: boolean }).full = false));
    await saved(page); // no keystroke needed: it retries by itself
    await page.reload();
    await waitForTool(page);
    expect(await mentee(page).inputValue()).toBe(LONG);
    await context.close();
  });

  it('a value that is not JSON: set aside under a quarantine key, offered for download, the tool starts empty', async () => {
    const { page, context } = await watchedPage(browser);
    const broken = '{"v":1,"savedAt":"2026-11-20T10:00:00.000Z","data":{"mentee":"Amara Oka';
    await seedStorage(page, { 'gmg:pair': broken });
    await page.goto(`${baseUrl()}${TOOL}`);
    await waitForTool(page);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await expect(alert.textContent()).resolves.toMatch(/not valid JSON.*set aside, not deleted/);
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gmg:pair:quarantine:')));
    expect(keys).toHaveLength(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), keys[0]!)).toBe(broken);
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download the original text' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(broken);
    expect(await mentee(page).inputValue()).toBe('');
    await mentee(page).fill(NAME);
    await saved(page);
    await page.reload();
    await waitForTool(page);
    expect(await mentee(page).inputValue()).toBe(NAME);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await context.close();
  });

  it('a value that fails parse: the good fields are salvaged and the original is set aside', async () => {
    const { page, context } = await watchedPage(browser);
    const bad = JSON.stringify({ v: 1, savedAt: '2026-11-20T10:00:00.000Z', data: { mentee: NAME, mentor: { first: 'Lena' }, startDate: 'next week' } });
    await seedStorage(page, { 'gmg:pair': bad });
    await page.goto(`${baseUrl()}${TOOL}`);
    await waitForTool(page);
    expect(await mentee(page).inputValue()).toBe(NAME);
    await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(/mentor is not text/);
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gmg:pair:quarantine:')).map((k) => localStorage.getItem(k)));
    expect(kept).toEqual([bad]);
    await context.close();
  });

  it('an older version is migrated on read (the version 0 fixture)', async () => {
    const { page, context } = await watchedPage(browser);
    const v0 = readFileSync('tests/fixtures/storage/pair.v0.json', 'utf8');
    await seedStorage(page, { 'gmg:pair': v0 });
    await page.goto(`${baseUrl()}${TOOL}`);
    await waitForTool(page);
    expect(await mentee(page).inputValue()).toBe('Amara Okafor');
    expect(await mentor(page).inputValue()).toBe('Dr Lena Fischer');
    expect(JSON.parse((await storedPair(page))!)).toMatchObject({ v: 1, data: { mentee: 'Amara Okafor', startDate: '' } });
    await context.close();
  });

  it("another tab's edit arrives here, is announced, and sets off no ping-pong of writes", async () => {
    const { context } = await watchedPage(browser);
    await context.addInitScript(() => {
      const w = window as unknown as { pairWrites: number };
      w.pairWrites = 0;
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'gmg:pair') w.pairWrites++;
        return real.call(this, key, value);
      };
    });
    const here = await open(context);
    const there = await open(context);
    await there.bringToFront();
    await mentee(there).fill(NAME);
    await saved(there);
    await here.waitForFunction((name) => (document.querySelector('input[id]') as HTMLInputElement | null) !== null && [...document.querySelectorAll('input')].some((i) => i.value === name), NAME);
    expect(await mentee(here).inputValue()).toBe(NAME);
    await expect(here.getByRole('status').filter({ hasText: 'changed in another tab' }).count()).resolves.toBe(1);
    const writesBefore = await there.evaluate(() => (window as unknown as { pairWrites: number }).pairWrites);
    await here.waitForTimeout(1500);
    expect(await here.evaluate(() => (window as unknown as { pairWrites: number }).pairWrites)).toBe(0);
    expect(await there.evaluate(() => (window as unknown as { pairWrites: number }).pairWrites)).toBe(writesBefore);
    await context.close();
  });

  it('closing the tab right after typing loses nothing (flushed on pagehide)', async () => {
    const { context } = await watchedPage(browser);
    const page = await open(context);
    await mentee(page).fill(NAME);
    await mentor(page).pressSequentially('Lena');
    await page.close({ runBeforeUnload: false }); // well inside the save delay
    const again = await open(context);
    expect(await mentee(again).inputValue()).toBe(NAME);
    expect(await mentor(again).inputValue()).toBe('Lena');
    await context.close();
  });
});

describe('back/forward cache', () => {
  let bfBrowser: Browser;
  beforeAll(async () => {
    bfBrowser = await launchBrowser({ bfcache: true });
  });
  afterAll(() => bfBrowser?.close());

  it('a page restored from the back/forward cache shows the latest saved state', async () => {
    const context = await bfBrowser.newContext();
    await context.addInitScript(() => {
      window.addEventListener('pageshow', (e) => ((window as unknown as { restored: boolean }).restored = e.persisted));
    });
    const page = await open(context);
    // The service worker's first claim on this page would evict it from the cache, at whatever moment it came.
    await workerInCharge(page);
    await mentee(page).fill('Before');
    await saved(page);
    await page.goto(`${baseUrl()}/guide/introduction/`);
    const other = await open(context);
    await mentee(other).fill(NAME);
    await saved(other);
    await other.close();
    await page.bringToFront();
    await page.goBack({ waitUntil: 'commit' }); // a restore from the cache fires no load event
    // Restored from the cache, not loaded again: the pageshow event says so.
    await expect(page.evaluate(() => (window as unknown as { restored: boolean }).restored)).resolves.toBe(true);
    await page.waitForFunction((name) => [...document.querySelectorAll('input')].some((i) => i.value === name), NAME);
    expect(await mentee(page).inputValue()).toBe(NAME);
    await context.close();
  });
});
