// The meeting record, the relationship check-in and "Where we stand" for one pair (issue 14): three meetings whose
// actions carry forward until done or dropped, two check-ins by each person drawn as a chart with a table holding the
// same numbers, and the printed meeting and summary, one A4 page each without the site frame.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { isA4, readPdf } from './support/pdf';
import { seedRelationship } from './support/seed';
import { baseUrl, watchedPage } from './support/site';
import { waitForTool } from './support/tools';
import { saved } from './support/relationship';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const pair = { mentee: 'Amara Okafor', mentor: 'Lena Fischer', startDate: '2026-09-01', reviewDate: '2027-06-01' };
const FRAME = ['Skip to content', 'Your data', 'Working on', 'Manage this relationship'];

async function open(page: Page, path: string) {
  await page.goto(`${baseUrl()}${path}`);
  await waitForTool(page);
}

async function newMeeting(page: Page, kind: string, date: string) {
  await page.getByLabel('Start from the agenda of').selectOption({ label: kind });
  await page.locator('.mt-list').getByLabel('Date', { exact: true }).fill(date);
  await page.getByRole('button', { name: 'Add the meeting' }).click();
  await expect.poll(() => page.getByLabel('Date of the meeting').inputValue()).toBe(date);
}

async function addAction(page: Page, text: string, owner: string, due: string) {
  await page.getByRole('button', { name: 'Add an action' }).click();
  const action = page.locator('.mt-action').filter({ has: page.getByLabel('What will be done') }).last();
  await action.getByLabel('What will be done').fill(text);
  await action.getByLabel('Who does it').selectOption({ label: owner });
  await action.getByLabel('By when').fill(due);
  await saved(page);
}

/** An action's box in the open meeting, by its words (a typed value is a property, not an attribute to select on). */
async function actionBox(page: Page, text: string): Promise<Locator> {
  const boxes = page.locator('.mt-action');
  const values = await boxes.evaluateAll((all) => all.map((b) => b.querySelector<HTMLInputElement>('input[type="text"]')?.value ?? ''));
  const at = values.indexOf(text);
  expect(at, `action "${text}" among ${JSON.stringify(values)}`).toBeGreaterThanOrEqual(0);
  return boxes.nth(at);
}

const carriedTexts = (page: Page) =>
  page.locator('.mt-actions .mt-items').first().locator('.mt-action input[type="text"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

it('carries open actions forward until done or dropped, and "Where we stand" shows exactly what is open and who owes it', { timeout: 240_000 }, async () => {
  const { page, context } = await watchedPage(browser);
  await seedRelationship(page, { pair }, 'pair1');
  await open(page, '/tools/meetings/');

  await newMeeting(page, 'First meeting', '2026-09-08');
  await addAction(page, 'Draft the introduction', 'Amara Okafor', '2026-09-20');
  await addAction(page, 'Send two example papers', 'Lena Fischer', '2026-09-12');
  await addAction(page, 'Book a writing room', 'Amara Okafor', '2026-09-15');

  // The second meeting opens with all three carried from the first, each marked as carried.
  await newMeeting(page, 'Regular meeting', '2026-09-22');
  expect(await carriedTexts(page)).toEqual(['Draft the introduction', 'Send two example papers', 'Book a writing room']);
  await expect(page.locator('.mt-actions').textContent()).resolves.toContain('Carried from 8 September 2026');
  await (await actionBox(page, 'Draft the introduction')).getByLabel('Done', { exact: true }).check();
  await (await actionBox(page, 'Send two example papers')).getByLabel('Done', { exact: true }).check();
  // Dropping asks for a reason in a word or two, and refuses none.
  const room = await actionBox(page, 'Book a writing room');
  await room.getByRole('button', { name: /^Drop/ }).click();
  await page.getByRole('button', { name: 'Drop it' }).click();
  await page.getByText('Say why in a word or two').waitFor();
  await page.getByLabel('Why drop it? A word or two').fill('library reopened');
  await page.getByRole('button', { name: 'Drop it' }).click();
  await page.locator('.mt-dropped').filter({ hasText: 'Dropped: library reopened' }).waitFor();
  await addAction(page, 'Outline the methods section', 'Amara Okafor', '2026-10-01');
  await addAction(page, 'Introduce Amara to the statistician', 'Lena Fischer', '2026-10-03');
  await (await actionBox(page, 'Introduce Amara to the statistician')).getByLabel('Done', { exact: true }).check();
  await saved(page);

  // The third meeting carries only what is still open.
  await newMeeting(page, 'Mid-point review', '2026-10-06');
  expect(await carriedTexts(page)).toEqual(['Outline the methods section']);

  await open(page, '/tools/standing/');
  const rows = await page.locator('.mt-standing table.mt-table').first().locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim())),
  );
  expect(rows).toHaveLength(1);
  expect(rows[0]![0]).toBe('Outline the methods section');
  expect(rows[0]![1]).toBe('Amara Okafor');
  // Every item links to the tool that holds it.
  await expect(page.locator('.mt-standing table.mt-table').first().getByRole('link').getAttribute('href')).resolves.toBe('/tools/meetings/');

  // The summary prints on one A4 page, without the frame.
  const summary = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(summary.pages).toBe(1);
  expect(summary.sizes.every(isA4)).toBe(true);
  expect(summary.text).toContain('Outline the methods section');
  for (const words of FRAME) expect(summary.text).not.toContain(words);

  // One meeting prints as a one-page record.
  await open(page, '/tools/meetings/');
  await page.getByRole('button', { name: /Regular meeting/ }).first().click();
  await expect.poll(() => page.getByLabel('Date of the meeting').inputValue()).toBe('2026-09-22');
  const record = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(record.pages).toBe(1);
  expect(record.sizes.every(isA4)).toBe(true);
  const text = record.text.replace(/\s+/g, ' ');
  expect(text).toContain('Amara Okafor');
  expect(text).toContain('library reopened');
  for (const words of FRAME) expect(text).not.toContain(words);
  await context.close();
});

