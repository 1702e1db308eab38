// The agreement in use: what is typed survives a reload; switching context asks before replacing edits; removing
// a clause can be undone; printing checks first; downloads; narrow screens; accessibility in both themes.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, watchedPage, type Watched } from './support/site';
import { axeViolations } from './support/axe';
import { saveDownload } from './support/download';
import { fillWithExample, waitForTool } from './support/tools';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(options: Parameters<typeof watchedPage>[1] = {}): Promise<Watched> {
  const watched = await watchedPage(browser, options);
  await watched.page.goto(`${baseUrl()}/tools/agreement/`);
  await waitForTool(watched.page);
  return watched;
}

async function finish({ context, consoleErrors, outsideRequests }: Watched) {
  expect(consoleErrors).toEqual([]);
  expect(outsideRequests).toEqual([]);
  await context.close();
}

const doc = (page: Page) => page.locator('.agreement-doc').innerText();
const saved = (page: Page) => page.waitForSelector('[data-save-state="saved"]');
const focused = (page: Page, selector: string) =>
  page.waitForFunction((s) => document.activeElement?.matches(s), selector, { timeout: 10_000 });

/** Three whole-page axe runs, or a walk of 80-odd Tab stops, can outlast the usual minute on a busy machine. */
const LONG = 120_000;

/** Fills the example agreement, which opens in the example relationship, and waits until it shows. */
async function example(page: Page) {
  await fillWithExample(page);
  await page.getByText('This is an example').first().waitFor();
  await page.locator('.agreement-doc').getByText('Northfield Logistics', { exact: false }).first().waitFor();
}

it('keeps what was typed after a reload', async () => {
  const w = await open();
  const { page } = w;
  await page.getByRole('radio', { name: /^Academic or research/ }).check();
  await page.getByLabel('Mentee’s name', { exact: true }).fill('Amara Okafor');
  await page.getByLabel('Mentor’s name', { exact: true }).fill('Dr Lena Fischer');
  await page.getByLabel('Mentee’s role (optional)').fill('PhD student');
  await page.getByLabel('University or institute (optional)').fill('the School of Earth Sciences');
  await page.getByLabel('How often we meet').fill('every three weeks');
  await page.getByLabel('Who arranges our meetings').selectOption('both');
  await page.getByRole('button', { name: 'Add a clause to Ending' }).click();
  await focused(page, '[data-section="ending"] .clause-edit--own textarea');
  await page.keyboard.type('We agree to send each other one article a month.\nAnd to say why we chose it.');
  await saved(page);
  await page.reload();
  await waitForTool(page);

  await expect(page.getByRole('radio', { name: /^Academic or research/ }).isChecked()).resolves.toBe(true);
  await expect(page.getByLabel('Mentee’s name', { exact: true }).inputValue()).resolves.toBe('Amara Okafor');
  await expect(page.getByLabel('Mentee’s role (optional)').inputValue()).resolves.toBe('PhD student');
  await expect(page.getByLabel('How often we meet').inputValue()).resolves.toBe('every three weeks');
  await expect(page.getByLabel('Who arranges our meetings').inputValue()).resolves.toBe('both');
  await expect(page.locator('[data-section="ending"] .clause-edit--own textarea').inputValue()).resolves.toBe(
    'We agree to send each other one article a month.\nAnd to say why we chose it.',
  );
  const text = await doc(page);
  expect(text).toContain('We, Amara Okafor (PhD student), the mentee, and Dr Lena Fischer, the mentor, make this agreement at the School of Earth Sciences.');
  expect(text).toContain('We agree to meet every three weeks, for an hour each time');
  expect(text).toContain('We agree that we take turns to arrange our meetings.');
  expect(text).toContain('9.4\nWe agree to send each other one article a month.\nAnd to say why we chose it.');
  await finish(w);
});

