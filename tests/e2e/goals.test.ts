// The goal worksheet in a real browser: build two goals by keyboard and mouse, reload and find everything; checks
// that follow today's date; reorder, archive, delete and undo; the example; print to PDF; JSON and .ics downloads.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, storedValue, watchedPage, type Watched } from './support/site';
import { saveDownload } from './support/download';
import { activeId } from './support/relationship';
import { isA4, readPdf } from './support/pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Today, for the page, in every test: the checks and the review state depend on it. */
const NOW = new Date('2026-11-26T10:00:00');
const XSS = '<img src=x onerror=alert(1)>';
/** Tests that fill two whole goals field by field: about 40 s on two shared cores, so more than the usual 60 s limit. */
const TWO_GOALS = { timeout: 120_000 };

async function open(options: Parameters<typeof watchedPage>[1] = {}): Promise<Watched> {
  const watched = await watchedPage(browser, options);
  await watched.page.clock.setFixedTime(NOW);
  watched.page.on('dialog', (dialog) => {
    watched.consoleErrors.push(`unexpected dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await watched.page.goto(`${baseUrl()}/tools/goals/`);
  await watched.page.getByRole('button', { name: 'Try an example' }).waitFor();
  return watched;
}

async function finish({ context, consoleErrors, outsideRequests }: Watched) {
  expect(consoleErrors).toEqual([]);
  expect(outsideRequests).toEqual([]);
  await context.close();
}

const card = (page: Page, n: number) => page.locator('details.goal-card').nth(n - 1);
const field = (scope: Locator | Page, label: string) => scope.getByLabel(label, { exact: true });
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase(), label: el?.getAttribute('aria-label') ?? null, text: el?.textContent?.trim() ?? '' };
  });
/**
 * After a click that moves focus into a new field, waits for it to land (as a person would) before typing. Focus
 * arrives in a later task, so it waits for the focused element itself to be an empty text field, not for a time.
 */
async function typeIntoNewField(page: Page, text: string) {
  await page.waitForFunction(() => {
    const el = document.activeElement;
    return !!el?.matches('input[type="text"], textarea') && (el as HTMLInputElement | HTMLTextAreaElement).value === '';
  });
  await page.keyboard.type(text);
}
const saveState = (page: Page) => page.locator('[data-save-state]').getAttribute('data-save-state');
const overview = (page: Page) => page.locator('.goals-overview > li > a').allTextContents();

interface Plan {
  title: string;
  kind: string;
  why: string;
  measure: string;
  owner: string;
  target: string;
  reality: string;
  firstStep: string;
  obstacle: string;
  ifThen: string;
  support: string;
  milestones: { text: string; date: string; done: boolean }[];
  checkIn: { happened: string; mentee: string; mentor: string };
  review: string;
}

const plans: Plan[] = [
  {
    title: 'Submit the first paper from my thesis',
    kind: 'project',
    why: 'I need a first-author paper before applying for postdocs.',
    measure: 'Manuscript submitted to a journal',
    owner: 'Priya',
    target: '2027-03-14',
    reality: `Analysis done, nothing written. ${XSS}`,
    firstStep: 'Draft the methods section',
    obstacle: 'I reread papers instead of writing',
    ifThen: 'If I open a paper while drafting, then I will note the question and go back to the draft.',
    support: 'Read the methods within a week',
    milestones: [
      { text: 'Methods drafted', date: '2026-12-10', done: true },
      { text: 'Full draft to co-authors', date: '2027-02-01', done: false },
    ],
    checkIn: { happened: 'Methods half written in two mornings.', mentee: 'Finish the methods by Friday.', mentor: 'Send two journal names.' },
    review: '2026-12-17',
  },
  {
    title: 'Chair one lab meeting this term',
    kind: 'skill',
    why: 'Leading meetings is part of the next role.',
    measure: 'One meeting chaired, with an agenda sent the day before',
    owner: 'Priya; Sam books the slot',
    target: '2027-01-20',
    reality: 'I have never chaired a meeting.',
    firstStep: 'Ask Sam for a date',
    obstacle: 'Worry about cutting senior people short',
    ifThen: 'If a discussion overruns, then I will name the time and offer to continue by email.',
    support: 'Sit in and give me one thing to keep and one to change',
    milestones: [{ text: 'Date agreed with Sam', date: '2026-12-05', done: false }],
    checkIn: { happened: 'Agreed the goal.', mentee: 'Email Sam.', mentor: 'Share an agenda template.' },
    review: '2027-01-07',
  },
];

/** Fills one goal: text by keyboard where focus lands, the rest by filling or clicking. */
async function fillGoal(page: Page, n: number, plan: Plan) {
  const goal = card(page, n);
  await field(goal, 'Goal').fill(plan.title);
  await field(goal, 'Kind of goal').selectOption(plan.kind);
  await field(goal, 'Why it matters').fill(plan.why);
  await field(goal, 'Measure of success').fill(plan.measure);
  await field(goal, 'Who owns it').fill(plan.owner);
  await field(goal, 'Target date').fill(plan.target);
  await field(goal, 'Where things stand now').fill(plan.reality);
  await field(goal, 'First step').fill(plan.firstStep);
  await field(goal, 'First step by').fill('2026-12-01');
  await field(goal, 'Commitment, from 1 to 10').selectOption('8');
  await field(goal, 'Main inner obstacle').fill(plan.obstacle);
  await field(goal, 'If-then plan').fill(plan.ifThen);
  await field(goal, 'Support asked of the mentor').fill(plan.support);
  for (const [i, m] of plan.milestones.entries()) {
    await goal.getByRole('button', { name: 'Add a milestone' }).click();
    // Focus moves into the new milestone's text field: type straight into it.
    await typeIntoNewField(page, m.text);
    const item = goal.locator('.goal-items').first().locator('> li').nth(i);
    await field(item, 'By').fill(m.date);
    if (m.done) {
      await field(item, 'Done').focus();
      await page.keyboard.press('Space');
    }
  }
  await goal.getByRole('button', { name: 'Add a check-in' }).click();
  await typeIntoNewField(page, plan.checkIn.happened);
  await page.keyboard.press('Tab');
  await page.keyboard.type(plan.checkIn.mentee);
  await page.keyboard.press('Tab');
  await page.keyboard.type(plan.checkIn.mentor);
  await field(goal, 'Next review date').fill(plan.review);
}

async function fillPair(page: Page) {
  await field(page, 'Mentee’s name').fill('Priya Raman');
  await field(page, 'Mentor’s name').fill('Dr Sam Osei');
  await field(page, 'Start date').fill('2026-10-01');
  await field(page, 'Review date').fill('2027-04-01');
}

async function expectGoal(page: Page, n: number, plan: Plan) {
  const goal = card(page, n);
  await expect(goal.locator('h3').textContent()).resolves.toBe(`Goal ${n}: ${plan.title}`);
  const values: [string, string][] = [
    ['Goal', plan.title], ['Kind of goal', plan.kind], ['Why it matters', plan.why], ['Measure of success', plan.measure],
    ['Who owns it', plan.owner], ['Target date', plan.target], ['Where things stand now', plan.reality],
    ['First step', plan.firstStep], ['First step by', '2026-12-01'], ['Commitment, from 1 to 10', '8'],
    ['Main inner obstacle', plan.obstacle], ['If-then plan', plan.ifThen], ['Support asked of the mentor', plan.support],
    ['Next review date', plan.review],
    ['What happened', plan.checkIn.happened], ['Next for Priya Raman', plan.checkIn.mentee], ['Next for Dr Sam Osei', plan.checkIn.mentor],
    ['Date', '2026-11-26'],
  ];
  for (const [label, value] of values) expect(await field(goal, label).inputValue(), label).toBe(value);
  const milestones = goal.locator('.goal-items').first().locator('> li');
  expect(await milestones.count()).toBe(plan.milestones.length);
  for (const [i, m] of plan.milestones.entries()) {
    expect(await field(milestones.nth(i), 'What will be done').inputValue()).toBe(m.text);
    expect(await field(milestones.nth(i), 'By').inputValue()).toBe(m.date);
    expect(await field(milestones.nth(i), 'Done').isChecked()).toBe(m.done);
  }
  const done = plan.milestones.filter((m) => m.done).length;
  const total = plan.milestones.length;
  await expect(goal.locator('.goal-progress').textContent()).resolves.toBe(
    `Progress: ${done} of ${total} milestone${total === 1 ? '' : 's'} done (${Math.round((done / total) * 100)}%)`,
  );
}

describe('the goal worksheet', () => {
  it('keeps two goals with milestones and check-ins across a reload, in the order they were left', TWO_GOALS, async () => {
    const watched = await open();
    const { page } = watched;
    await fillPair(page);
    await fillGoal(page, 1, plans[0]!);

    await page.getByRole('button', { name: '+ Add a goal' }).click();
    // Focus lands in the new goal's first field, and the change is announced.
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'textarea' });
    await expect.poll(() => page.locator('[role="status"][aria-live="polite"]').last().textContent()).toBe('Goal 2 added.');
    await fillGoal(page, 2, plans[1]!);
    await expect.poll(() => overview(page)).toEqual(plans.map((p) => p.title));

    // Reorder by keyboard: focus stays on the moved goal's buttons.
    await card(page, 2).getByRole('button', { name: `Move up: ${plans[1]!.title}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => overview(page)).toEqual([plans[1]!.title, plans[0]!.title]);
    // At the top "Move up" is disabled, so focus is on its "Move down".
    await expect.poll(() => focused(page)).toMatchObject({ label: `Move down: ${plans[1]!.title}` });
    await page.keyboard.press('Enter');
    await expect.poll(() => overview(page)).toEqual(plans.map((p) => p.title));
    await expect.poll(() => focused(page)).toMatchObject({ label: `Move up: ${plans[1]!.title}` });

    await expect.poll(() => saveState(page)).toBe('saved');
    await page.reload();
    await page.getByRole('button', { name: 'Try an example' }).waitFor();
    expect(await field(page, 'Mentee’s name').inputValue()).toBe('Priya Raman');
    expect(await field(page, 'Mentor’s name').inputValue()).toBe('Dr Sam Osei');
    expect(await field(page, 'Start date').inputValue()).toBe('2026-10-01');
    expect(await field(page, 'Review date').inputValue()).toBe('2027-04-01');
    expect(await overview(page)).toEqual(plans.map((p) => p.title));
    await expectGoal(page, 1, plans[0]!);
    await expectGoal(page, 2, plans[1]!);
    // Text that looks like HTML is shown as text and runs nothing.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await field(card(page, 1), 'Where things stand now').inputValue()).toContain(XSS);
    await finish(watched);
  });

  it('checks goals live, against today’s date', async () => {
    const watched = await open();
    const { page } = watched;
    const goal = card(page, 1);
    const checks = () => goal.locator('[data-check]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-check')));

    await field(goal, 'Goal').fill('Improve my writing');
    await expect.poll(checks).toEqual(['vague-verb', 'no-owner', 'no-date']);
    await expect(goal.locator('[data-check="vague-verb"]').textContent()).resolves.toContain('“Improve” with no measure of success');
    await field(goal, 'Measure of success').fill('Two colleagues say the draft is clear');
    await field(goal, 'Who owns it').fill('Priya');
    await field(goal, 'Target date').fill('2026-11-25');
    await expect.poll(checks).toEqual(['past-date']);
    await field(goal, 'Target date').fill('2026-11-26');
    await expect.poll(checks).toEqual([]);
    await expect(goal.locator('.goal-checks').textContent()).resolves.toContain('SMART check: it has a measure, an owner and a date to come.');

    await field(goal, 'If-then plan').fill('If I stall, I will write one sentence.');
    await expect.poll(() => goal.locator('.field-error').textContent()).toContain('No “then”');
    await field(goal, 'If-then plan').fill('If I stall, then I will write one sentence.');
    await expect.poll(() => goal.locator('.field-error').count()).toBe(0);

    expect(await field(goal, 'What would make it higher?').count()).toBe(0);
    await field(goal, 'Commitment, from 1 to 10').selectOption('5');
    await expect(goal.locator('.goal-prompt').textContent()).resolves.toContain('5 out of 10: what would make it higher?');
    await field(goal, 'What would make it higher?').fill('A deadline');

    expect(await page.getByText('Due for review').count()).toBe(0);
    await field(goal, 'Next review date').fill('2026-11-26');
    await expect.poll(() => page.locator('.goals-overview').textContent()).toContain('⚑ Due for review');
    await expect(goal.locator('[data-due]').textContent()).resolves.toContain('Due for review since 26 November 2026');
    await field(goal, 'Next review date').fill('2026-11-27');
    await expect.poll(() => page.getByText('Due for review').count()).toBe(0);

    await goal.getByRole('button', { name: 'Add a milestone' }).click();
    await typeIntoNewField(page, 'First draft');
    await field(goal.locator('.goal-items li').first(), 'By').fill('2026-11-20');
    await expect.poll(() => goal.locator('.goal-items li').first().locator('legend').textContent()).toContain('⚠ Overdue');
    await finish(watched);
  });

  // Issue 16: a measure that is there but vague was called missing; a paragraph-long goal was its own heading
  // everywhere; five goals got no word although the page says one to three is plenty.
  it('names a vague measure, offers a long goal a short title, and says a word from four goals', async () => {
    const watched = await open();
    const { page } = watched;
    const goal = card(page, 1);
    await field(goal, 'Goal').fill('Get better at presenting');
    await field(goal, 'Measure of success').fill('Be more confident in meetings');
    await expect.poll(() => goal.locator('[data-check="vague-measure"]').textContent()).toContain('“Be more” in the measure is hard to check');
    expect(await goal.locator('.goal-checks').textContent()).not.toContain('no measure');

    expect(await field(goal, 'Short title').count()).toBe(0);
    const paragraph =
      'Get better at presenting so that I can speak at the regional meeting in spring without reading from my notes, and take questions calmly.';
    await field(goal, 'Goal').fill(paragraph);
    await expect.poll(() => goal.locator('.goal-heading').textContent()).toBe('Goal 1: Get better at presenting so that I can speak at the regional…');
    await field(goal, 'Short title').fill('Present at the regional meeting');
    await expect.poll(() => goal.locator('.goal-heading').textContent()).toBe('Goal 1: Present at the regional meeting');
    expect(await overview(page)).toEqual(['Present at the regional meeting']);
    expect(await field(goal, 'Goal').inputValue()).toBe(paragraph);

    const note = page.locator('.goals-many');
    expect(await note.getAttribute('role')).toBe('status');
    for (let n = 2; n <= 3; n++) await page.getByRole('button', { name: '+ Add a goal' }).click();
    await expect.poll(() => page.locator('details.goal-card').count()).toBe(3);
    expect(await note.textContent()).toBe('');
    await page.getByRole('button', { name: '+ Add a goal' }).click();
    await expect.poll(() => note.textContent()).toContain('4 goals is a lot to work on at once: one to three is plenty.');
    await finish(watched);
  });

  it('archives, deletes and undoes, putting things back where they were', async () => {
    const watched = await open();
    const { page } = watched;
    await field(card(page, 1), 'Goal').fill('First goal');
    for (const title of ['Second goal', 'Third goal']) {
      await page.getByRole('button', { name: '+ Add a goal' }).click();
      await typeIntoNewField(page, title);
    }
    await field(card(page, 2), 'Why it matters').fill('Kept through delete and undo');
    await expect.poll(() => overview(page)).toEqual(['First goal', 'Second goal', 'Third goal']);

    await card(page, 2).getByRole('button', { name: 'Delete: Second goal' }).click();
    await expect.poll(() => overview(page)).toEqual(['First goal', 'Third goal']);
    // The worksheet's undo notice (the shared one: its slot takes focus, so the notice is read out next).
    const undo = page.locator('.goals-tool .undo-slot:has(.undo)');
    await expect.poll(() => undo.textContent()).toContain('Deleted “Second goal”.');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.matches('.undo-slot:has(.undo)'))).toBe(true);
    await undo.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => overview(page)).toEqual(['First goal', 'Second goal', 'Third goal']);
    expect(await field(card(page, 2), 'Why it matters').inputValue()).toBe('Kept through delete and undo');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'summary' });

    await card(page, 1).getByRole('button', { name: 'Archive: First goal' }).click();
    await expect.poll(() => overview(page)).toEqual(['Second goal', 'Third goal']);
    const archived = page.locator('.goals-archived');
    await expect(archived.textContent()).resolves.toContain('First goal');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', text: 'Archived goals' });
    await archived.getByRole('button', { name: 'Restore: First goal' }).click();
    await expect.poll(() => overview(page)).toEqual(['First goal', 'Second goal', 'Third goal']);
    await expect.poll(() => archived.count()).toBe(0);

    const goal = card(page, 3);
    for (const text of ['Step one', 'Step two']) {
      await goal.getByRole('button', { name: 'Add a milestone' }).click();
      await typeIntoNewField(page, text);
    }
    await goal.getByRole('button', { name: 'Remove milestone 1: Step one' }).click();
    await expect.poll(() => goal.locator('.goal-items li').count()).toBe(1);
    await expect.poll(() => focused(page)).toMatchObject({ text: 'Add a milestone' });
    await undo.getByRole('button', { name: 'Undo' }).click();
    const texts = () => goal.locator('.goal-items li input[type="text"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    await expect.poll(texts).toEqual(['Step one', 'Step two']);

    await page.reload();
    await page.getByRole('button', { name: 'Try an example' }).waitFor();
    expect(await overview(page)).toEqual(['First goal', 'Second goal', 'Third goal']);
    await finish(watched);
  });

  it('opens the example in a relationship of its own, leaving someone’s own work as it was', async () => {
    const watched = await open();
    const { page } = watched;
    await field(page, 'Mentee’s name').fill('Priya Raman');
    await field(card(page, 1), 'Goal').fill('My own goal');
    await expect.poll(() => saveState(page)).toBe('saved');
    const own = await activeId(page);
    const ownGoals = await storedValue(page, 'goals');
    expect(JSON.parse(ownGoals!).data.goals.map((g: { title: string }) => g.title)).toEqual(['My own goal']);

    // Nothing of theirs can be lost, so nothing is asked: the example opens in a relationship marked as one.
    await page.getByRole('button', { name: 'Try an example' }).click();
    await page.getByRole('note').filter({ hasText: 'This is an example' }).waitFor();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await expect.poll(() => overview(page)).toEqual(['Submit my first first-author paper', 'Give a ten-minute talk at the department seminar']);
    expect(await field(page, 'Mentee’s name').inputValue()).toBe('Amara Okafor');
    expect(await page.getByLabel('Working on').locator('option:checked').textContent()).toBe('Example: Amara Okafor and Dr Lena Fischer');
    expect(await activeId(page)).not.toBe(own);
    // The example is set around today, so nothing in it is out of date.
    expect(await page.locator('[data-check]').count()).toBe(0);

    // Their own relationship is as they left it, byte for byte, and one click away.
    await page.getByRole('button', { name: 'Back to Priya Raman' }).click();
    await expect.poll(() => overview(page)).toEqual(['My own goal']);
    expect(await field(page, 'Mentee’s name').inputValue()).toBe('Priya Raman');
    expect(await activeId(page)).toBe(own);
    expect(await storedValue(page, 'goals')).toBe(ownGoals);
    await finish(watched);
  });

  it('fills the example at once, without asking, when there is nothing to lose', async () => {
    const watched = await open();
    const { page } = watched;
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect.poll(() => overview(page)).toHaveLength(2);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await expect(page.getByRole('note').filter({ hasText: 'This is an example' }).count()).resolves.toBe(1);
    await finish(watched);
  });
});

