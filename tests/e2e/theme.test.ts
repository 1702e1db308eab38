// Theme: follows the system, and a saved override applies from the first paint after a reload.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, watchedPage } from './support/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Records the theme attribute at the moment <body> is first parsed, before anything can be painted. */
async function recordThemeAtBodyStart(page: Page) {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.body) return;
      const first = document.body.firstElementChild;
      // The body's first element is the theme script; once the element after it exists, the script has run.
      if (first && first.nextElementSibling) {
        (window as unknown as { themeAtFirstContent?: string }).themeAtFirstContent =
          document.documentElement.dataset.theme ?? 'none';
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

it('follows the system theme when nothing is saved', async () => {
  const { page, context } = await watchedPage(browser, { colorScheme: 'dark' });
  await page.goto(`${baseUrl()}/`);
  expect(await background(page)).toBe('rgb(21, 24, 29)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  await context.close();
});

it('keeps an override across a reload, already applied when the page body starts', async () => {
  const { page, context } = await watchedPage(browser, { colorScheme: 'light' });
  await recordThemeAtBodyStart(page);
  await page.goto(`${baseUrl()}/guide/introduction/`);
  const button = page.locator('[data-theme-switch]');
  await expect(button.textContent()).resolves.toBe('Theme: system');
  await button.click();
  await expect(button.textContent()).resolves.toBe('Theme: dark');
  expect(await background(page)).toBe('rgb(21, 24, 29)');

  await page.reload();
  await expect(page.evaluate(() => (window as unknown as { themeAtFirstContent?: string }).themeAtFirstContent)).resolves.toBe('dark');
  expect(await background(page)).toBe('rgb(21, 24, 29)');
  await expect(button.textContent()).resolves.toBe('Theme: dark');

  await button.click(); // dark -> light
  await button.click(); // light -> system
  await page.reload();
  await expect(page.evaluate(() => (window as unknown as { themeAtFirstContent?: string }).themeAtFirstContent)).resolves.toBe('none');
  await context.close();
});

it('still works when storage is blocked', async () => {
  const { page, context } = await watchedPage(browser, { colorScheme: 'light' });
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(`${baseUrl()}/`);
  await page.locator('[data-theme-switch]').click();
  expect(await background(page)).toBe('rgb(21, 24, 29)');
  await context.close();
});