it('asks before a new context replaces edits, and keeps them when asked to', async () => {
  const w = await open();
  const { page } = w;
  const stays = page.locator('[data-clause="stays"] textarea');
  await stays.fill('We keep what we say between us.');
  await page.getByRole('radio', { name: /^Youth programme/ }).check();
  const question = page.getByRole('alertdialog');
  await question.waitFor();
  await focused(page, '[role="alertdialog"]');
  await question.getByRole('button', { name: 'Keep our changes' }).click();
  await focused(page, '.preset-picker input:checked');
  await expect(page.getByRole('radio', { name: /^Youth programme/ }).isChecked()).resolves.toBe(true);
  let text = await doc(page);
  expect(text).toContain('We keep what we say between us.');
  expect(text).toContain('no one-to-one transport');
  expect(text).toContain('any concern about the mentee’s safety');
  // The edited clause is marked as such and can go back to the youth wording.
  await expect(page.locator('[data-clause="stays"]').getAttribute('class')).resolves.toContain('clause-edit--edited');

  await page.getByRole('radio', { name: /^Workplace/ }).check();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace with workplace defaults' }).click();
  await expect(page.getByRole('radio', { name: /^Workplace/ }).isChecked()).resolves.toBe(true);
  text = await doc(page);
  expect(text).not.toContain('We keep what we say between us.');
  expect(text).toContain('Neither of us passes it on, to a manager, a colleague or anyone else, without asking first.');
  await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);

  // Untouched, a switch needs no question.
  await page.getByRole('radio', { name: /^Academic or research/ }).check();
  await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
  expect(await doc(page)).toContain('responsible employee');
  await finish(w);
});

it('removes a clause, moves focus on, announces it and can undo; restores default wording', async () => {
  const w = await open();
  const { page } = w;
  await page.locator('[data-clause="focus"] textarea').fill('We agree to keep phones in our bags.');
  await page.getByRole('button', { name: 'Restore default wording of Clause 3.5' }).click();
  expect(await doc(page)).toContain('3.5\nWe agree to give each meeting our full attention');
  await expect(page.locator('[role="status"].visually-hidden').last().innerText()).resolves.toBe('Clause 3.5 is back to its default wording.');

  await page.getByRole('button', { name: 'Remove Clause 3.4' }).click();
  await focused(page, '[data-clause="focus"] textarea');
  expect(await doc(page)).not.toContain('sends the topics they want to cover');
  // In sight in the undo notice (the tool's status region says it too, out of sight).
  await expect(page.locator('.undo').getByText('Clause 3.4 was removed from Meetings.').isVisible()).resolves.toBe(true);
  await expect(page.getByRole('button', { name: 'Add 1 missing default clause' }).isVisible()).resolves.toBe(true);
  await page.getByRole('button', { name: 'Undo' }).click();
  await focused(page, '[data-clause="agenda"] textarea');
  expect(await doc(page)).toMatch(/3\.4\nWe agree that the mentee sends the topics they want to cover/);

  // Removing the last clause of a section moves focus to "Add a clause"; the missing one can be brought back.
  for (const id of ['urgent', 'private']) await page.locator(`[data-clause="${id}"]`).getByRole('button', { name: /^Remove/ }).click();
  await focused(page, '[data-section="contact"] [data-add]');
  await page.getByRole('button', { name: 'Add 2 missing default clauses' }).click();
  await focused(page, '[data-clause="urgent"] textarea');
  expect(await doc(page)).toContain('an urgent message says so in its first line');
  await finish(w);
});

it('checks before printing, and prints once told to go ahead', async () => {
  const w = await open();
  const { page } = w;
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.reload();
  await waitForTool(page);
  const printed = () => page.evaluate(() => (window as unknown as { printed: number }).printed);
  await page.getByRole('radio', { name: /^Youth programme/ }).check();
  await page.getByLabel('Start date').fill('2026-10-05');
  await page.getByLabel('Review date').fill('2026-09-01');

  const checks = page.locator('.agreement-checks');
  const list = await checks.innerText();
  expect(list).toContain('Fix: The mentee’s name is missing.');
  expect(list).toContain('Fix: The mentor’s name is missing.');
  expect(list).toContain('Fix: The review date is on or before the start date.');
  expect(list).toContain('Check: A youth programme agreement should name the programme contact');

  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await printed()).toBe(0);
  const ask = page.getByRole('alertdialog');
  await expect(ask.innerText()).resolves.toContain('There are 4 things to fix or check');
  await ask.getByRole('button', { name: 'Go back and fix' }).click();
  await focused(page, '.agreement-checks h3');
  expect(await printed()).toBe(0);

  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Print anyway' }).click();
  expect(await printed()).toBe(1);

  await page.getByLabel('Mentee’s name', { exact: true }).fill('Jordan');
  await page.getByLabel('Mentor’s name', { exact: true }).fill('Sam Whitfield');
  await page.getByLabel('Review date').fill('2026-12-12');
  await page.getByLabel('Programme contact', { exact: true }).fill('Dana Kelly');
  await expect(checks.count()).resolves.toBe(0);
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await printed()).toBe(2);
  await finish(w);
});

