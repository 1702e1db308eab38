// Chromium for the browser tests: Debian's package through playwright-core (Playwright's own download fails here).
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { inject } from 'vitest';

const FALLBACK = '/usr/bin/chromium';

/** CHROME_PATH if set, else /usr/bin/chromium; a clear error naming both when neither exists. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync(FALLBACK)) return FALLBACK;
  throw new Error(
    `No Chromium found. Set CHROME_PATH to a Chromium or Chrome binary${fromEnv ? ` (CHROME_PATH=${fromEnv} does not exist)` : ''}, ` +
      `or install Debian's package so that ${FALLBACK} exists (apt-get install -y chromium).`,
  );
}

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const launchOptions = (bfcache: boolean) => ({
  executablePath: chromiumPath(),
  args: CHROMIUM_FLAGS,
  headless: true,
  ...(bfcache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
});

/** The one Chromium of a test run, started by the global setup. */
export const startBrowserServer = (): Promise<BrowserServer> => chromium.launchServer(launchOptions(false));

/**
 * The run's shared Chromium, connected to (closing it only disconnects this file). Playwright turns the back/forward
 * cache off by default; `bfcache: true` starts a browser of the file's own that keeps Chromium's own behaviour.
 */
export function launchBrowser(options: { bfcache?: boolean } = {}): Promise<Browser> {
  if (options.bfcache) return chromium.launch(launchOptions(true));
  return chromium.connect(inject('browserWs'));
}