describe('keeping a copy', TWO_GOALS, () => {
  async function withTwoGoals() {
    const watched = await open({ acceptDownloads: true });
    const { page } = watched;
    await fillPair(watched.page);
    await fillGoal(page, 1, plans[0]!);
    await page.getByRole('button', { name: '+ Add a goal' }).click();
    await fillGoal(page, 2, plans[1]!);
    // Saved, so every change has also been rendered.
    await expect.poll(() => saveState(page)).toBe('saved');
    return watched;
  }
  const download = async (page: Page, name: string): Promise<{ file: Download; text: string }> => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return { file, text: (await saveDownload(file)).text };
  };

  it('prints the plan on A4 with both names, the goals and their milestones, and none of the frame', async () => {
    const watched = await withTwoGoals();
    const { page } = watched;
    const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true }));
    expect(pdf.sizes.every(isA4)).toBe(true);
    const text = pdf.text.replace(/\s+/g, ' ');
    for (const expected of [
      'Mentoring goals', 'Priya Raman', 'Dr Sam Osei', 'Printed 26 November 2026',
      `Goal 1: ${plans[0]!.title}`, `Goal 2: ${plans[1]!.title}`, plans[0]!.ifThen, plans[1]!.measure,
      '☑ Methods drafted (by 10 December 2026) done', '☐ Full draft to co-authors (by 1 February 2027)',
      'Milestones: 1 of 2 milestones done (50%)', plans[0]!.checkIn.happened, 'Notes', XSS,
    ]) {
      expect(text, expected).toContain(expected);
    }
    for (const frame of ['Skip to content', 'Theme:', 'Search', 'The Good Mentoring Guide', 'Try an example', 'Move up', 'Add a milestone', 'Saving', 'Download as JSON']) {
      expect(text, frame).not.toContain(frame);
    }
    // Each goal starts a page of its own.
    expect(pdf.pageTexts.findIndex((p) => p.includes(`Goal 2: ${plans[1]!.title}`))).toBeGreaterThan(0);
    await finish(watched);
  });

  it('downloads the worksheet as JSON in the format of the “Your data” page, and says so', async () => {
    const watched = await withTwoGoals();
    const { page } = watched;
    const { file, text } = await download(page, 'Download as JSON');
    expect(file.suggestedFilename()).toBe('good-mentoring-guide-goals-2026-11-26.json');
    await expect(page.locator('.goals-tool .download-note').textContent()).resolves.toBe(
      'Downloaded good-mentoring-guide-goals-2026-11-26.json. Look for it in your downloads.',
    );
    const json = JSON.parse(text);
    // Format 2: the relationship with its names, and this tool's data only.
    expect(json).toMatchObject({ app: 'good-mentoring-guide', format: 2 });
    expect(Number.isNaN(Date.parse(json.exportedAt))).toBe(false);
    expect(json.relationships).toHaveLength(1);
    const [relationship] = json.relationships;
    expect(relationship.id).toBe(await activeId(page));
    expect(relationship.names).toEqual({ mentee: 'Priya Raman', mentor: 'Dr Sam Osei' });
    expect(Object.keys(relationship.tools)).toEqual(['goals']);
    expect(relationship.tools.goals).toMatchObject({ v: 1 });
    expect(relationship.tools.goals.data.goals.map((g: { title: string }) => g.title)).toEqual(plans.map((p) => p.title));
    expect(relationship.tools.goals.data.goals[0].milestones.map((m: { text: string }) => m.text)).toEqual(['Methods drafted', 'Full draft to co-authors']);
    await finish(watched);
  });

  it('makes an .ics file that parses back to the review and milestone dates', async () => {
    const watched = await withTwoGoals();
    const { page } = watched;
    const { file, text } = await download(page, 'Add dates to a calendar (.ics)');
    expect(file.suggestedFilename()).toBe('good-mentoring-guide-goals-2026-11-26.ics');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    const events: Record<string, string>[] = [];
    for (const line of lines) {
      if (line === 'BEGIN:VEVENT') events.push({});
      else if (line !== 'END:VEVENT' && events.length && !line.startsWith('END:VCALENDAR')) {
        const at = line.indexOf(':');
        events.at(-1)![line.slice(0, at)] = line.slice(at + 1);
      }
    }
    await expect.poll(() => saveState(page)).toBe('saved');
    const ids = JSON.parse((await storedValue(page, 'goals'))!).data.goals.map((g: { id: string }) => g.id);
    const relationship = await activeId(page);
    const got = events.map((e) => [e.SUMMARY, e['DTSTART;VALUE=DATE']]).sort();
    expect(got).toEqual(
      [
        ['Mentoring review: Priya Raman and Dr Sam Osei', '20270401'],
        [`Review goal: ${plans[0]!.title}`, '20261217'],
        ['Milestone: Full draft to co-authors', '20270201'],
        [`Review goal: ${plans[1]!.title}`, '20270107'],
        ['Milestone: Date agreed with Sam', '20261205'],
      ].sort(),
    );
    expect(events.every((e) => /^\d{8}T\d{6}Z$/.test(e.DTSTAMP!))).toBe(true);
    // UIDs carry the relationship and the item, so two pairs' events never update each other.
    expect(events.map((e) => e.UID)).toContain(`${relationship}-review@goodmentoringguide.org`);
    expect(events.map((e) => e.UID)).toContain(`${relationship}-goal-${ids[0]}-review@goodmentoringguide.org`);
    expect(events.filter((e) => e.UID!.startsWith(`${relationship}-goal-${ids[1]}-milestone-`))).toHaveLength(1);
    expect(new Set(events.map((e) => e.UID)).size).toBe(events.length);
    await expect(page.locator('.goals-tool .download-note').textContent()).resolves.toBe('Calendar file made with 5 dates. Open it to add them to your calendar.');
    await finish(watched);
  });
});

