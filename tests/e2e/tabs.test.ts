// No write replaces data it has not seen (issue 12, item 7): two tabs of one browser, pages shown again by Back,
// and a stale page after "Delete everything" or an import. Each scenario runs with the back/forward cache on and off,
// and ends with 0 characters lost.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { emptyGoal } from '../../src/tools/goals/model';
import { launchBrowser } from './support/browser';
import { seedRelationship } from './support/seed';
import { baseUrl, watchedPage } from './support/site';
import { waitForTool } from './support/tools';
import { saved } from './support/relationship';

const browsers: Browser[] = [];
afterAll(async () => {
  for (const b of browsers) await b.close();
});

const GOALS = '/tools/goals/';
const field = (page: Page, label: string) => page.locator('.goal-card').first().getByLabel(label, { exact: true });
const stored = (page: Page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('gmg:r:r1:goals');
    return raw ? (JSON.parse(raw).data.goals as { title: string; why: string }[]) : null;
  });
const quarantined = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':quarantine:')));

async function start(bfcache: boolean): Promise<{ context: BrowserContext; open(): Promise<Page> }> {
  const browser = await launchBrowser({ bfcache });
  browsers.push(browser);
  const { page, context } = await watchedPage(browser);
  await seedRelationship(page, { goals: { goals: [{ ...emptyGoal('g1'), title: 'Start' }] }, pair: { mentee: 'Amara', mentor: 'Lena', startDate: '', reviewDate: '' } }, 'r1');
  await page.goto(`${baseUrl()}${GOALS}`);
  await waitForTool(page);
  await page.close();
  return {
    context,
    async open() {
      const p = await context.newPage();
      await p.goto(`${baseUrl()}${GOALS}`);
      await waitForTool(p);
      return p;
    },
  };
}

describe.each([[false], [true]])('with the back/forward cache %s', (bfcache) => {
  it('a page shown again by Back shows what another tab saved since, and the next keystroke keeps it', async () => {
    const { context, open } = await start(bfcache);
    const one = await open();
    await field(one, 'Goal').fill('TAB1-TEXT');
    // Left within the save delay: the page saves as it goes (pagehide).
    await one.goto(`${baseUrl()}/tools/`);
    const two = await open();
    await expect.poll(() => field(two, 'Goal').inputValue()).toBe('TAB1-TEXT');
    await field(two, 'Goal').fill('TAB2-WRITTEN-LATER');
    await saved(two);
    await one.goBack({ waitUntil: 'commit' }); // a restore from the cache fires no load event
    await waitForTool(one);
    await expect.poll(() => field(one, 'Goal').inputValue()).toBe('TAB2-WRITTEN-LATER');
    await field(one, 'Goal').press('End');
    await one.keyboard.type('!');
    await saved(one);
    expect((await stored(one))![0]!.title).toBe('TAB2-WRITTEN-LATER!');
    await context.close();
  });

  it('two tabs with unsaved typing in different fields, closed at once, both keep their words (twice over)', async () => {
    const { context, open } = await start(bfcache);
    for (let round = 0; round < 2; round++) {
      const one = await open();
      const two = await open();
      await field(one, 'Goal').fill(`GOAL-${round}`);
      await field(two, 'Why it matters').fill(`WHY-${round}`);
      await Promise.all([one.close(), two.close()]);
      const check = await open();
      const [goal] = (await stored(check))!;
      expect([goal!.title, goal!.why]).toEqual([`GOAL-${round}`, `WHY-${round}`]);
      await check.close();
    }
    const last = await open();
    expect(await quarantined(last)).toEqual([]);
    await context.close();
  });

  it('two tabs editing different fields merge, and set nothing aside', async () => {
    const { context, open } = await start(bfcache);
    const one = await open();
    const two = await open();
    for (let i = 0; i < 3; i++) {
      await field(one, 'Goal').fill(`title ${i}`);
      await field(two, 'Why it matters').fill(`why ${i}`);
      await saved(one);
      await saved(two);
      // Tabs see each other's writes after a moment: wait for the state, however long the machine takes.
      const settle = { timeout: 15_000 };
      await expect.poll(async () => (await stored(one))![0], settle).toMatchObject({ title: `title ${i}`, why: `why ${i}` });
      await expect.poll(() => field(one, 'Why it matters').inputValue(), settle).toBe(`why ${i}`);
      await expect.poll(() => field(two, 'Goal').inputValue(), settle).toBe(`title ${i}`);
    }
    expect(await quarantined(one)).toEqual([]);
    await context.close();
  });

  it('a stale page does not bring back what “Delete everything” removed', async () => {
    const { context, open } = await start(bfcache);
    const one = await open();
    await field(one, 'Goal').fill('OLD-TEXT');
    await saved(one);
    await one.goto(`${baseUrl()}/tools/`);
    const data = await context.newPage();
    await data.goto(`${baseUrl()}/your-data/`);
    await waitForTool(data);
    await data.getByRole('button', { name: 'Delete everything' }).click();
    await data.getByRole('alertdialog').getByRole('button', { name: 'Delete everything' }).click();
    await data.getByText('Deleted everything').waitFor();
    await one.goBack({ waitUntil: 'commit' }); // a restore from the cache fires no load event
    await waitForTool(one);
    await expect.poll(() => one.locator('body').innerText()).not.toContain('OLD-TEXT');
    expect(await one.evaluate(() => Object.values(localStorage).some((v) => v.includes('OLD-TEXT')))).toBe(false);
    await context.close();
  });

  it('a page open during an import shows what was imported, and its next keystroke keeps it', async () => {
    const { context, open } = await start(bfcache);
    const one = await open();
    const file = join(mkdtempSync(join(tmpdir(), 'gmg-tabs-')), 'shared.json');
    const envelope = { v: 1, savedAt: '2026-11-20T10:00:00.000Z', data: { goals: [{ ...emptyGoal('g2'), title: 'IMPORTED' }] } };
    writeFileSync(file, JSON.stringify({ app: 'good-mentoring-guide', format: 2, exportedAt: envelope.savedAt, relationships: [{ id: 'r1', names: { mentee: 'Amara', mentor: 'Lena' }, tools: { goals: envelope } }] }));
    const data = await context.newPage();
    await data.goto(`${baseUrl()}/your-data/`);
    await waitForTool(data);
    await data.getByLabel('Choose an export file').setInputFiles(file);
    await data.getByRole('alertdialog').getByRole('button', { name: 'Merge' }).click();
    await data.getByText(/Merged and saved/).waitFor();
    await expect.poll(() => one.locator('.goal-card').count()).toBe(2);
    await field(one, 'Goal').fill('Start, typed on');
    await saved(one);
    expect((await stored(one))!.map((g) => g.title)).toEqual(['Start, typed on', 'IMPORTED']);
    await context.close();
  });
});
