// Two people, two devices, one relationship (issue 12): they edit apart, send each other links both ways, and end
// with the same data and nothing lost; what they sent never reaches a server. Each device is its own browser context.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, watchedPage, type Watched } from './support/site';
import { addCheckIn, goal, makeLink, merge, openLink, openTool, saved, storedData, workingOn } from './support/relationship';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function setTitle(page: Page, title: string) {
  await goal(page).getByLabel('Goal', { exact: true }).fill(title);
  await saved(page);
}

/** Every check-in's "what happened", from what is stored, in order. */
const happenings = async (page: Page) => ((await storedData(page, 'goals')).goals[0].checkIns as { happened: string }[]).map((c) => c.happened).sort();

/** What a share must never do: put the shared words in a request. */
function expectNothingSent(device: Watched, words: string[]) {
  for (const request of device.requests) {
    for (const word of words) {
      expect(decodeURIComponent(request.url), request.url).not.toContain(word);
      expect(request.postData ?? '').not.toContain(word);
    }
  }
  expect(device.requests.every((r) => !r.url.includes('#'))).toBe(true);
  expect(device.outsideRequests).toEqual([]);
}

it('keeps both people’s edits when two devices exchange links both ways, and sends nothing to a server', async () => {
  const a = await watchedPage(browser);
  const b = await watchedPage(browser);
  // Amara starts the plan on her phone and sends it to Lena.
  await openTool(a.page, '/tools/goals/');
  await a.page.getByLabel('Mentee’s name').fill('Amara Okafor');
  await a.page.getByLabel('Mentor’s name').fill('Lena Fischer');
  await setTitle(a.page, 'Publish a paper');
  const first = await makeLink(a.page);

  await openLink(b.page, first);
  // The data is read, then taken out of the address bar.
  expect(new URL(b.page.url()).hash).toBe('');
  await b.page.getByText('What arrived: Amara Okafor and Lena Fischer').waitFor();
  await merge(b.page);
  await openTool(b.page, '/tools/goals/');
  expect(await workingOn(b.page)).toBe('Amara Okafor and Lena Fischer');
  expect(await goal(b.page).getByLabel('Goal', { exact: true }).inputValue()).toBe('Publish a paper');

  // Apart: each adds a check-in, and both change the same goal's title.
  await addCheckIn(a.page, 'Amara: drafted the introduction');
  await setTitle(a.page, 'Publish a paper by June');
  await addCheckIn(b.page, 'Lena: read the methods');
  await setTitle(b.page, 'Publish the first paper');

  // Amara's link reaches Lena: the title is shown as changed on both sides, theirs and mine side by side.
  await openLink(b.page, await makeLink(a.page));
  const clash = b.page.locator('[data-clash$="|title"]');
  await expect(clash.textContent()).resolves.toMatch(/Theirs\s*Publish a paper by June/);
  await expect(clash.textContent()).resolves.toMatch(/Mine\s*Publish the first paper/);
  await clash.getByLabel(/Theirs/).check();
  await merge(b.page);

  // Lena's link reaches Amara: nothing clashes any more, and her check-in arrives.
  await openTool(b.page, '/tools/goals/');
  await openLink(a.page, await makeLink(b.page));
  await expect(a.page.locator('[data-clash]').count()).resolves.toBe(0);
  await merge(a.page);

  await openTool(a.page, '/tools/goals/');
  await openTool(b.page, '/tools/goals/');
  for (const page of [a.page, b.page]) {
    expect(await happenings(page)).toEqual(['Amara: drafted the introduction', 'Lena: read the methods']);
    expect(await goal(page).getByLabel('Goal', { exact: true }).inputValue()).toBe('Publish a paper by June');
  }
  expect(await storedData(a.page, 'goals')).toEqual(await storedData(b.page, 'goals'));
  expect(await storedData(a.page, 'pair')).toEqual(await storedData(b.page, 'pair'));
  for (const device of [a, b]) expectNothingSent(device, ['Publish', 'drafted the introduction', 'read the methods']);
  await a.context.close();
  await b.context.close();
});

it('opens a link locked with a passphrase only with that passphrase, and says so plainly otherwise', async () => {
  const a = await watchedPage(browser);
  const b = await watchedPage(browser);
  await openTool(a.page, '/tools/goals/');
  await setTitle(a.page, 'A locked plan');
  const link = await makeLink(a.page, 'blue heron 42');
  expect(link).toMatch(/#p\./);
  await openLink(b.page, link);
  await b.page.getByLabel('Passphrase', { exact: true }).fill('blue heron');
  await b.page.getByRole('button', { name: 'Open' }).click();
  await expect(b.page.getByRole('alert').textContent()).resolves.toMatch(/does not open this link/);
  await b.page.getByLabel('Passphrase', { exact: true }).fill('blue heron 42');
  await b.page.getByRole('button', { name: 'Open' }).click();
  await merge(b.page);
  await openTool(b.page, '/tools/goals/');
  expect(await goal(b.page).getByLabel('Goal', { exact: true }).inputValue()).toBe('A locked plan');
  expectNothingSent(b, ['A locked plan', 'blue heron']);
  await a.context.close();
  await b.context.close();
});

it.each([
  ['a damaged link', '#d.AAAA-not-deflate', /damaged or cut short/],
  ['a link from elsewhere', '#section-2', /not a link made by “Share”/],
])('refuses %s with a clear message and changes nothing', async (_, fragment, message) => {
  const { page, context } = await watchedPage(browser);
  await page.goto(`${baseUrl()}/share/${fragment}`);
  await expect(page.getByRole('alert').textContent()).resolves.toMatch(message);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gmg:r:')))).toEqual([]);
  await context.close();
});