describe('access', () => {
  it('fits 320 px without sideways scrolling, and every control has a visible label', async () => {
    const watched = await open({ viewport: { width: 320, height: 640 } });
    const { page } = watched;
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect.poll(() => overview(page)).toHaveLength(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const unlabelled = await page.locator('.goals-tool').evaluate((root) =>
      [...root.querySelectorAll('input, select, textarea')]
        .filter((el) => {
          const labels = (el as HTMLInputElement).labels;
          return !labels || labels.length === 0 || [...labels].every((l) => !l.textContent?.trim() || l.getBoundingClientRect().width < 2);
        })
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    await finish(watched);
  });

  it('has no axe violations with the example filled in, in light and dark', async () => {
    const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
    for (const colorScheme of ['light', 'dark'] as const) {
      const watched = await open({ colorScheme });
      const { page } = watched;
      await page.getByRole('button', { name: 'Try an example' }).click();
      await expect.poll(() => overview(page)).toHaveLength(2);
      await field(card(page, 1), 'Commitment, from 1 to 10').selectOption('4');
      await field(card(page, 1), 'If-then plan').fill('If I stall, I will stop.');
      await page.evaluate(axe);
      const { violations, passes } = await page.evaluate(async () => {
        type Result = { id: string; nodes: { target: string[] }[] }[];
        const axe = (window as unknown as { axe: { run(el: Element): Promise<{ violations: Result; passes: Result }> } }).axe;
        const result = await axe.run(document.querySelector('.goals-tool')!);
        return {
          violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          passes: result.passes.map((p) => p.id),
        };
      });
      expect(violations, colorScheme).toEqual([]);
      // It looked at what matters here: labels, contrast and names.
      expect(passes).toEqual(expect.arrayContaining(['label', 'color-contrast', 'button-name']));
      await finish(watched);
    }
  });
});
