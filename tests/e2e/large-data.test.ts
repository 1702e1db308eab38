// How the worksheets behave with much more than a usual amount (issue 16, large data): many goals open as a list of
// closed cards that open one at a time, and a long feedback note is checked when typing pauses. The timings
// themselves are measured by `npm run bench`, not here.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, watchedPage } from './support/site';
import { seedRelationship } from './support/seed';
import { waitForTool } from './support/tools';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const goal = (i: number) => ({
  id: `g${i}`, title: `Goal number ${i}`, kind: 'skill', why: `Reason ${i}`, measure: '', owner: '', targetDate: '', reality: '',
  options: '', firstStep: '', firstStepDate: '', commitment: null, raise: '', obstacle: '', ifThen: '', support: '', nextReview: '',
  archived: false, milestones: [], checkIns: [],
});

it('twelve goals open as closed cards that open one at a time, and a new goal opens ready to type', async () => {
  const { page, context, consoleErrors } = await watchedPage(browser);
  await seedRelationship(page, { goals: { goals: Array.from({ length: 12 }, (_, i) => goal(i + 1)) } });
  await page.goto(`${baseUrl()}/tools/goals/`);
  await waitForTool(page);
  const cards = page.locator('details.goal-card');
  await expect.poll(() => cards.count()).toBe(12);
  expect(await cards.evaluateAll((ds) => ds.filter((d) => (d as HTMLDetailsElement).open).length)).toBe(0);
  // A closed card shows its summary and holds no fields until opened.
  await expect(cards.nth(4).locator('summary').textContent()).resolves.toContain('Goal number 5');
  expect(await cards.nth(4).locator('textarea').count()).toBe(0);
  await page.locator('.goals-overview').getByRole('link', { name: 'Goal number 5' }).click();
  await expect.poll(() => cards.nth(4).getByLabel('Why it matters', { exact: true }).inputValue()).toBe('Reason 5');
  // By keyboard: the summary opens its card.
  await cards.nth(8).locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => cards.nth(8).locator('textarea').count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: '+ Add a goal' }).click();
  await expect.poll(() => cards.count()).toBe(13);
  await page.waitForFunction(() => document.activeElement?.closest('details.goal-card:last-of-type') !== null && document.activeElement?.tagName === 'TEXTAREA');
  expect(await cards.nth(12).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

it('a long feedback note keeps its wording as typed and is checked again once typing pauses', async () => {
  const { page, context, consoleErrors } = await watchedPage(browser);
  const long = `${'You explained the plan clearly and the team followed it. '.repeat(120)}`; // about 6,800 characters
  await page.goto(`${baseUrl()}/tools/feedback/`);
  await waitForTool(page);
  const wording = page.getByLabel('Final wording');
  await wording.fill(long);
  await wording.press('End');
  await wording.pressSequentially(' You are lazy.');
  expect(await wording.inputValue()).toBe(`${long} You are lazy.`);
  // The check catches up with the last words: the label is marked in the checked wording.
  const checked = page.locator('.fb-marked');
  await expect.poll(() => checked.textContent(), { timeout: 10_000 }).toContain('You are lazy');
  await expect.poll(async () => (await checked.locator('mark').allTextContents()).join(' ')).toMatch(/lazy/);
  expect(consoleErrors).toEqual([]);
  await context.close();
});
