// The feedback builder in Chromium: a note in each mode, the preview, the language check, saved notes, copy,
// print and download, each in a fresh context so storage starts empty.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, storedValue, watchedPage, type Watched } from './support/site';
import { saveDownload } from './support/download';
import { openManage } from './support/relationship';
import { isA4, readPdf } from './support/pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openBuilder(options: Parameters<typeof watchedPage>[1] = {}): Promise<Watched> {
  const watched = await watchedPage(browser, options);
  await watched.page.goto(`${baseUrl()}/tools/feedback/`);
  await watched.page.getByRole('heading', { name: /^Your note/ }).waitFor();
  return watched;
}

async function done(watched: Watched) {
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.outsideRequests).toEqual([]);
  await watched.context.close();
}

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const wording = (page: Page) => field(page, 'Final wording');
const marked = (page: Page) => page.locator('.fb-marked');
const flagItem = (page: Page, rule: string) => page.locator(`.fb-flags li[data-rule="${rule}"]`);
const saved = (page: Page) => page.locator('[data-save-state="saved"]').waitFor();
/**
 * Focus moves, and words are stored, in an effect or a timeout after the render; on a busy machine that can take
 * longer than expect.poll's default second.
 */
const SETTLE = { timeout: 10_000 };

/**
 * "Try an example": opens the example relationship (the person's own is untouched) with an example note of each
 * kind, the constructive one for Amara open.
 */
async function tryExample(page: Page) {
  await page.getByRole('button', { name: 'Try an example' }).click();
  await page.getByText('This is an example', { exact: false }).first().waitFor();
  await page.getByRole('heading', { name: 'Your note: Constructive feedback for Amara' }).waitFor();
}

async function reload(page: Page) {
  await saved(page);
  await page.reload();
  await page.getByRole('heading', { name: /^Your note/ }).waitFor();
}

