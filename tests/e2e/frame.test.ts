// The frame: every chapter renders, navigation follows `order`, and next/previous walk the whole guide.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { baseUrl, watchedPage } from './support/site';
import { sourceChapters } from '../support/chapters';
import { toolPaths } from './support/tools';

const chapters = sourceChapters();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('chapters', () => {
  it('answer 200 with exactly one h1 each', async () => {
    const { page, context } = await watchedPage(browser);
    for (const chapter of chapters) {
      const response = await page.goto(`${baseUrl()}/guide/${chapter.id}/`);
      expect(response?.status(), chapter.id).toBe(200);
      expect(await page.locator('h1').count(), chapter.id).toBe(1);
      expect(await page.locator('h1').textContent()).toBe(chapter.title);
    }
    await context.close();
  });

  it('are listed in the sidebar in `order`, with the current one marked', async () => {
    const { page, context } = await watchedPage(browser);
    const current = chapters[2]!;
    await page.goto(`${baseUrl()}/guide/${current.id}/`);
    const hrefs = await page.locator('#chapters a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(chapters.map((c) => `/guide/${c.id}/`));
    await expect(page.locator('#chapters a[aria-current="page"]').getAttribute('href')).resolves.toBe(`/guide/${current.id}/`);
    await context.close();
  });

  it('are each visited once by following "Next" from the first', async () => {
    const { page, context } = await watchedPage(browser);
    await page.goto(`${baseUrl()}/guide/${chapters[0]!.id}/`);
    const visited: string[] = [new URL(page.url()).pathname];
    while ((await page.locator('a[rel="next"]').count()) > 0) {
      await page.locator('a[rel="next"]').click();
      await page.waitForLoadState('load');
      visited.push(new URL(page.url()).pathname);
      if (visited.length > chapters.length) break;
    }
    expect(visited).toEqual(chapters.map((c) => `/guide/${c.id}/`));
    await context.close();
  });

  it('have a table of contents that links to each h2 and h3 on the page', async () => {
    const { page, context } = await watchedPage(browser);
    await page.goto(`${baseUrl()}/guide/${chapters[1]!.id}/`);
    const tocTargets = await page.locator('.toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const headingIds = await page
      // The chapter's own headings; a worksheet embedded in it has its own, which the contents leave out.
      .locator('.chapter-body h2[id]:not(.tool-embed *), .chapter-body h3[id]:not(.tool-embed *)')
      .evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    expect(tocTargets).toEqual(headingIds);
    expect(tocTargets.length).toBeGreaterThan(3);
    await context.close();
  });
});

describe('the frame', () => {
  it('has a skip link that moves focus to the main content', async () => {
    const { page, context } = await watchedPage(browser);
    await page.goto(`${baseUrl()}/guide/${chapters[0]!.id}/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await context.close();
  });

  it('fits a 320 px wide screen without sideways scrolling, with the chapter list one button away', async () => {
    const { page, context } = await watchedPage(browser, { viewport: { width: 320, height: 640 } });
    for (const path of ['/', `/guide/${chapters[1]!.id}/`, '/tools/', '/404.html']) {
      await page.goto(`${baseUrl()}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await expect(page.locator('#chapters').isVisible()).resolves.toBe(false);
    await page.goto(`${baseUrl()}/guide/${chapters[1]!.id}/`);
    await page.getByRole('button', { name: 'Chapters' }).click();
    await expect(page.locator('#chapters').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('#chapters').isVisible()).resolves.toBe(false);
    await context.close();
  });

  // Issue 16: the "Next" card scrolled the page sideways at 320 px.
  it('fits 320 px on every chapter, the previous and next cards included', async () => {
    const { page, context } = await watchedPage(browser, { viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const chapter of chapters) {
      await page.goto(`${baseUrl()}/guide/${chapter.id}/`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${chapter.id}: ${width} px`);
      for (const card of await page.locator('.pager a').all()) {
        const box = (await card.boundingBox())!;
        if (box.x < 0 || box.x + box.width > 320) wide.push(`${chapter.id}: ${await card.getAttribute('rel')} card reaches ${Math.round(box.x + box.width)} px`);
      }
    }
    expect(wide).toEqual([]);
    await context.close();
  });

  // Issue 16: the tool pages read "never sent anywhere.See, export or delete your data".
  it('says where a tool page keeps what is typed, as a sentence with its spaces', async () => {
    const { page, context } = await watchedPage(browser);
    for (const path of toolPaths) {
      await page.goto(`${baseUrl()}${path}`);
      const text = await page.locator('main p', { hasText: 'never sent anywhere' }).innerText();
      expect(text, path).toContain('never sent anywhere. See, export or delete your data.');
      expect(text, path).not.toMatch(/[.,][A-Za-z]/);
    }
    await context.close();
  });

  it('answers an unknown address with the 404 page', async () => {
    const { page, context } = await watchedPage(browser);
    const response = await page.goto(`${baseUrl()}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await context.close();
  });

  it('lists every chapter and the three tools on the home page', async () => {
    const { page, context } = await watchedPage(browser);
    await page.goto(`${baseUrl()}/`);
    const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const chapter of chapters) expect(hrefs).toContain(`/guide/${chapter.id}/`);
    for (const tool of ['goals', 'feedback', 'agreement']) expect(hrefs).toContain(`/tools/${tool}/`);
    await context.close();
  });
});