it('downloads a text file to edit, and JSON that the "Your data" page can import', async () => {
  const w = await open();
  const { page } = w;
  await example(page);
  await page.getByRole('button', { name: 'Add a clause to Purpose and goals' }).click();
  await focused(page, '[data-section="purpose"] .clause-edit--own textarea');
  await page.keyboard.type('<img src=x onerror=alert(1)> *not bold*');

  // Issue 16: this was "Download as Markdown", a .md file with escaped signature lines (\_\_\_).
  const [txt] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a text file to edit' }).click()]);
  expect(txt.suggestedFilename()).toMatch(/^good-mentoring-guide-agreement-\d{4}-\d{2}-\d{2}\.txt$/);
  const text = (await saveDownload(txt)).text;
  expect(text).toContain('Mentoring agreement\n===================\n\nPriya Raman (mentee) and Tom Becker (mentor). Workplace.');
  expect(text).toContain('<img src=x onerror=alert(1)> *not bold*');
  expect(text).toMatch(/\nMentee: Priya Raman\nSignature: _{30}\nDate: _{30}\n/);
  expect(text).not.toContain('\\');

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as JSON' }).click()]);
  expect(json.suggestedFilename()).toMatch(/^good-mentoring-guide-agreement-\d{4}-\d{2}-\d{2}\.json$/);
  await page.getByRole('status').filter({ hasText: `Downloaded ${json.suggestedFilename()}. Look for it in your downloads.` }).waitFor();
  const data = JSON.parse((await saveDownload(json)).text);
  expect(data).toMatchObject({ app: 'good-mentoring-guide', format: 2 });
  expect(Date.parse(data.exportedAt)).not.toBeNaN();
  // One relationship (the example's), holding the agreement only, with the pair's names.
  expect(data.relationships).toHaveLength(1);
  const [relationship] = data.relationships;
  expect(relationship.names).toMatchObject({ mentee: 'Priya Raman', mentor: 'Tom Becker' });
  expect(Object.keys(relationship.tools)).toEqual(['agreement']);
  const agreement = relationship.tools.agreement;
  expect(agreement.v).toBe(1);
  expect(agreement.data.organisation).toBe('Northfield Logistics');
  expect(agreement.data.sections.purpose.at(-1).text).toBe('<img src=x onerror=alert(1)> *not bold*');
  await finish(w);
});

it('fits a 320 px screen without sideways scrolling', async () => {
  const w = await open({ viewport: { width: 320, height: 700 } });
  await example(w.page);
  const widths = await w.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  await finish(w);
});

it.each(['light', 'dark'] as const)('has no axe violation in the %s theme, empty, filled and while asking', async (colorScheme) => {
  const w = await open({ colorScheme });
  const { page } = w;
  const report = async (when: string) => (await axeViolations(page)).map((v) => `${when}: ${v.id} (${v.help}) at ${v.targets.slice(0, 3).join(', ')}`);
  const problems = await report('empty');
  await example(page);
  problems.push(...(await report('example')));
  await page.getByRole('radio', { name: /^Youth programme/ }).check();
  await page.getByRole('alertdialog').waitFor();
  problems.push(...(await report('asking')));
  expect(problems).toEqual([]);
  await finish(w);
}, LONG);

it('reaches every control of the worksheet by Tab, each with a visible focus ring', async () => {
  const w = await open({ viewport: { width: 1280, height: 900 } });
  const { page } = w;
  await example(page);
  // Start just before the worksheet, then walk it with the keyboard alone.
  await page.locator('h1').evaluate((h) => ((h as HTMLElement).tabIndex = -1, (h as HTMLElement).focus()));
  await page.keyboard.press('Tab');
  const stops: { label: string; ring: boolean }[] = [];
  for (let i = 0; i < 400; i++) {
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el?.closest('.agreement')) return null;
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      el.dataset.reached = '';
      return { label: `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent ?? ''}`, ring };
    });
    if (!stop) break;
    stops.push(stop);
    await page.keyboard.press('Tab');
  }
  const missed = await page.locator('.agreement').evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')]
      .filter((el) => el.checkVisibility() && !('reached' in el.dataset))
      .map((el) => `${el.tagName.toLowerCase()} ${el.getAttribute('type') ?? ''} ${el.textContent}`),
  );
  // Only the unchecked radios are skipped: a radio group is one Tab stop, entered at its checked radio.
  expect(missed).toEqual(['input radio ', 'input radio ']);
  expect(stops.length).toBeGreaterThan(80);
  expect(stops.filter((s) => !s.ring)).toEqual([]);
  expect(stops.at(-1)!.label).toBe('button:Download as JSON');
  await finish(w);
}, LONG);
