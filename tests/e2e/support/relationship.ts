// Driving relationships and sharing as a person would: the bar at the top of every tool page, its "Manage" panel,
// the share link, and the share page's merge review.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl } from './site';
import { waitForTool } from './tools';

/** Opens a tool page and waits for it. */
export async function openTool(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await waitForTool(page);
}

/** Waits until every store on the page has saved what was typed. */
export async function saved(page: Page): Promise<void> {
  await page.locator('[data-save-state="saved"]').first().waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-save-state]')].every((s) => s.getAttribute('data-save-state') === 'saved'));
}

/** Opens "Manage this relationship" and waits for its panel, which loads on first opening. */
export async function openManage(page: Page): Promise<void> {
  const details = page.locator('details.relationship-manage');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  await page.getByRole('button', { name: 'Make a link' }).waitFor();
}

/** Makes a share link for the relationship shown, optionally locked, and returns it. */
export async function makeLink(page: Page, passphrase = ''): Promise<string> {
  await openManage(page);
  if (passphrase) await page.getByLabel('Passphrase (optional)').fill(passphrase);
  await page.getByRole('button', { name: 'Make a link' }).click();
  const box = page.getByLabel('The link');
  await box.waitFor();
  const link = await box.inputValue();
  expect(link).toMatch(new RegExp(`^${baseUrl()}/share/#[dp]\\.`));
  return link;
}

/** Opens a share link and waits for the review of what arrived (or for the passphrase field, when locked). */
export async function openLink(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await waitForTool(page);
}

/** Presses "Merge" in the review and waits for the outcome to be said. */
export async function merge(page: Page): Promise<void> {
  await page.getByRole('alertdialog').getByRole('button', { name: 'Merge' }).click();
  await page.getByText(/Merged and saved/).first().waitFor();
}

/** The relationship the page's "Working on" shows, as its label. */
export const workingOn = (page: Page): Promise<string> =>
  page.getByLabel('Working on').evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');

/** Every relationship in the "Working on" list, as labels. */
export const relationshipLabels = (page: Page): Promise<string[]> =>
  page.getByLabel('Working on').locator('option').allTextContents();

/** The id of the relationship this tab shows (the value of "Working on"). */
export const activeId = (page: Page): Promise<string> => page.getByLabel('Working on').inputValue();

/** One store's stored data for the relationship this tab shows. */
export async function storedData(page: Page, tool: string): Promise<any> {
  const id = await activeId(page);
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw ? JSON.parse(raw).data : null;
  }, `gmg:r:${id}:${tool}`);
}

/** The first goal's card on the goal worksheet. */
export const goal = (page: Page) => page.locator('.goal-card').first();

/** Adds a check-in to the first goal, types what happened into it, and waits for the save. */
export async function addCheckIn(page: Page, happened: string): Promise<void> {
  await goal(page).getByRole('button', { name: 'Add a check-in' }).click();
  await page.waitForFunction(() => document.activeElement?.matches('.goal-card textarea, .goal-card input[type="text"]'));
  await page.keyboard.type(happened);
  await saved(page);
}
