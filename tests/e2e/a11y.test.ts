// Accessibility: axe (WCAG 2.0-2.2 A and AA) on every page in both themes, tools empty and filled. One test a page,
// so that each stays small under load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, builtPages, watchedPage } from './support/site';
import { axeViolations, type Violation } from './support/axe';
import { exampleToolPaths, fillWithExample, toolPaths, waitForTool } from './support/tools';
import { tools, type ToolId } from '../../src/tools/list';
import { toolHref } from '../../src/tools/manifest';
import { toolContent } from '../support/tool-content';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const report = (path: string, vs: Violation[]) => vs.map((v) => `${path}: ${v.id} (${v.help}) at ${v.targets.slice(0, 3).join(', ')}`);

/**
 * A line of each tool's example that shows once it is filled in (from its examples or texts module).
 * Where we stand has no example of its own: it shows the example relationship the other tools filled.
 */

/** Waits until `text` is on screen: in the page's visible text or in a visible field's value. */
const onScreen = (page: Page, text: string) =>
  page.waitForFunction((t) => {
    const main = document.querySelector('main');
    if (main?.innerText.includes(t)) return true;
    return [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].some((f) => f.value.includes(t) && f.checkVisibility());
  }, text);

/** The tool filled with its example; a tool with none (Where we stand) is shown after every other tool's is filled. */
async function openFilled(page: Page, tool: ToolId): Promise<void> {
  const path = toolHref(tool);
  if (exampleToolPaths.includes(path)) {
    await page.goto(`${baseUrl()}${path}`);
    await fillWithExample(page);
  } else {
    // Each example fills the one example relationship, which this tab then shows.
    for (const from of exampleToolPaths) {
      await page.goto(`${baseUrl()}${from}`);
      await fillWithExample(page);
    }
    await page.goto(`${baseUrl()}${path}`);
    await waitForTool(page);
    expect(await page.getByRole('button', { name: 'Try an example', exact: true }).count()).toBe(0);
  }
  await onScreen(page, toolContent(tool).exampleShows);
}

it('knows a line of every tool’s example to look for', () => {
  for (const tool of tools) expect(toolContent(tool.id).exampleShows.length, tool.id).toBeGreaterThan(5);
});

describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
  it.each(builtPages())('%s has no axe violation', async (path) => {
    const { page, context } = await watchedPage(browser, { colorScheme });
    await page.goto(`${baseUrl()}${path}`);
    if (toolPaths.includes(path)) await waitForTool(page);
    expect(report(path, await axeViolations(page))).toEqual([]);
    await context.close();
  });

  it.each(tools.map((tool) => tool.id))('%s filled with its example has no axe violation', async (tool) => {
    const { page, context } = await watchedPage(browser, { colorScheme });
    await openFilled(page, tool);
    const path = toolHref(tool);
    await expect(page.getByText('This is an example, not your own work.').isVisible()).resolves.toBe(true);
    expect(report(`${path} (example)`, await axeViolations(page))).toEqual([]);
    await context.close();
  });

  it('an opened embedded worksheet has no axe violation', async () => {
    const { page, context } = await watchedPage(browser, { colorScheme });
    await page.goto(`${baseUrl()}/guide/professional-boundaries/`);
    await waitForTool(page);
    await page.locator('.tool-embed-toggle').click();
    await page.getByLabel(/Mentee.s name/).waitFor();
    expect(report('boundaries, worksheet open', await axeViolations(page))).toEqual([]);
    await context.close();
  });

  it('a page opened from search, its words highlighted, has no axe violation', async () => {
    const { page, context } = await watchedPage(browser, { colorScheme });
    await page.goto(`${baseUrl()}/guide/accountability/?highlight=action`);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    expect(report('accountability, highlighted', await axeViolations(page))).toEqual([]);
    await context.close();
  });

  it('the open search dialog with results has no axe violation', async () => {
    const { page, context } = await watchedPage(browser, { colorScheme });
    await page.goto(`${baseUrl()}/guide/introduction/`);
    await page.keyboard.press('/');
    await page.keyboard.type('feedback');
    await page.locator('.search-results a').first().waitFor();
    expect(report('search', await axeViolations(page))).toEqual([]);
    await context.close();
  });
});
