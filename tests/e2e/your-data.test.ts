// The "Your data" page: lists what is stored, exports, imports (refusing bad files) and deletes.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, seedStorage, watchedPage } from './support/site';
import { waitForTool } from './support/tools';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const pairV1 = readFileSync('tests/fixtures/storage/pair.v1.json', 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'gmg-import-'));
const fileWith = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

async function openWith(stored: Record<string, string>): Promise<Page> {
  const { page } = await watchedPage(browser);
  await seedStorage(page, stored);
  await page.goto(`${baseUrl()}/your-data/`);
  await waitForTool(page);
  return page;
}

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

it('lists what is stored, with its size and time, and exports it all to one dated file', async () => {
  const page = await openWith({ 'gmg:pair': pairV1 });
  const row = page.getByRole('row', { name: /Names and dates/ });
  await expect(row.textContent()).resolves.toContain('Amara Okafor and Dr Lena Fischer');
  await expect(row.textContent()).resolves.toMatch(/bytes|KB/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^good-mentoring-guide-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(file).toMatchObject({ app: 'good-mentoring-guide', format: 1, tools: { pair: { v: 1, data: { mentee: 'Amara Okafor', mentor: 'Dr Lena Fischer' } } } });
  await page.context().close();
});

it('imports a file after showing what it replaces, and only when asked', async () => {
  const page = await openWith({ 'gmg:pair': pairV1 });
  const incoming = { app: 'good-mentoring-guide', format: 1, exportedAt: '2026-11-20T10:00:00.000Z', tools: { pair: { v: 1, savedAt: '2026-11-20T10:00:00.000Z', data: { mentee: 'Jonas Berg', mentor: 'Priya Raman', startDate: '2026-11-01', reviewDate: '2027-05-01' } } } };
  await page.getByLabel('Choose an export file').setInputFiles(fileWith('export.json', JSON.stringify(incoming)));
  const preview = page.locator('.import-preview');
  await expect(preview.textContent()).resolves.toContain('Jonas Berg and Priya Raman');
  await expect(preview.textContent()).resolves.toContain('It replaces what is here now: Amara Okafor and Dr Lena Fischer');
  expect(JSON.parse((await stored(page, 'gmg:pair'))!).data.mentee).toBe('Amara Okafor');
  await page.getByRole('button', { name: 'Import and replace' }).click();
  expect(JSON.parse((await stored(page, 'gmg:pair'))!).data).toEqual(incoming.tools.pair.data);
  await expect(page.getByRole('status').first().textContent()).resolves.toContain('Imported names and dates');
  await page.context().close();
});

it('migrates an older version inside an import file', async () => {
  const page = await openWith({});
  const v0 = JSON.parse(readFileSync('tests/fixtures/storage/pair.v0.json', 'utf8'));
  const file = { app: 'good-mentoring-guide', format: 1, exportedAt: '2025-09-01T09:30:00.000Z', tools: { pair: v0 } };
  await page.getByLabel('Choose an export file').setInputFiles(fileWith('old.json', JSON.stringify(file)));
  await page.getByRole('button', { name: 'Import and replace' }).click();
  expect(JSON.parse((await stored(page, 'gmg:pair'))!)).toMatchObject({ v: 1, data: { mentee: 'Amara Okafor', mentor: 'Dr Lena Fischer' } });
  await page.context().close();
});

it.each([
  ['malformed', 'broken.json', '{"app":"good-mentoring-guide","tools":{', /not valid JSON/],
  ['foreign', 'other.json', JSON.stringify({ app: 'some-other-app', data: [1, 2] }), /not an export from The Good Mentoring Guide/],
  ['bad data inside', 'bad.json', JSON.stringify({ app: 'good-mentoring-guide', format: 1, tools: { pair: { v: 1, savedAt: '2026-01-01T00:00:00Z', data: { mentee: ['x'] } } } }), /names and dates in the file cannot be used: mentee is not text/],
  ['oversized', 'huge.json', `{"app":"good-mentoring-guide","pad":"${'x'.repeat(5.5 * 1024 * 1024)}"}`, /5\.\d MB/],
])('refuses a %s file with a clear message and changes nothing', async (_, name, text, reason) => {
  const page = await openWith({ 'gmg:pair': pairV1 });
  await page.getByLabel('Choose an export file').setInputFiles(fileWith(name, text));
  const alert = page.getByRole('alert');
  await alert.waitFor();
  await expect(alert.textContent()).resolves.toMatch(reason);
  await expect(page.locator('.import-preview').count()).resolves.toBe(0);
  expect(await stored(page, 'gmg:pair')).toBe(pairV1);
  await page.context().close();
});

it('deletes one item, and then everything, each only after confirming', async () => {
  const page = await openWith({ 'gmg:pair': pairV1, 'gmg:theme': 'dark', 'gmg:pair:quarantine:1764158400000': 'not json' });
  await expect(page.locator('.set-aside').textContent()).resolves.toContain('Names and dates');
  await page.getByRole('button', { name: 'Delete Names and dates' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(await stored(page, 'gmg:pair')).not.toBeNull();
  await page.getByRole('button', { name: 'Delete Names and dates' }).click();
  await page.getByRole('button', { name: 'Delete it' }).click();
  expect(await stored(page, 'gmg:pair')).toBeNull();
  await expect(page.getByRole('row', { name: /Names and dates/ }).count()).resolves.toBe(0);

  await page.getByRole('button', { name: 'Delete everything' }).first().click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete everything' }).click();
  const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gmg:')));
  expect(left).toEqual([]);
  await page.context().close();
});

it('says plainly when the browser blocks storage', async () => {
  const { page, context } = await watchedPage(browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(`${baseUrl()}/your-data/`);
  await waitForTool(page);
  await expect(page.locator('.your-data').textContent()).resolves.toContain('This browser is not letting the site store anything');
  await context.close();
});