it('draws each person’s two check-ins as a chart whose table holds the same numbers', { timeout: 180_000 }, async () => {
  const { page, context } = await watchedPage(browser);
  await seedRelationship(page, { pair }, 'pair2');
  await open(page, '/tools/checkin/');
  const answers: Record<string, [string, number][]> = {
    'Amara Okafor': [['2026-10-01', 4], ['2026-11-01', 2]],
    'Lena Fischer': [['2026-10-02', 5], ['2026-11-02', 4]],
  };
  for (const [name, rounds] of Object.entries(answers)) {
    for (const [date, value] of rounds) {
      await page.getByRole('button', { name: `Start a check-in as ${name}` }).click();
      const form = page.locator('.mt-form');
      await form.getByLabel('Date', { exact: true }).fill(date);
      const first = form.locator('fieldset.mt-rating').first();
      await first.getByLabel(new RegExp(`^${value} `)).check();
      await saved(page);
      await page.getByRole('button', { name: 'Finish the check-in' }).click();
      await form.waitFor({ state: 'detached' });
    }
  }
  const chart = page.locator('.mt-chart').first();
  await expect(chart.locator('svg[role="img"]').getAttribute('aria-label')).resolves.toBeTruthy();
  // Four answers drawn: circles for the mentee, squares for the mentor (shape, not only colour).
  expect(await chart.locator('circle.mt-dot--mentee').count()).toBe(2);
  expect(await chart.locator('rect.mt-dot--mentor').count()).toBe(2);
  // The table holds the same numbers as the chart, by date: each person's answers in their own column.
  const table = await chart.locator('table.mt-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.trim())),
  );
  expect(table.map(([date, mentee, mentor]) => [date, mentee, mentor])).toEqual([
    ['1 October 2026', '4', '–'], ['2 October 2026', '–', '5'], ['1 November 2026', '2', '–'], ['2 November 2026', '–', '4'],
  ].map(([date, mentee, mentor]) => [date, mentee, mentor].map((v) => (v === '–' ? expect.not.stringMatching(/\d/) : v))));
  // And the chart draws those values: y of each mark from the table's numbers, in date order.
  const ys = await chart.locator('circle.mt-dot--mentee').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cy'))));
  expect(ys[1]).toBeGreaterThan(ys[0]!); // 2 is drawn lower than 4
  // The falling answer (4 to 2) is pointed at the chapter that helps.
  await expect(page.getByText(/worth a look/i).first().isVisible()).resolves.toBe(true);
  expect(await page.locator('.mt-standing, [data-tool-root]').first().locator('a[href^="/guide/"]').count()).toBeGreaterThan(0);
  await context.close();
});
