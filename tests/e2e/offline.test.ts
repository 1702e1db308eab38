// Offline: after one visit the service worker serves every page, search, the worksheets and the 404 page with the
// network cut; a new build waits, offers itself, and reloading to it keeps what was typed.
//
// Each test serves the site from a server of its own and closes it to cut the network for real: Playwright's
// setOffline is set too, but does not reach a service worker's own requests in every version.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { buildServiceWorker } from '../../scripts/lib/service-worker.mjs';
import { axeViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { builtPages, watchedPage, workerInCharge, type Watched } from './support/site';
import { toolPaths, waitForTool } from './support/tools';
import { tools } from '../../src/tools/list';
import { toolHref } from '../../src/tools/manifest';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

type Server = Awaited<ReturnType<typeof startStaticServer>>;

/** A browser that has visited `path` once on a server of its own, and is ready offline. */
async function visitOnce(path: string, root = 'dist'): Promise<{ watched: Watched; server: Server }> {
  const server = await startStaticServer({ root, host: '127.0.0.1', port: 0 });
  // Service workers are allowed explicitly: the harness routes requests (to block other hosts), which must not
  // turn them off.
  const watched = await watchedPage(browser, { serviceWorkers: 'allow' });
  await watched.page.goto(`${server.url}${path}`);
  expect(await workerInCharge(watched.page)).toMatch(/^activat/);
  // Registering broke no rule of the content security policy, nor anything else.
  expect(watched.consoleErrors).toEqual([]);
  return { watched, server };
}

async function cutNetwork({ watched, server }: { watched: Watched; server: Server }) {
  await watched.context.setOffline(true);
  await server.close();
}

const titleOf = (path: string) => {
  const file = path.endsWith('.html') ? join('dist', path) : join('dist', path, 'index.html');
  return /<title>([^<]*)<\/title>/.exec(readFileSync(file, 'utf8'))?.[1].replace(/&#39;/g, "'").replace(/&amp;/g, '&');
};

/** The first text field a person sees in the page's worksheet, whatever the tool. */
const firstTextField = (page: Page) =>
  page.locator('[data-tool-root]').first().locator('input[type="text"], textarea').filter({ visible: true }).first();

it('serves sw.js so that browsers always check it for a new version', async () => {
  const server = await startStaticServer({ root: 'dist', host: '127.0.0.1', port: 0 });
  const response = await fetch(`${server.url}/sw.js`);
  await server.close();
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/javascript/);
  expect(response.headers.get('cache-control')).toBe('no-cache');
});

describe('after one visit, with the network cut', () => {
  // One visit for the tests below, which run in order: search first, on the very page that installed the worker.
  let visit: { watched: Watched; server: Server };
  beforeAll(async () => {
    visit = await visitOnce('/guide/introduction/');
    await cutNetwork(visit);
  }, 120_000);
  afterAll(() => visit?.watched.context.close());
  /** Console errors a test's own steps caused. */
  const errorsSince = (count: number) => visit.watched.consoleErrors.slice(count);

  it('searches on the page that installed the worker, without a reload', async () => {
    const { page, consoleErrors } = visit.watched;
    const before = consoleErrors.length;
    await page.getByRole('button', { name: /Search/ }).click();
    await page.keyboard.type('boundaries');
    const first = page.locator('.search-results a').first();
    await first.waitFor();
    // A page of the site (a result link may carry the words to highlight).
    expect(await first.getAttribute('href')).toMatch(/^\/[a-z0-9/-]+\/(\?.*)?$/);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/\d+ results? for “boundaries”/);
    expect(errorsSince(before)).toEqual([]);
  });

  it('loads every built page with its styles and scripts', { timeout: 180_000 }, async () => {
    const { page, consoleErrors, outsideRequests } = visit.watched;
    const before = consoleErrors.length;
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const response = await page.goto(`${visit.server.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.title(), path).toBe(titleOf(path));
      // The stylesheet came from the precache too.
      expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).display), path).toBe('flex');
      if (toolPaths.includes(path) || path === '/your-data/') await waitForTool(page);
    }
    expect(failed).toEqual([]);
    expect(errorsSince(before)).toEqual([]);
    expect(outsideRequests).toEqual([]);
  });

  it('keeps what is typed in each worksheet across a reload', { timeout: 180_000 }, async () => {
    const { page, consoleErrors } = visit.watched;
    const before = consoleErrors.length;
    // Every tool that keeps data of its own ("Where we stand" only reads the others').
    for (const tool of tools.filter((t) => t.stores.length > 0)) {
      const path = toolHref(tool.id);
      await page.goto(`${visit.server.url}${path}`);
      await waitForTool(page);
      // A tool that shows no text field until something exists (a meeting, a check-in) is filled with its example.
      if ((await firstTextField(page).count()) === 0) {
        await page.getByRole('button', { name: 'Try an example' }).click();
        await page.getByText('This is an example').waitFor();
      }
      // The check-in shows its fields once a person starts one.
      if ((await firstTextField(page).count()) === 0) await page.getByRole('button', { name: /^Start/ }).first().click();
      const text = `Typed offline on ${path}`;
      await firstTextField(page).fill(text);
      await page.locator('[data-save-state="saved"]').first().waitFor();
      await page.reload();
      await waitForTool(page);
      // The text is stored, and shown again where the tool shows that field on opening (a check-in closes its form).
      expect(await page.evaluate((t) => Object.values(localStorage).some((v) => v.includes(t)), text), path).toBe(true);
      if (tool.id !== 'checkin') await expect(firstTextField(page).inputValue(), path).resolves.toBe(text);
    }
    expect(errorsSince(before)).toEqual([]);
  });

  it('opens at the manifest’s start address under the worker, with its icons', async () => {
    const { page } = visit.watched;
    const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8')) as {
      start_url: string;
      scope: string;
      icons: { src: string; type: string }[];
    };
    expect(manifest.start_url.startsWith(manifest.scope)).toBe(true);
    await page.goto(new URL(manifest.start_url, visit.server.url).href);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(new URL(manifest.start_url, visit.server.url).href.startsWith(scope ?? '-')).toBe(true);
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    for (const icon of manifest.icons) {
      const got = await page.evaluate(async (src) => {
        const response = await fetch(src);
        return { status: response.status, type: response.headers.get('content-type') };
      }, icon.src);
      expect(got, icon.src).toEqual({ status: 200, type: icon.type });
    }
  });

  it('shows the site’s own 404 page for an address it does not have', async () => {
    const response = await visit.watched.page.goto(`${visit.server.url}/guide/no-such-chapter/`);
    expect(response?.status()).toBe(404);
    await expect(visit.watched.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
  });
});

it('says plainly that search needs a connection when it is not saved yet', async () => {
  const server = await startStaticServer({ root: 'dist', host: '127.0.0.1', port: 0 });
  // No service worker: as on a first visit cut off before it finished, or a browser without them.
  const { page, context } = await watchedPage(browser, { serviceWorkers: 'block' });
  await page.goto(`${server.url}/guide/introduction/`);
  await context.setOffline(true);
  await server.close();
  await page.getByRole('button', { name: /Search/ }).click();
  await page.waitForFunction(() => /offline/.test(document.querySelector('#search-status')?.textContent ?? ''));
  expect(await page.locator('#search-status').textContent()).toBe(
    'You are offline, and search has not been saved on this device yet. Once you are back online, it is saved for next time.',
  );
  await context.close();
});

it('a new build waits, offers itself, and reloading to it keeps unsaved typing', { timeout: 120_000 }, async () => {
  // Two copies of the site: the second has one changed page and, as a real build would, its own sw.js.
  const scratch = mkdtempSync(join(tmpdir(), 'gmg-offline-'));
  const [v1, v2] = [join(scratch, 'v1'), join(scratch, 'v2')];
  cpSync('dist', v1, { recursive: true });
  cpSync('dist', v2, { recursive: true });
  const changed = join(v2, 'guide', 'introduction', 'index.html');
  writeFileSync(changed, readFileSync(changed, 'utf8').replace('</main>', '<p id="second-build">From the second build.</p></main>'));
  await buildServiceWorker({ dir: v2 });
  expect(readFileSync(join(v2, 'sw.js'), 'utf8')).not.toBe(readFileSync(join(v1, 'sw.js'), 'utf8'));

  const visit = await visitOnce('/tools/goals/', v1);
  const { page, consoleErrors } = visit.watched;
  await waitForTool(page);
  // The second build goes live at the same address.
  const port = Number(new URL(visit.server.url).port);
  await visit.server.close();
  const second = await startStaticServer({ root: v2, host: '127.0.0.1', port });

  // The browser finds the second build's worker, which downloads everything and then waits.
  await page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    await registration.update();
    while (!registration.waiting) {
      const worker = registration.installing;
      if (!worker) throw new Error('no new version was found, or it failed to install');
      await new Promise((done) => worker.addEventListener('statechange', done, { once: true }));
    }
  });
  // The next page opened offers it.
  await page.reload();
  await waitForTool(page);
  const notice = page.locator('[data-update-notice]');
  await notice.getByRole('button', { name: 'Reload to update' }).waitFor();
  expect(await notice.getAttribute('aria-live')).toBe('polite');
  await expect(notice.textContent()).resolves.toContain('A new version of the guide is ready.');
  expect(await axeViolations(page)).toEqual([]);
  // It waits: the first build's worker still controls the page.
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);

  // Typing that has not been saved yet: the clock stops, so the save that waits for a pause in typing never comes.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  const text = 'Typed just before the update';
  await firstTextField(page).fill(text);
  expect(await page.locator('[data-save-state]').first().getAttribute('data-save-state')).not.toBe('saved');

  // By keyboard: the notice's button comes right after the skip link.
  await page.locator('.skip-link').focus();
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Reload to update');
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await page.clock.resume();
  await waitForTool(page);
  await expect(firstTextField(page).inputValue()).resolves.toBe(text);
  await expect(page.locator('[data-update-notice]').textContent()).resolves.toBe('');

  // Offline, the second build's pages are the ones kept now.
  await cutNetwork({ watched: visit.watched, server: second });
  await page.goto(`${visit.server.url}/guide/introduction/`);
  await expect(page.locator('#second-build').textContent()).resolves.toBe('From the second build.');
  expect(consoleErrors).toEqual([]);
  await visit.watched.context.close();
  rmSync(scratch, { recursive: true, force: true });
});
