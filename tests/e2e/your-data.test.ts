// The "Your data" page: lists what is stored, exports, imports as a merge the person reviews (refusing bad files),
// and deletes.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { saveDownload } from './support/download';
import { baseUrl, seedStorage, storedValue, watchedPage } from './support/site';
import { waitForTool } from './support/tools';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const pairV1 = readFileSync('tests/fixtures/storage/pair.v1.json', 'utf8');
const goalsV1 = JSON.parse(readFileSync('tests/fixtures/storage/goals.v1.json', 'utf8'));
const AT = '2026-11-20T10:00:00.000Z';
const REL = 'amara-and-lena';
const DEVICE = 'mydev1';

/** An edit stamp as the site writes them: the time in nine base-36 digits, then the device. */
const stamp = (time: number, device: string) => `${time.toString(36).padStart(9, '0')}~${device}`;

/** One listed relationship holding the given tools' envelopes, and this browser's device id. */
function relationship(tools: Record<string, object>): Record<string, string> {
  const list = { v: 1, savedAt: AT, data: { list: [{ id: REL, me: 'mentee', archived: false, example: false, createdAt: AT, aliases: [] }], active: REL } };
  const keys = Object.fromEntries(Object.entries(tools).map(([tool, envelope]) => [`gmg:r:${REL}:${tool}`, JSON.stringify(envelope)]));
  return { 'gmg:device': DEVICE, 'gmg:relationships': JSON.stringify(list), ...keys };
}

async function openWith(stored: Record<string, string>): Promise<Page> {
  const { page } = await watchedPage(browser);
  await seedStorage(page, stored);
  await page.goto(`${baseUrl()}/your-data/`);
  await waitForTool(page);
  return page;
}

const read = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const readJson = async (page: Page, key: string) => JSON.parse((await read(page, key)) ?? 'null');
const chooseFile = (page: Page, name: string, text: string, mimeType = 'application/json') =>
  page.getByLabel('Choose an export file').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
const message = (page: Page) => page.locator('#data-message');
/** What the page's message line says, waited for (it changes a moment after the click). */
const said = (page: Page) => expect.poll(() => message(page).textContent(), { timeout: 10_000 });

it('lists what is stored, with its size and time, and exports it all to one dated file', async () => {
  const page = await openWith({ 'gmg:pair': pairV1 });
  const table = page.getByRole('table', { name: 'Amara Okafor and Dr Lena Fischer' });
  const row = table.getByRole('row', { name: /Names and dates/ });
  await expect(row.textContent()).resolves.toContain('Amara Okafor and Dr Lena Fischer');
  await expect(row.textContent()).resolves.toMatch(/bytes|KB/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^good-mentoring-guide-\d{4}-\d{2}-\d{2}\.json$/);
  await said(page).toContain(`to ${download.suggestedFilename()}. Look for it in your downloads.`);
  const file = JSON.parse((await saveDownload(download)).text);
  expect(file).toMatchObject({
    app: 'good-mentoring-guide',
    format: 2,
    relationships: [{ names: { mentee: 'Amara Okafor', mentor: 'Dr Lena Fischer' }, tools: { pair: { v: 1, data: { mentee: 'Amara Okafor', mentor: 'Dr Lena Fischer' } } } }],
  });
  await page.context().close();
});

