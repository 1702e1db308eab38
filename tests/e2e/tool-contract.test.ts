// The browser half of the contract every tool in src/tools/list.ts keeps (the rest is tests/unit/tool-contract.test.ts).
// Driven by the list, so a new tool is tested like the others: its words stay out of its JavaScript; axe finds nothing
// with it empty and filled (filled is checked, not assumed), in both themes; markup typed into every field stays text
// on screen, after a reload and in print; and it prints alone, on A4, without the site frame.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { localDate } from '../../src/lib/dates';
import { jsonInHtml } from '../../src/lib/json-in-html';
import { tools } from '../../src/tools/list';
import { toolHref } from '../../src/tools/manifest';
import { pageWeight } from '../../scripts/lib/site-weight.mjs';
import { toolContent } from '../support/tool-content';
import { axeViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { isA4, readPdf } from './support/pdf';
import { seedRelationship } from './support/seed';
import { baseUrl, watchedPage } from './support/site';
import { waitForTool } from './support/tools';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Every string of a value, deep. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

/** Sentences of the tool's content long enough that finding one in JavaScript would mean the words were bundled. */
const sentences = (value: unknown) => [...new Set(strings(value).filter((s) => s.length >= 40 && !/[{}]/.test(s)))];

const MARKUP = '<img src=x onerror="window.__pwned=1"><b>bold?</b>';
const FRAME = ['Skip to content', 'Search', 'Your data'];

async function open(tool: string, filled: boolean, theme?: 'dark'): Promise<Page> {
  const { page } = await watchedPage(browser, theme ? { colorScheme: theme } : {});
  if (filled) await seedRelationship(page, toolContent(tool).exampleData(localDate(new Date())));
  await page.goto(`${baseUrl()}${toolHref(tool)}`);
  await waitForTool(page);
  return page;
}

describe.each(tools.map((t) => [t.id, t] as const))('%s', (id) => {
  const example = toolContent(id).exampleData(localDate(new Date()));

  it('keeps its words and its example out of its JavaScript: they travel as JSON in the page', () => {
    const js = pageWeight('dist', join('dist', toolHref(id), 'index.html'), '').jsFiles.map((f: { path: string }) => readFileSync(join('dist', f.path), 'utf8')).join('\n');
    const content = sentences(toolContent(id).islandProps(2));
    expect(content.length).toBeGreaterThan(0);
    const html = readFileSync(join('dist', toolHref(id), 'index.html'), 'utf8');
    for (const sentence of content) {
      expect(js.includes(sentence), sentence).toBe(false);
      expect(html.includes(JSON.parse(JSON.stringify(jsonInHtml(sentence))).slice(1, -1)), sentence).toBe(true);
    }
  });

  it.each([['light'], ['dark']] as const)('has no axe violation, empty and filled, in the %s theme', async (theme) => {
    for (const filled of [false, true]) {
      const page = await open(id, filled, theme === 'dark' ? 'dark' : undefined);
      if (filled) {
        // Filled is checked: a sentence of the example is on screen.
        const shown = strings(example).filter((s) => s.length > 12);
        const text = await page.locator('[data-tool-root]').innerText();
        expect(shown.some((s) => text.includes(s) || text.includes(s.slice(0, 40))), `${id} shows its example`).toBe(true);
      }
      expect(await axeViolations(page), `${id} ${filled ? 'filled' : 'empty'} (${theme})`).toEqual([]);
      await page.context().close();
    }
  });

  it('keeps markup typed into every field as text: on screen, after a reload and in print', async () => {
    const page = await open(id, true);
    const fields = page.locator('[data-tool-root] textarea:not([readonly]), [data-tool-root] input[type="text"]');
    const count = await fields.count();
    for (let i = 0; i < count; i++) {
      const field = fields.nth(i);
      if (await field.isVisible()) await field.fill(`${MARKUP} ${i}`);
    }
    if (count > 0) await page.locator('[data-save-state="saved"]').first().waitFor();
    const inert = async () => {
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('[data-tool-root] img[src="x"], [data-tool-root] b').count()).toBe(0);
    };
    await inert();
    await page.reload();
    await waitForTool(page);
    await inert();
    if (count > 0) {
      const kept = await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('[data-tool-root] textarea, [data-tool-root] input[type="text"]')].map((f) => f.value));
      expect(kept.filter((v) => v.startsWith(MARKUP)).length).toBeGreaterThan(0);
    }
    const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true }));
    await inert();
    if (count > 0) expect(pdf.text.replace(/\s+/g, ' ')).toContain('<img src=x onerror="window.__pwned=1"><b>bold?</b>');
    await page.context().close();
  });

  it('prints alone, on A4, without the site frame or its own buttons', async () => {
    const page = await open(id, true);
    const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true }));
    expect(pdf.pages).toBeGreaterThan(0);
    expect(pdf.sizes.every(isA4)).toBe(true);
    for (const words of [...FRAME, 'Working on', 'Manage this relationship', 'Try an example']) expect(pdf.text, words).not.toContain(words);
    const printed = strings(example).filter((s) => s.length > 12 && !/^\d{4}-\d{2}-\d{2}$/.test(s));
    expect(printed.some((s) => pdf.text.replace(/\s+/g, ' ').includes(s.slice(0, 30))), `${id} prints its content`).toBe(true);
    await page.context().close();
  });
});
