// Accessibility: axe (WCAG 2.0-2.2 A and AA) on every page in both themes, tools empty and filled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, builtPages, watchedPage } from './support/site';
import { axeViolations, type Violation } from './support/axe';
import { fillWithExample, toolPaths, waitForTool } from './support/tools';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const report = (path: string, vs: Violation[]) => vs.map((v) => `${path}: ${v.id} (${v.help}) at ${v.targets.slice(0, 3).join(', ')}`);

describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
  it('no page has an axe violation', async () => {
    const { page, context } = await watchedPage(browser, { colorScheme });
    const problems: string[] = [];
    for (const path of builtPages()) {
      await page.goto(`${baseUrl()}${path}`);
      if (toolPaths.includes(path)) await waitForTool(page);
      problems.push(...report(path, await axeViolations(page)));
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('no tool filled with its example has an axe violation', async () => {
    const { page, context } = await watchedPage(browser, { colorScheme });
    const problems: string[] = [];
    for (const path of toolPaths) {
      await page.goto(`${baseUrl()}${path}`);
      await fillWithExample(page);
      problems.push(...report(`${path} (example)`, await axeViolations(page)));
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an opened embedded worksheet and a page opened from search, its words highlighted, have no axe violation', async () => {
    const { page, context } = await watchedPage(browser, { colorScheme });
    await page.goto(`${baseUrl()}/guide/professional-boundaries/`);
    await waitForTool(page);
    await page.locator('.tool-embed-toggle').click();
    await page.getByLabel(/Mentee.s name/).waitFor();
    const problems = report('boundaries, worksheet open', await axeViolations(page));
    await page.goto(`${baseUrl()}/guide/accountability/?highlight=action`);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    problems.push(...report('accountability, highlighted', await axeViolations(page)));
    expect(problems).toEqual([]);
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
