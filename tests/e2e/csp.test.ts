// Content security policy: every page, with search opened, runs with no violation; the policy is strict.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, builtPages, watchedPage } from './support/site';
import { toolPaths, waitForTool } from './support/tools';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

// One test a page, so that each stays small under load.
it.each(builtPages())('%s has a strict policy in its meta tag', async (path) => {
  const { page, context } = await watchedPage(browser);
  await page.goto(`${baseUrl()}${path}`);
  const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'self'");
  expect(policy).toContain("'wasm-unsafe-eval'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/'unsafe-eval'/);
  await context.close();
});

it.each(builtPages())('%s, its tool and search raise no securitypolicyviolation', async (path) => {
  const { page, context, consoleErrors } = await watchedPage(browser);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto(`${baseUrl()}${path}`);
  if (toolPaths.includes(path)) await waitForTool(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('mentor');
  await page.locator('.search-results a').first().waitFor();
  await expect(page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).resolves.toEqual([]);
  expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  await context.close();
});

it('a page opened from a search result highlights its words with no violation', async () => {
  const { page, context, consoleErrors } = await watchedPage(browser);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  for (const path of ['/guide/accountability/?highlight=action', '/tools/feedback/?highlight=feedback']) {
    await page.goto(`${baseUrl()}${path}`);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    await expect(page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).resolves.toEqual([]);
  }
  expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  await context.close();
});

it('the host headers forbid framing and sniffing and send no referrer', async () => {
  const response = await fetch(`${baseUrl()}/guide/introduction/`);
  expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('permissions-policy')).toContain('camera=()');
});