it('imports a file after showing item by item what it adds or changes, and only when asked; nothing is replaced', async () => {
  // This browser: the mentee's name and one goal, edited here. The partner's file: the same relationship, where
  // they changed the mentee's name too (a clash) and added a goal.
  const [seenByBoth, theirEdit, myEdit] = [Date.parse('2026-11-01T09:00:00Z'), Date.parse('2026-11-10T09:00:00Z'), Date.parse('2026-11-12T09:00:00Z')];
  const names = { mentee: 'Amara Okafor', mentor: 'Dr Lena Fischer', startDate: '2026-10-05', reviewDate: '2027-04-05' };
  const myGoal = { ...goalsV1.data.goals[1], id: 'local-goal', title: 'Present at the lab meeting' };
  const mine = relationship({
    pair: { v: 1, savedAt: AT, data: names, sync: { s: { '.mentee': stamp(myEdit, DEVICE), '.mentor': stamp(seenByBoth, DEVICE) }, g: {}, seen: { [DEVICE]: myEdit } } },
    goals: { v: 1, savedAt: AT, data: { goals: [myGoal] } },
  });
  const theirs = {
    app: 'good-mentoring-guide', format: 2, exportedAt: AT,
    relationships: [{
      id: REL, names: { mentee: 'Amara Okafor-Lindqvist', mentor: 'Dr Lena Fischer' }, from: 'mentor',
      tools: {
        pair: { v: 1, savedAt: AT, data: { ...names, mentee: 'Amara Okafor-Lindqvist' }, sync: { s: { '.mentee': stamp(theirEdit, 'partner'), '.mentor': stamp(seenByBoth, DEVICE) }, g: {}, seen: { [DEVICE]: seenByBoth, partner: theirEdit } } },
        goals: { v: 1, savedAt: AT, data: { goals: [goalsV1.data.goals[0]] } },
      },
    }],
  };
  const page = await openWith(mine);
  const pairBefore = await read(page, `gmg:r:${REL}:pair`);
  const goalsBefore = await read(page, `gmg:r:${REL}:goals`);
  await chooseFile(page, 'from-lena.json', JSON.stringify(theirs));

  const review = page.getByRole('region', { name: /^What arrived/ });
  await expect(review.textContent()).resolves.toContain('It belongs to your relationship Amara Okafor and Dr Lena Fischer');
  const listed = (status: string) => review.locator(`[data-review="goals"] li[data-status="${status}"]`).allTextContents();
  await expect(listed('new')).resolves.toEqual(expect.arrayContaining(['New from them: goal “Submit my first first-author paper”', 'New from them: milestone “Methods drafted”']));
  await expect(listed('only-mine')).resolves.toEqual(expect.arrayContaining(['Only here: goal “Present at the lab meeting”']));
  // The clash: theirs and mine side by side; the later edit (mine) is chosen unless the person picks.
  const clash = review.getByRole('group', { name: /Changed on both sides: .*mentee/ });
  await expect(clash.getByRole('radio', { name: /^Theirs\s*Amara Okafor-Lindqvist$/ }).isChecked()).resolves.toBe(false);
  await expect(clash.getByRole('radio', { name: /^Mine\s*Amara Okafor$/ }).isChecked()).resolves.toBe(true);
  await clash.getByRole('radio', { name: /^Theirs/ }).check();
  expect(await read(page, `gmg:r:${REL}:pair`)).toBe(pairBefore);
  expect(await read(page, `gmg:r:${REL}:goals`)).toBe(goalsBefore);

  await page.getByRole('alertdialog').getByRole('button', { name: 'Merge' }).click();
  await said(page).toBe('Merged and saved: names and dates, goal worksheet.');
  expect(await readJson(page, `gmg:r:${REL}:pair`)).toMatchObject({ v: 1, data: { ...names, mentee: 'Amara Okafor-Lindqvist' } });
  const goals = (await readJson(page, `gmg:r:${REL}:goals`)).data.goals.map((g: { title: string }) => g.title);
  expect(goals.sort()).toEqual(['Present at the lab meeting', 'Submit my first first-author paper']);
  await expect(page.locator('.import-preview').count()).resolves.toBe(0);

  // A file from before relationships: its own relationship, unless the person says which of theirs; Cancel first.
  const old = { app: 'good-mentoring-guide', format: 1, exportedAt: AT, tools: { pair: { v: 1, savedAt: AT, data: { mentee: 'Jonas Berg', mentor: 'Priya Raman', startDate: '2026-11-01', reviewDate: '2027-05-01' } } } };
  const keysBefore = await page.evaluate(() => Object.keys(localStorage).sort());
  await chooseFile(page, 'old-export.json', JSON.stringify(old));
  await expect(review.textContent()).resolves.toContain('This browser does not have this relationship yet');
  await expect(review.getByRole('radio', { name: 'Add it as a new relationship' }).isChecked()).resolves.toBe(true);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await said(page).toBe('Nothing was imported.');
  expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(keysBefore);
  await chooseFile(page, 'old-export.json', JSON.stringify(old));
  await page.getByRole('alertdialog').getByRole('button', { name: 'Merge' }).click();
  await said(page).toBe('Merged and saved: names and dates.');
  await page.getByRole('table', { name: 'Jonas Berg and Priya Raman' }).waitFor();
  expect((await readJson(page, 'gmg:relationships')).data.list).toHaveLength(2);
  expect(JSON.parse((await storedValue(page, 'pair'))!).data).toEqual(old.tools.pair.data);
  expect(await readJson(page, `gmg:r:${REL}:pair`)).toMatchObject({ data: { mentee: 'Amara Okafor-Lindqvist' } });
  await page.context().close();
});

it('migrates an older version inside an import file', async () => {
  const page = await openWith({});
  const v0 = JSON.parse(readFileSync('tests/fixtures/storage/pair.v0.json', 'utf8'));
  const file = { app: 'good-mentoring-guide', format: 1, exportedAt: '2025-09-01T09:30:00.000Z', tools: { pair: v0 } };
  await chooseFile(page, 'old.json', JSON.stringify(file));
  await page.getByRole('alertdialog').getByRole('button', { name: 'Merge' }).click();
  await said(page).toBe('Merged and saved: names and dates.');
  expect(JSON.parse((await storedValue(page, 'pair'))!)).toMatchObject({ v: 1, data: { mentee: 'Amara Okafor', mentor: 'Dr Lena Fischer' } });
  await page.context().close();
});

