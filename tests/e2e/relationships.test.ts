// The scenarios of issue 12 that used to lose work, each ending with nothing lost: swapping files between two
// devices, a second mentee, a tool's own download, examples, and calendars; and a mentor keeping two relationships.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { saveDownload } from './support/download';
import { watchedPage } from './support/site';
import { activeId, addCheckIn, goal, merge, openTool, relationshipLabels, saved, storedData, workingOn } from './support/relationship';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function names(page: Page, mentee: string, mentor: string) {
  await page.getByLabel('Mentee’s name').fill(mentee);
  await page.getByLabel('Mentor’s name').fill(mentor);
  await saved(page);
}

/** Clicks a download button, checks the page says it downloaded, and gives back the file's text and a copy's path. */
async function download(page: Page, button: string, said?: RegExp): Promise<{ name: string; text: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  await page.getByText(said ?? `Downloaded ${file.suggestedFilename()}`).first().waitFor();
  return saveDownload(file);
}

/** Imports a file on Your data and merges it after the review. */
async function importFile(page: Page, path: string) {
  await openTool(page, '/your-data/');
  await page.getByLabel('Choose an export file').setInputFiles(path);
  await page.locator('.import-review').waitFor();
  await merge(page);
}

const happenings = async (page: Page) => ((await storedData(page, 'goals')).goals[0].checkIns as { happened: string }[]).map((c) => c.happened).sort();

it('keeps the mentee’s own check-in when she imports the mentor’s file after both added one (files both ways)', async () => {
  const mentee = await watchedPage(browser, { acceptDownloads: true });
  const mentor = await watchedPage(browser, { acceptDownloads: true });
  await openTool(mentee.page, '/tools/goals/');
  await names(mentee.page, 'Jade', 'Chris Morgan');
  await goal(mentee.page).getByLabel('Goal', { exact: true }).fill('Lead the team meeting');
  await addCheckIn(mentee.page, 'First try went fine');
  const fromMentee = await download(mentee.page, 'Download as JSON');

  await importFile(mentor.page, fromMentee.path);
  await openTool(mentor.page, '/tools/goals/');
  await addCheckIn(mentor.page, 'Mentor: watched the second meeting');
  const fromMentor = await download(mentor.page, 'Download as JSON');

  await addCheckIn(mentee.page, 'Mentee: asked for feedback');
  await importFile(mentee.page, fromMentor.path);
  await openTool(mentee.page, '/tools/goals/');
  expect(await happenings(mentee.page)).toEqual(['First try went fine', 'Mentee: asked for feedback', 'Mentor: watched the second meeting']);
  await mentee.context.close();
  await mentor.context.close();
});

it('keeps two mentees’ relationships side by side, each with its own goals, across a reload', async () => {
  const { page, context } = await watchedPage(browser);
  await openTool(page, '/tools/goals/');
  await names(page, 'Amara', 'Lena');
  await goal(page).getByLabel('Goal', { exact: true }).fill('Amara’s goal');
  await saved(page);
  const first = await activeId(page);
  await page.getByRole('button', { name: 'New relationship' }).click();
  await expect.poll(() => activeId(page)).not.toBe(first);
  await names(page, 'Kwame', 'Lena');
  await goal(page).getByLabel('Goal', { exact: true }).fill('Kwame’s goal');
  await saved(page);
  expect(await relationshipLabels(page)).toEqual(['Amara and Lena', 'Kwame and Lena']);
  // Switching shows each one's own work.
  await page.getByLabel('Working on').selectOption({ label: 'Amara and Lena' });
  await expect.poll(() => goal(page).getByLabel('Goal', { exact: true }).inputValue()).toBe('Amara’s goal');
  await page.reload();
  await page.locator('[data-tool-root][data-mounted]').waitFor({ state: 'attached' });
  expect(await workingOn(page)).toBe('Amara and Lena');
  await page.getByLabel('Working on').selectOption({ label: 'Kwame and Lena' });
  await expect.poll(() => goal(page).getByLabel('Goal', { exact: true }).inputValue()).toBe('Kwame’s goal');
  await context.close();
});

it('imports the feedback builder’s own download without touching the names and dates the other tools share', async () => {
  const { page, context } = await watchedPage(browser, { acceptDownloads: true });
  await openTool(page, '/tools/goals/');
  await names(page, 'Jade', 'Chris Morgan');
  await openTool(page, '/tools/feedback/');
  await page.getByLabel('Situation: when and where').fill('At the Monday stand-up');
  await saved(page);
  const file = await download(page, 'Download all notes (JSON)');
  expect(Object.keys(JSON.parse(file.text).relationships[0].tools)).toEqual(['feedback']);
  await importFile(page, file.path);
  await openTool(page, '/tools/goals/');
  expect(await storedData(page, 'pair')).toMatchObject({ mentee: 'Jade', mentor: 'Chris Morgan' });
  await context.close();
});

it('opens examples in a relationship of their own, marked as an example and removed in one click, leaving the person’s own work alone', async () => {
  const { page, context } = await watchedPage(browser);
  await openTool(page, '/tools/goals/');
  await names(page, 'Jade', 'Chris Morgan');
  await goal(page).getByLabel('Goal', { exact: true }).fill('My own goal');
  await saved(page);
  const own = await activeId(page);
  await page.getByRole('button', { name: 'Try an example' }).click();
  await page.getByText('This is an example').waitFor();
  expect(await workingOn(page)).toMatch(/^Example: Amara Okafor and Dr Lena Fischer/);
  // The example is also the one the other tools show, and marked there too.
  await openTool(page, '/tools/agreement/');
  await page.getByText('This is an example').waitFor();
  await page.getByRole('button', { name: 'Try an example' }).click();
  await openTool(page, '/tools/goals/');
  await page.getByRole('button', { name: 'Remove the example' }).click();
  await expect.poll(() => activeId(page)).toBe(own);
  expect(await relationshipLabels(page)).toEqual(['Jade and Chris Morgan']);
  expect(await goal(page).getByLabel('Goal', { exact: true }).inputValue()).toBe('My own goal');
  expect(await storedData(page, 'pair')).toMatchObject({ mentee: 'Jade', mentor: 'Chris Morgan' });
  await context.close();
});

it('gives each relationship’s review its own calendar UID', async () => {
  const { page, context } = await watchedPage(browser, { acceptDownloads: true });
  const uids: string[] = [];
  await openTool(page, '/tools/goals/');
  for (const mentee of ['Amara', 'Kwame']) {
    if (uids.length) await page.getByRole('button', { name: 'New relationship' }).click();
    await names(page, mentee, 'Lena');
    await page.getByLabel('Review date', { exact: true }).fill('2027-04-01');
    await saved(page);
    const file = await download(page, 'Add dates to a calendar (.ics)', /Calendar file made with 1 date/);
    uids.push(...[...file.text.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]!.trim()));
  }
  expect(uids).toHaveLength(2);
  expect(new Set(uids).size).toBe(2);
  await context.close();
});
