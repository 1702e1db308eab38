// The ways browsers lose data, each shown on a real tool page: type known text, cause the fault, find the text.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, seedStorage, storedValue, watchedPage, workerInCharge } from './support/site';
import { saveDownload } from './support/download';
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
const storedPair = (page: Page) => storedValue(page, 'pair');
/** Keys of text set aside from the pair's key, in any relationship. */
const pairAsideKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => /^gmg:r:[\w-]+:pair:quarantine:\d+$/.test(k)));

async function open(context: BrowserContext, path = TOOL): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}${path}`);
  await waitForTool(page);
  return page;
}

/** Downloads the tool's JSON export (format 2) and returns the pair's names inside it. */
async function exportedPair(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /download.*json/i }).first().click()]);
  return JSON.parse((await saveDownload(download)).text).relationships[0].names;
}

/** Opens the tool page with storage that refuses every write until `fillUp(page, false)`. */
async function openWithFullStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as unknown as { full?: boolean }).full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  });
  await page.goto(`${baseUrl()}${TOOL}`);
  await waitForTool(page);
  await fillUp(page, true);
}

const fillUp = (page: Page, full: boolean) => page.evaluate((f) => ((window as unknown as { full: boolean }).full = f), full);

describe('storage faults', () => {
  it('blocked storage: works in memory, says nothing is saved, and export still works', async () => {
    const { page, context, consoleErrors } = await watchedPage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    await page.goto(`${baseUrl()}${TOOL}`);
    await waitForTool(page);
    await mentee(page).fill(NAME);
    await expect(statusText(page)).resolves.toMatch(/Not saved: this browser is blocking storage.*lost when it closes.*Download or print it to keep a copy/);
    expect(await mentee(page).inputValue()).toBe(NAME);
    expect((await exportedPair(page)).mentee).toBe(NAME);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('storage full: keeps the text, says saving failed, exports, and resumes saving by itself', async () => {
    const { page, context } = await watchedPage(browser);
    await openWithFullStorage(page);
    await mentee(page).fill(LONG);
    await page.waitForFunction(() => /storage for the site is full/.test(document.querySelector('[data-save-text]')?.textContent ?? ''));
    expect(await mentee(page).inputValue()).toBe(LONG);
    expect((await exportedPair(page)).mentee).toBe(LONG);
    expect(await storedPair(page)).toBeNull();
    await fillUp(page, false);
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
    const keys = await pairAsideKeys(page);
    expect(keys).toHaveLength(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), keys[0]!)).toBe(broken);
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download the original text' }).click()]);
    expect((await saveDownload(download)).text).toBe(broken);
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
    const kept = await page.evaluate((keys) => keys.map((k) => localStorage.getItem(k)), await pairAsideKeys(page));
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
        if (/^gmg:r:[\w-]+:pair$/.test(key)) w.pairWrites++;
        return real.call(this, key, value);
      };
    });
    const writes = (page: Page) => page.evaluate(() => (window as unknown as { pairWrites: number }).pairWrites);
    // The first tab saves something, so that the relationship is listed and the second tab opens the same one.
    const here = await open(context);
    await mentor(here).fill('Dr Lena Fischer');
    await saved(here);
    const there = await open(context);
    const hereBefore = await writes(here);
    await there.bringToFront();
    await mentee(there).fill(NAME);
    await saved(there);
    await here.waitForFunction((name) => [...document.querySelectorAll('input')].some((i) => i.value === name), NAME);
    expect(await mentee(here).inputValue()).toBe(NAME);
    await expect(here.getByRole('status').filter({ hasText: 'changed in another tab' }).count()).resolves.toBe(1);
    const thereBefore = await writes(there);
    // Any write either page still has pending happens now: a page that meant to write back would show it here.
    for (const page of [here, there]) await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    await expect(here.locator('[data-save-state]').first().getAttribute('data-save-state')).resolves.toBe('saved');
    expect(await writes(here)).toBe(hereBefore);
    expect(await writes(there)).toBe(thereBefore);
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

/** One relationship, listed and active, holding the given tools' raw values (gmg:r:<id>:<tool>). */
const REL = 'fault-test-rel';
const goalsKey = `gmg:r:${REL}:goals`;
function oneRelationship(tools: Record<string, string>): Record<string, string> {
  const at = '2026-11-20T10:00:00.000Z';
  const list = { v: 1, savedAt: at, data: { list: [{ id: REL, me: '', archived: false, example: false, createdAt: at, aliases: [] }], active: REL } };
  return { 'gmg:relationships': JSON.stringify(list), ...Object.fromEntries(Object.entries(tools).map(([tool, raw]) => [`gmg:r:${REL}:${tool}`, raw])) };
}

/**
 * In the page: fills this origin's storage with another part of the site's data (a key the site does not own)
 * until only about `room` characters are left, whatever the browser's quota is.
 */
function fillStorageScript(room: number) {
  let fits = 0;
  let fails = 8_000_000;
  while (fails - fits > 20_000) {
    const size = Math.floor((fits + fails) / 2);
    try {
      localStorage.setItem('another-app:cache', 'f'.repeat(size));
      fits = size;
    } catch {
      fails = size;
    }
  }
  localStorage.setItem('another-app:cache', 'f'.repeat(Math.max(0, fits - room)));
}

const goalField = (page: Page) => page.getByRole('textbox', { name: 'Goal', exact: true }).first();
const saveState = (page: Page) => page.locator('[data-save-state]').first().getAttribute('data-save-state');
/** Makes the page write anything it has pending now, as it would when the tab is hidden or closed. */
const forceFlush = (page: Page) => page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));

describe('stored text that must not be written over, and saves that fail (issue 16, items 1 to 5)', () => {
  it('a cut-off value of 3,000,000 characters with storage nearly full: Your data leaves it as it is, the goals page offers it for download', async () => {
    const { page, context } = await watchedPage(browser);
    const head = '{"v":1,"savedAt":"2026-11-20T10:00:00.000Z","data":{"goals":[{"id":"g1","title":"';
    const unit = 'Finish the thesis chapter on method. ';
    const count = Math.ceil(3_000_000 / unit.length);
    const seed = { list: oneRelationship({})['gmg:relationships'], key: goalsKey, head, unit, count };
    await page.addInitScript(`(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      const s = ${JSON.stringify(seed)};
      localStorage.setItem('gmg:relationships', s.list);
      localStorage.setItem(s.key, s.head + s.unit.repeat(s.count));
      (${fillStorageScript.toString()})(150000);
    })()`);
    const intact = () => page.evaluate((s) => localStorage.getItem(s.key) === s.head + s.unit.repeat(s.count), seed);

    await page.goto(`${baseUrl()}/your-data/`);
    await waitForTool(page);
    await page.getByRole('heading', { name: 'Stored in this browser' }).waitFor();
    expect(await intact()).toBe(true);

    await page.goto(`${baseUrl()}${TOOL}`);
    await waitForTool(page);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await expect(alert.textContent()).resolves.toMatch(/no room to set the original text aside/);
    await expect(saveState(page)).resolves.toBe('held');
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download the original text' }).click()]);
    expect((await saveDownload(download)).text).toBe(head + unit.repeat(count));
    await goalField(page).fill('A new goal typed while the old text is held');
    await forceFlush(page);
    expect(await intact()).toBe(true);
    await context.close();
  });

  it('a value saved by a newer version opens read-only: typing saves nothing and the stored text stays byte for byte', async () => {
    const { page, context } = await watchedPage(browser);
    const newer = JSON.stringify({ v: 999, savedAt: '2031-01-01T00:00:00.000Z', data: { goals: [{ id: 'g1', title: 'Written by a later site', shape: 'new' }] } });
    await seedStorage(page, oneRelationship({ goals: newer }));
    await page.addInitScript((key) => {
      const w = window as unknown as { goalWrites: number };
      w.goalWrites = 0;
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, value: string) {
        if (k.startsWith(key)) w.goalWrites++;
        return real.call(this, k, value);
      };
    }, goalsKey);
    await page.goto(`${baseUrl()}${TOOL}`);
    await waitForTool(page);
    await expect(saveState(page)).resolves.toBe('read-only');
    await expect(statusText(page)).resolves.toMatch(/newer version of this site saved this data/);
    await goalField(page).fill('Typed into an older page');
    await forceFlush(page);
    await expect(statusText(page)).resolves.toMatch(/newer version of this site saved this data/);
    expect(await page.evaluate(() => (window as unknown as { goalWrites: number }).goalWrites)).toBe(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), goalsKey)).toBe(newer);
    await context.close();
  });

  it('a read that returns garbage for a good value: the real stored value is left intact, and nothing claims it was set aside', async () => {
    const { page, context } = await watchedPage(browser);
    const real = readFileSync('tests/fixtures/storage/goals.v1.json', 'utf8');
    await seedStorage(page, oneRelationship({ goals: real }));
    // A fault in the browser or an extension: reading this one key gives something else.
    await page.addInitScript((key) => {
      const read = Storage.prototype.getItem;
      Storage.prototype.getItem = function (k: string) {
        return k === key ? '{"v":1,"savedAt":"2026-11-20T1\u0000garbage' : read.call(this, k);
      };
    }, goalsKey);
    await page.goto(`${baseUrl()}${TOOL}`);
    await waitForTool(page);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await expect(alert.textContent()).resolves.not.toMatch(/has been set aside/);
    await expect(saveState(page)).resolves.toBe('held');
    await goalField(page).fill('Typed over a bad read');
    await forceFlush(page);
    // Another tab, without the fault, reads what is really stored.
    const check = await context.newPage();
    await check.goto(`${baseUrl()}/404.html`);
    expect(await check.evaluate((key) => localStorage.getItem(key), goalsKey)).toBe(real);
    expect(await check.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':quarantine:')))).toEqual([]);
    await context.close();
  });

  it('an import into full storage says what was not saved, never that it was imported', async () => {
    const { page, context } = await watchedPage(browser);
    await page.addInitScript(`(${fillStorageScript.toString()})(100000)`);
    await page.goto(`${baseUrl()}/your-data/`);
    await waitForTool(page);
    const goals = JSON.parse(readFileSync('tests/fixtures/storage/goals.v1.json', 'utf8'));
    // Three times the room left, in fields each under the 200,000-character limit that an import may hold.
    goals.data.goals[0].why = 'Because it matters to me. '.repeat(6_000);
    goals.data.goals[0].reality = 'Where things stand today. '.repeat(6_000);
    const file = { app: 'good-mentoring-guide', format: 2, exportedAt: '2026-11-20T10:00:00.000Z', relationships: [{ id: 'big-import-rel', names: { mentee: 'Amara Okafor', mentor: 'Dr Lena Fischer' }, from: 'mentee', tools: { goals } }] };
    await page.getByLabel('Choose an export file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.getByRole('alertdialog').getByRole('button', { name: 'Merge' }).click();
    const message = page.locator('#data-message');
    await expect(message.textContent()).resolves.toMatch(/Not saved: goal worksheet \(the storage for this site is full\)/);
    await expect(message.textContent()).resolves.not.toMatch(/Merged and saved: .*goal worksheet/);
    await expect(message.getAttribute('role')).resolves.toBe('alert');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => /^gmg:r:[\w-]+:goals$/.test(k)))).toEqual([]);
    await context.close();
  });

  it('storage full: the status says closing loses the text, and closing the tab asks first; once saved, it does not', async () => {
    const { page, context } = await watchedPage(browser);
    await openWithFullStorage(page);
    await mentee(page).click(); // a person's own input: Chromium asks before unload only on a page someone used
    await mentee(page).pressSequentially('Amara');
    await page.waitForFunction(() => document.querySelector('[data-save-state]')?.getAttribute('data-save-state') === 'failed');
    await expect(statusText(page)).resolves.toMatch(/storage for the site is full.*closing it loses that text/);
    const asked = page.waitForEvent('dialog', { timeout: 10_000 });
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss(); // stay on the page
    expect(page.isClosed()).toBe(false);
    expect(await mentee(page).inputValue()).toBe('Amara');

    await fillUp(page, false);
    await saved(page);
    let askedAgain = false;
    page.on('dialog', (d) => {
      askedAgain = true;
      void d.accept();
    });
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(askedAgain).toBe(false);
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