const use = /choose the \.json file that “Download as JSON” or “Export everything” made/;
it.each([
  ['malformed', 'broken.json', '{"app":"good-mentoring-guide","tools":{', /not valid JSON/],
  ['foreign', 'other.json', JSON.stringify({ app: 'some-other-app', data: [1, 2] }), /not an export from The Good Mentoring Guide/],
  ['bad data inside', 'bad.json', JSON.stringify({ app: 'good-mentoring-guide', format: 1, tools: { pair: { v: 1, savedAt: '2026-01-01T00:00:00Z', data: { mentee: ['x'] } } } }), /the names and dates cannot be used: mentee is not text/],
  ['oversized', 'huge.json', `{"app":"good-mentoring-guide","pad":"${'x'.repeat(5.5 * 1024 * 1024)}"}`, /5\.\d MB/],
  ['text (the agreement for editing)', 'agreement.txt', '# Our mentoring agreement\n\nWe meet every two weeks.\n', new RegExp(`looks like a text file.*${use.source}`)],
  ['PDF', 'goals.pdf', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', new RegExp(`This is a PDF.*${use.source}`)],
  ['format-less', 'cut.json', JSON.stringify({ app: 'good-mentoring-guide', exportedAt: AT, relationships: [] }), /no format number, so it is damaged or incomplete/],
])('refuses a %s file with a clear message in view and changes nothing', async (_, name, text, reason) => {
  const page = await openWith({ 'gmg:pair': pairV1 });
  await chooseFile(page, name, text, name.endsWith('.json') ? 'application/json' : 'application/octet-stream');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  await expect(alert.textContent()).resolves.toMatch(reason);
  await expect(alert.textContent()).resolves.not.toMatch(/newer version/);
  // The message is where the person is: focused, so scrolled into view and read out.
  await page.waitForFunction(() => document.activeElement?.id === 'data-message');
  const inView = await alert.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  expect(inView).toBe(true);
  await expect(page.locator('.import-preview').count()).resolves.toBe(0);
  expect(await storedValue(page, 'pair')).toBe(pairV1);
  await page.context().close();
});

it('lists set-aside copies, exports them, and deletes them one by one, an item and then everything, each after confirming', async () => {
  const asideHere = `gmg:r:${REL}:goals:quarantine:1764158400000`;
  const asideOld = 'gmg:pair:quarantine:1764072000000';
  const page = await openWith({
    ...relationship({ pair: JSON.parse(pairV1) }),
    'gmg:theme': 'dark',
    [asideHere]: '{"v":1,"savedAt":"2026-11-26T12:00:00.000Z","data":{"goals":[{"title":"cut o',
    [asideOld]: 'not json',
  });
  const setAside = page.locator('.set-aside li');
  await expect(setAside.allTextContents()).resolves.toEqual([
    expect.stringMatching(/^Names and dates, set aside .*\(8 bytes\)/),
    expect.stringMatching(/^Goal worksheet, set aside .*\(\d+ bytes\)/),
  ]);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
  await said(page).toMatch(/^Exported 1 relationship and 2 set-aside copies to good-mentoring-guide-/);
  const file = JSON.parse((await saveDownload(download)).text);
  expect(file.setAside).toEqual(expect.arrayContaining([{ key: asideHere, raw: await read(page, asideHere) }, { key: asideOld, raw: 'not json' }]));
  expect(file.setAside).toHaveLength(2);

  await page.getByRole('button', { name: /^Delete Names and dates, set aside/ }).click();
  await said(page).toMatch(/^Deleted the names and dates set aside/);
  expect(await read(page, asideOld)).toBeNull();
  expect(await read(page, asideHere)).not.toBeNull();
  await expect(setAside.count()).resolves.toBe(1);

  const deleteNames = page.getByRole('button', { name: /^Delete Names and dates of/ });
  await deleteNames.click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  expect(await read(page, `gmg:r:${REL}:pair`)).not.toBeNull();
  await deleteNames.click();
  await page.getByRole('button', { name: 'Delete it' }).click();
  expect(await read(page, `gmg:r:${REL}:pair`)).toBeNull();
  await expect(page.getByRole('row', { name: /Names and dates/ }).count()).resolves.toBe(0);

  await page.getByRole('button', { name: 'Delete everything' }).first().click();
  const question = page.getByRole('alertdialog');
  await expect(question.textContent()).resolves.toContain('That includes 1 set-aside copy of text that could not be opened.');
  await question.getByRole('button', { name: 'Delete everything' }).click();
  const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gmg:')));
  expect(left).toEqual([]);
  await page.context().close();
});

it('says so when the browser declines to keep the data', async () => {
  const { page, context } = await watchedPage(browser);
  await page.addInitScript(() => {
    navigator.storage.persisted = () => Promise.resolve(false);
    navigator.storage.persist = () => Promise.resolve(false);
  });
  await page.goto(`${baseUrl()}/your-data/`);
  await waitForTool(page);
  await page.getByRole('button', { name: 'Ask the browser to keep it' }).click();
  await expect(page.locator('.persistence-answer').getAttribute('role')).resolves.toBe('status');
  await page.locator('.persistence-answer').filter({ hasText: /\S/ }).waitFor();
  await expect(page.locator('.persistence-answer').textContent()).resolves.toMatch(/^The browser said no, for now\..*Export a copy now and then/);
  await context.close();
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
