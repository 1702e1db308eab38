// What the browser tests know about the built site: its address, its pages, and a watched page to drive.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const baseUrl = (): string => inject('baseUrl');

/** Every HTML page in dist/ as a URL path ("/guide/introduction/"), the 404 page as "/404.html". */
export function builtPages(dir = 'dist'): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, path).split(sep).join('/');
        found.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -10)}` : `/${rel}`);
      }
    }
  };
  walk(dir);
  return found.sort();
}

/** What a page did that a test may want to fail on. */
export interface Watched {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  outsideRequests: string[];
  requests: { url: string; postData: string | null }[];
}

/** A fresh context and page that records console errors, page errors and every request. */
export async function watchedPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Watched> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const watched: Watched = { page, context, consoleErrors: [], outsideRequests: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') watched.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => watched.consoleErrors.push(String(error)));
  context.on('request', (request) => {
    const url = request.url();
    watched.requests.push({ url, postData: request.postData() });
    if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(url)) watched.outsideRequests.push(url);
  });
  // Nothing may reach the network beyond the test server, even if a page asked.
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
  return watched;
}

/** Puts values in localStorage before the page's first load only (later reloads keep what the page saved). */
export async function seedStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.addInitScript((values) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
}

/**
 * The raw stored string of a tool's data (`gmg:r:<relationship>:<tool>`) for the relationship this tab shows, or for
 * the only relationship that has that tool when the tab has not chosen one; null when nothing is stored.
 */
export async function storedValue(page: Page, tool: string): Promise<string | null> {
  return page.evaluate((tool) => {
    const pattern = new RegExp(`^gmg:r:[\\w-]+:${tool}$`);
    const keys = Object.keys(localStorage).filter((k) => pattern.test(k));
    let active = sessionStorage.getItem('gmg:active') ?? '';
    if (!active) {
      try {
        active = JSON.parse(localStorage.getItem('gmg:relationships') ?? 'null')?.data?.active ?? '';
      } catch {
        active = '';
      }
    }
    const key = keys.find((k) => k === `gmg:r:${active}:${tool}`) ?? (keys.length === 1 ? keys[0] : undefined);
    return key ? localStorage.getItem(key) : null;
  }, tool);
}
