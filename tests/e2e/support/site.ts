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

/**
 * Waits until the site's service worker controls the page, which it does only once everything is precached.
 * Resolves with the worker's state.
 */
export function workerInCharge(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
    return navigator.serviceWorker.controller?.state;
  });
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
 * The relationship this tab shows, read from storage as the page chooses it (src/lib/relationships/store.ts): the
 * tab's own choice, else the one last chosen, else the first own relationship that is not archived, else the first
 * listed; '' when none is listed yet (a first visit that has saved nothing). Works before a tool has mounted; on a
 * mounted tool page, `activeId` (support/relationship.ts) reads the same from "Working on".
 */
async function activeRelationshipId(page: Page): Promise<string> {
  return page.evaluate(() => {
    let list: { id: string; archived?: boolean; example?: boolean }[] = [];
    let last = '';
    try {
      const stored = JSON.parse(localStorage.getItem('gmg:relationships') ?? 'null')?.data;
      list = Array.isArray(stored?.list) ? stored.list : [];
      last = typeof stored?.active === 'string' ? stored.active : '';
    } catch {
      // An unreadable list: no relationship is known.
    }
    const listed = (id: string | null) => !!id && list.some((r) => r.id === id);
    const own = list.find((r) => !r.archived && !r.example) ?? list[0];
    return [sessionStorage.getItem('gmg:active'), last].find(listed) ?? own?.id ?? '';
  });
}

/**
 * The raw stored string of a tool's data (`gmg:r:<relationship>:<tool>`, e.g. 'goals', 'pair') for the relationship
 * this tab shows, or for the only relationship holding that tool's data when none is listed; null when nothing is stored.
 */
export async function storedValue(page: Page, tool: string): Promise<string | null> {
  const active = await activeRelationshipId(page);
  return page.evaluate(
    ({ active, tool }) => {
      const keys = Object.keys(localStorage).filter((k) => new RegExp(`^gmg:r:[\\w-]+:${tool}$`).test(k));
      const key = active ? `gmg:r:${active}:${tool}` : keys.length === 1 ? keys[0]! : '';
      return key ? localStorage.getItem(key) : null;
    },
    { active, tool },
  );
}
