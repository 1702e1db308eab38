// Keyboard only: every control of the frame is reached by Tab, in a sensible order, with a visible focus ring.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, watchedPage } from './support/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

interface Stop {
  label: string;
  visible: boolean;
  ring: boolean;
}

/** Tabs through the whole page once, recording each stop and whether its focus can be seen. */
async function tabThrough(page: Page, max = 400): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      return { label: `${el.tagName.toLowerCase()}:${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}`, visible: rect.width > 0 && rect.height > 0, ring };
    });
    if (!stop) break;
    if (stops.length > 0 && stop.label === stops[0]!.label) break; // wrapped around
    stops.push(stop);
  }
  return stops;
}

async function focusableCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
      .filter((el) => !el.closest('dialog:not([open]), [popover]:not(:popover-open)') || el.closest('#chapters')?.checkVisibility())
      .filter((el) => el.checkVisibility() && !(el as HTMLButtonElement).disabled).length,
  );
}

it('reaches every control of a chapter page, each with visible focus, starting with the skip link', async () => {
  const { page, context } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${baseUrl()}/guide/accountability/`);
  const stops = await tabThrough(page);
  expect(stops[0]?.label).toBe('a:Skip to content');
  expect(stops.slice(1, 6).map((s) => s.label)).toEqual([
    'a:The Good Mentoring Guide', 'a:Guide', 'a:Tools', 'a:Your data', 'button:Search /',
  ]);
  expect(stops.length).toBe(await focusableCount(page));
  expect(stops.filter((s) => !s.visible || !s.ring)).toEqual([]);
  await context.close();
});

it('operates search and the theme switch from the keyboard alone', async () => {
  const { page, context } = await watchedPage(browser, { colorScheme: 'light' });
  await page.goto(`${baseUrl()}/`);
  // Tab to the search button and open it with Enter.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))) break;
  }
  await page.keyboard.press('Enter');
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
  await page.keyboard.type('boundaries');
  await page.locator('.search-results a').first().waitFor();
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.closest('.search-results') !== null);
  expect(first).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).resolves.toBe(true);

  // Shift+Tab... then Tab to the theme switch and press Space.
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-theme-switch'))).resolves.toBe(true);
  await page.keyboard.press('Space');
  await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
  await context.close();
});

it('opens and closes the chapter list from the keyboard on a narrow screen', async () => {
  const { page, context } = await watchedPage(browser, { viewport: { width: 375, height: 700 } });
  await page.goto(`${baseUrl()}/guide/accountability/`);
  await page.getByRole('button', { name: 'Chapters' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#chapters').isVisible()).resolves.toBe(true);
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.closest('#chapters') !== null)).resolves.toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator('#chapters').isVisible()).resolves.toBe(false);
  await context.close();
});
