// The agreement under each context, filled by keyboard and mouse, printed to PDF by Chromium: the PDF holds
// the agreement (names, meeting rhythm, confidentiality limits, no-fault ending, signature lines) on A4 with
// page numbers, and none of the site frame or the form. Typed markup prints literally and runs nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, watchedPage } from './support/site';
import { isA4, readPdf } from './support/pdf';
import { waitForTool } from './support/tools';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const XSS = '<img src=x onerror=alert(1)>';

const cases = [
  { preset: 'Workplace', names: ['Priya Raman', 'Tom Becker'], rhythm: 'every second Tuesday', limits: ['serious harm', 'duty to report at work', 'the law requires it'], others: [] },
  { preset: 'Academic or research', names: ['Amara Okafor', 'Dr Lena Fischer'], rhythm: 'once a month in term time', limits: ['serious harm', 'responsible employee', 'the law requires it'], others: [] },
  { preset: 'Youth programme', names: ['Jordan Ellis', 'Sam Whitfield'], rhythm: 'every Saturday morning', limits: ['serious harm', 'programme contact the same day', 'must be reported', 'no one-to-one transport'], others: ['Parent or carer', 'Programme coordinator'] },
] as const;

describe.each(cases)('the $preset agreement', ({ preset, names: [mentee, mentor], rhythm, limits, others }) => {
  it('prints to A4 with the agreement and without the frame or the form', async () => {
    const { page, context, consoleErrors, outsideRequests } = await watchedPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${baseUrl()}/tools/agreement/`);
    await waitForTool(page);

    await page.getByRole('radio', { name: new RegExp(`^${preset}`) }).check();
    await page.getByLabel('Mentee’s name', { exact: true }).fill(mentee);
    await page.getByLabel('Mentor’s name', { exact: true }).fill(mentor);
    await page.getByLabel('Start date').fill('2026-10-05');
    await page.getByLabel('Review date').fill('2027-04-05');
    await page.getByLabel('How often we meet').fill(rhythm);
    if (preset === 'Youth programme') await page.getByLabel('Programme contact', { exact: true }).fill('Dana Kelly, coordinator');
    // A clause of our own holding markup, typed after "Add a clause" moves focus into it.
    await page.getByRole('button', { name: 'Add a clause to Topics and behaviour off limits' }).click();
    await page.waitForFunction(() => document.activeElement?.matches('.clause-edit--own textarea'), null, { timeout: 10_000 });
    await page.keyboard.type(XSS);
    await page.locator('.agreement-doc').getByText(XSS, { exact: true }).waitFor();

    const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true }));
    expect(pdf.pages).toBeGreaterThan(1);
    expect(pdf.sizes.every(isA4)).toBe(true);
    const text = pdf.text.replace(/\s+/g, ' ');

    // The print-only heading, both names, the rhythm, the limits, the no-fault ending.
    expect(text).toMatch(new RegExp(`Mentoring agreement ${mentee} \\(mentee\\) and ${mentor} \\(mentor\\) ${preset} · Starts 5 October 2026 · Printed \\d{1,2} \\w+ \\d{4}`));
    expect(text).toContain(`We agree to meet ${rhythm}, for`);
    for (const limit of limits) expect(text).toContain(limit);
    expect(text).toContain('Confidentiality and its limits');
    expect(text).toMatch(/either of us may end .{0,60}without blame[^.]{0,40}\. This is a no-fault ending/);
    expect(text).toContain('review this agreement together on 5 April 2027');
    expect(text).toContain(XSS);
    // Page numbers in the bottom margin.
    expect(pdf.pageTexts[0]).toMatch(new RegExp(`Page 1 of ${pdf.pages}`));

    // The signature block is whole on one page: heading, every signer (a youth programme adds a parent or carer
    // and the coordinator), a signature and a date line each.
    const signing = pdf.pageTexts.filter((t) => t.includes('Signatures'));
    expect(signing).toHaveLength(1);
    const block = signing[0]!.replace(/\s+/g, ' ');
    expect(block).toContain(`Mentee: ${mentee}`);
    expect(block).toContain(`Mentor: ${mentor}`);
    for (const role of others) expect(block).toContain(`${role}: `);
    expect(block.match(/Signature(?!s)/g)).toHaveLength(2 + others.length);
    expect(block.match(/\bDate\b/g)).toHaveLength(2 + others.length);

    for (const frame of [
      'Skip to content', 'The Good Mentoring Guide', 'Your data', 'Search', 'Theme', 'Boundary agreement generator',
      'Print or save as PDF', 'Download as', 'Add a clause', 'Remove', 'Try an example', 'Where you mentor', 'Who and when',
      'Your agreement', 'Before you print', 'Saving', 'Saved on this device', 'Default wording',
    ]) {
      expect(text, frame).not.toContain(frame);
    }

    // On screen too the markup is text: no image element, no alert.
    await expect(page.locator('.agreement-doc img, .agreement img').count()).resolves.toBe(0);
    await expect(page.locator('.agreement-doc').getByText(XSS, { exact: true }).count()).resolves.toBe(1);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});