describe('feedback builder', () => {
  it('builds constructive feedback by keyboard: the preview carries the parts, a flagged word is marked with its reason, and all of it survives a reload', async () => {
    const watched = await openBuilder();
    const { page } = watched;
    await field(page, 'Mentee’s name').fill('Amara');
    await field(page, 'Situation: when and where').click();
    await page.keyboard.type('In Tuesday’s client call');
    await page.keyboard.press('Tab');
    await page.keyboard.type('you were lazy about checking the figures');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Two totals were wrong in front of the client');
    await page.keyboard.press('Tab');
    await page.keyboard.type('What happened there');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Next time, would you be willing to run the totals past me first');
    const expected =
      'Amara, can I give you some feedback? In Tuesday’s client call, you were lazy about checking the figures. ' +
      'Two totals were wrong in front of the client. What happened there? Next time, would you be willing to run the totals past me first?';
    await expect.poll(() => wording(page).inputValue()).toBe(expected);
    await expect.poll(() => marked(page).textContent()).toContain('Two totals were wrong in front of the client.');

    // The label is marked in the text, and listed with its reason, source and a better phrasing.
    const mark = page.locator('.fb-marked mark[data-rule="label"]');
    expect(await mark.count()).toBe(1);
    expect(await mark.textContent()).toMatch(/^lazy \(suggestion 1\)$/);
    const item = flagItem(page, 'label');
    const itemText = await item.innerText();
    expect(itemText).toContain('Label, not behaviour');
    expect(itemText).toContain('A word about who someone is leaves nothing to change but themselves');
    expect(itemText).toContain('Source: Kluger & DeNisi, 1996.');
    // Each label has its own example to describe instead (issue 16: every label said "you spoke over Sam twice").
    expect(itemText).toContain('Try: Say what you saw or heard that made you think “lazy”, e.g. “the review covers three of the ten papers we agreed on”.');
    expect(await page.locator('.fb-flags li').count()).toBe(1);
    // Screen readers hear it once typing stops.
    await expect.poll(() => page.locator('.fb-lint [role="status"]').textContent(), { timeout: 5000 }).toBe(
      '1 suggestion: “lazy” (label, not behaviour).',
    );

    // "Keep as written" removes the mark, blocks nothing, and moves focus somewhere sensible.
    await item.getByRole('button', { name: /^Keep as written/ }).click();
    await expect.poll(() => mark.count()).toBe(0);
    await expect.poll(() => page.locator('.fb-lint').innerText()).toContain('1 kept as written.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), SETTLE).toBe('Language check');
    expect(await page.locator('.fb-lint [role="status"]').textContent()).toBe('Kept “lazy” as written. No suggestions left.');

    await reload(page);
    expect(await field(page, 'Situation: when and where').inputValue()).toBe('In Tuesday’s client call');
    expect(await field(page, 'Request or next step').inputValue()).toBe('Next time, would you be willing to run the totals past me first');
    expect(await wording(page).inputValue()).toBe(expected);
    expect(await page.locator('.fb-marked mark').count()).toBe(0);
    expect(await page.locator('.fb-lint').innerText()).toContain('1 kept as written.');
    expect(await page.locator('.fb-notes li').innerText()).toContain('Constructive feedback for Amara');

    await page.getByRole('button', { name: 'Show it again' }).click();
    await expect.poll(() => page.locator('.fb-marked mark[data-rule="label"]').count()).toBe(1);
    await done(watched);
  });

  it('builds recognition from mentee to mentor, and names a missing part until it is filled', async () => {
    const watched = await openBuilder();
    const { page } = watched;
    await page.getByRole('radio', { name: 'Recognition' }).check();
    await page.getByRole('radio', { name: 'Mentee to mentor' }).check();
    await field(page, 'Mentor’s name').fill('Dr Lena Fischer');
    await field(page, 'What your mentor did').fill('You read my whole draft over the weekend');
    await field(page, 'The effort or strategy behind it').fill('you are so smart with structure');
    await expect.poll(() => wording(page).inputValue()).toBe(
      'Dr Lena Fischer, I want to thank you for something. You read my whole draft over the weekend. You are so smart with structure. Thank you.',
    );
    expect(await page.locator('.fb-marked mark[data-rule="ability-praise"]').textContent()).toMatch(/^smart/);
    expect(await flagItem(page, 'ability-praise').innerText()).toContain('Source: Mueller & Dweck, 1998.');
    const missing = flagItem(page, 'missing-part');
    expect(await missing.innerText()).toContain('Missing: impact');

    await field(page, 'Its impact').fill('I sent it to the committee with confidence');
    await expect.poll(() => missing.count()).toBe(0);
    await expect.poll(() => marked(page).textContent()).toContain('I sent it to the committee with confidence.');
    await reload(page);
    expect(await page.getByRole('radio', { name: 'Mentee to mentor' }).isChecked()).toBe(true);
    expect(await field(page, 'Its impact').inputValue()).toBe('I sent it to the committee with confidence');
    await done(watched);
  });

  it('builds feedforward, takes freely edited wording, and switches between built and own wording without losing either', async () => {
    const watched = await openBuilder();
    const { page } = watched;
    await page.getByRole('radio', { name: 'Feedforward' }).check();
    await field(page, 'Mentee’s name').fill('Priya');
    await field(page, 'The one behaviour to work on').fill('how you open a presentation');
    await field(page, 'Ideas for next time').fill('you could start with the question the audience cares about');
    const built = 'Priya, can I offer an idea for next time, about how you open a presentation? You could start with the question the audience cares about. Take what is useful and leave the rest.';
    await expect.poll(() => wording(page).inputValue()).toBe(built);

    await wording(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' You should always rehearse it twice.');
    const own = `${built} You should always rehearse it twice.`;
    await expect.poll(() => wording(page).inputValue()).toBe(own);
    await expect.poll(() => page.locator('.fb-marked mark').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-rule')))).toEqual(['demand', 'absolute']);

    // The parts no longer change own wording...
    await field(page, 'Ideas for next time').fill('you could open with a question');
    // Once the new idea is stored, the builder has taken it in: the wording is still the person's own.
    await expect.poll(() => storedValue(page, 'feedback'), SETTLE).toContain('you could open with a question');
    expect(await wording(page).inputValue()).toBe(own);
    // ...until the person asks for the built wording, and their own stays one click away.
    await page.getByRole('button', { name: 'Use the wording built from the parts' }).click();
    await expect.poll(() => wording(page).inputValue()).toContain('You could open with a question.');
    await page.getByRole('button', { name: 'Go back to my own wording' }).click();
    await expect.poll(() => wording(page).inputValue()).toBe(own);

    await reload(page);
    expect(await wording(page).inputValue()).toBe(own);
    await done(watched);
  });

  it('keeps a history of notes: reopen after a reload, copy to the clipboard, delete with undo', async () => {
    const watched = await openBuilder({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = watched;
    await field(page, 'Mentee’s name').fill('Amara');
    await field(page, 'Situation: when and where').fill('At Thursday’s lab meeting');
    await page.getByRole('button', { name: 'New note' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), SETTLE).toBe('Your note');
    await expect.poll(() => field(page, 'Situation: when and where').inputValue()).toBe('');
    await page.getByRole('radio', { name: 'Recognition' }).check();
    await field(page, 'Mentee’s name').fill('Jordan');
    await field(page, 'What your mentee did').fill('You went from a D to a B in maths');
    const jordan = 'Jordan, I want to recognise something you did. You went from a D to a B in maths. That is worth doing again.';
    await expect.poll(() => wording(page).inputValue()).toBe(jordan);

    await reload(page);
    const items = page.locator('.fb-notes li');
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).innerText()).toContain('Recognition for Jordan (open above)');
    await page.getByRole('button', { name: /^Open Constructive feedback for Amara/ }).click();
    await expect.poll(() => field(page, 'Situation: when and where').inputValue()).toBe('At Thursday’s lab meeting');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), SETTLE).toBe('Your note: Constructive feedback for Amara');

    await page.getByRole('button', { name: /^Copy Recognition for Jordan/ }).click();
    await page.locator('.fb-notes [role="status"]', { hasText: 'Copied.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(jordan);
    await page.getByRole('button', { name: 'Copy the wording' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Amara, can I give you some feedback? At Thursday’s lab meeting.',
    );

    await page.getByRole('button', { name: /^Delete Constructive feedback for Amara/ }).click();
    await expect.poll(() => items.count()).toBe(1);
    expect(await page.locator('.undo').innerText()).toContain('Deleted: Constructive feedback for Amara.');
    // Focus moves to the notice that offers the undo, inside the saved notes.
    await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector('.undo p')?.textContent), SETTLE).toBe('Deleted: Constructive feedback for Amara.');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => items.count()).toBe(2);
    await expect.poll(() => field(page, 'Situation: when and where').inputValue()).toBe('At Thursday’s lab meeting');
    await expect.poll(() => page.locator('.fb > [role="status"]').textContent()).toBe('Restored: Constructive feedback for Amara.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), SETTLE).toBe('Saved notes');

    await page.getByRole('button', { name: /^Delete Constructive feedback for Amara/ }).click();
    await reload(page);
    expect(await items.count()).toBe(1);
    expect(await items.innerText()).toContain('Recognition for Jordan');
    await done(watched);
  });

  it('shows the text selected with how to copy it when the browser refuses the clipboard', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(`${baseUrl()}/tools/feedback/`);
    await tryExample(page);
    await page.getByRole('button', { name: 'Copy the wording' }).click();
    const box = page.getByLabel(/press Ctrl\+C/);
    await box.waitFor();
    expect(await box.inputValue()).toBe(await wording(page).inputValue());
    // The box takes focus in an effect after it renders, so wait until it has it.
    await expect.poll(() => box.evaluate((el) => el === document.activeElement), SETTLE).toBe(true);
    const selection = await page.evaluate(() => {
      const el = document.activeElement as HTMLTextAreaElement;
      return [el.selectionStart, el.selectionEnd, el.value.length];
    });
    expect(selection[0]).toBe(0);
    expect(selection[1]).toBe(selection[2]);
    await done(watched);
  });

  it('prints one note on A4: its wording and details, none of the form, the checks or the list', async () => {
    const watched = await openBuilder();
    const { page } = watched;
    await tryExample(page);
    await field(page, 'Mentee’s name').fill('Amara Okafor');
    const text = await wording(page).inputValue();
    const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true }));
    expect(pdf.sizes.every(isA4)).toBe(true);
    const printed = pdf.text.replace(/\s+/g, ' ');
    expect(printed).toContain('Constructive feedback for Amara Okafor');
    expect(printed).toContain('Constructive feedback · Mentor to mentee');
    expect(printed).toContain(text.replace(/\s+/g, ' '));
    for (const absent of ['Language check', 'Saved notes', 'Final wording', 'Keep as written', 'Situation: when and where', 'Feedback builder', 'Try an example', 'Working on', 'This is an example']) {
      expect(printed, absent).not.toContain(absent);
    }

    // "Print" in the list opens that note and asks the browser to print it.
    await page.evaluate(() => {
      (window as unknown as { printed: string[] }).printed = [];
      window.print = () => (window as unknown as { printed: string[] }).printed.push(document.querySelector('.fb-marked')?.textContent ?? '');
    });
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByRole('radio', { name: 'Feedforward' }).check();
    await field(page, 'The one behaviour to work on').fill('how you chair the meeting');
    await page.getByRole('button', { name: /^Print Constructive feedback for Amara Okafor/ }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual([text]);
    await done(watched);
  });

  it('downloads every note and the names as JSON that the "Your data" page can import', async () => {
    const watched = await openBuilder({ acceptDownloads: true });
    const { page } = watched;
    await tryExample(page);
    // The pair's names belong to the relationship; a tool without "Who and when" has them under "Manage".
    await openManage(page);
    const names = page.locator('.relationship-manage');
    await names.getByRole('textbox', { name: 'Mentee’s name', exact: true }).fill('Amara Okafor');
    await names.getByRole('textbox', { name: 'Mentor’s name', exact: true }).fill('Dr Lena Fischer');
    await saved(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all notes (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^good-mentoring-guide-feedback-\d{4}-\d{2}-\d{2}\.json$/);
    await page.getByRole('status').filter({ hasText: `Downloaded ${download.suggestedFilename()}. Look for it in your downloads.` }).waitFor();
    const file = JSON.parse((await saveDownload(download)).text);
    expect(file).toMatchObject({ app: 'good-mentoring-guide', format: 2 });
    expect(file.relationships).toHaveLength(1);
    const [relationship] = file.relationships;
    expect(relationship.names).toMatchObject({ mentee: 'Amara Okafor', mentor: 'Dr Lena Fischer' });
    // A tool's own download holds that tool only.
    expect(Object.keys(relationship.tools)).toEqual(['feedback']);
    const feedback = relationship.tools.feedback;
    expect(feedback).toMatchObject({ v: 1 });
    // The example relationship holds an example note of each kind; the constructive one is open.
    expect(feedback.data.notes.map((n: { mode: string }) => n.mode).sort()).toEqual(['constructive', 'feedforward', 'recognition']);
    const open = feedback.data.notes.find((n: { id: string }) => n.id === feedback.data.openId);
    expect(open).toMatchObject({ mode: 'constructive', person: 'Amara' });
    await done(watched);
  });

  it('shows typed markup as text and runs none of it', async () => {
    const watched = await openBuilder();
    const { page } = watched;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const markup = '<img src=x onerror=alert(1)>';
    await field(page, 'Situation: when and where').fill(markup);
    await field(page, 'Mentee’s name').fill('<b>Sam</b>');
    await expect.poll(() => marked(page).textContent()).toContain(markup);
    expect(await page.locator('.fb img, .fb b').count()).toBe(0);
    expect(await page.locator('.fb-notes').innerText()).toContain('Constructive feedback for <b>Sam</b>');
    // Shown again from storage after a reload: still text, still no element made from it, nothing run.
    await reload(page);
    await expect.poll(() => marked(page).textContent()).toContain(markup);
    expect(await page.locator('.fb img, .fb b').count()).toBe(0);
    expect(dialogs).toBe(0);
    await done(watched);
  });

  it('fits 320 px without sideways scrolling and passes an axe check, with flags and a saved note showing', async () => {
    const watched = await openBuilder({ viewport: { width: 320, height: 800 } });
    const { page } = watched;
    await tryExample(page);
    await wording(page).fill('Amara, you always rush the ending; great job on the data, but you need to practise. Supercalifragilisticexpialidocious-long-word.');
    await page.locator('.fb-marked mark').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    await page.evaluate(readFileSync(axePath, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run({ include: [['.fb']] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await done(watched);
  });
});
