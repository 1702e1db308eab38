// Chromium for the browser tests: Debian's package through playwright-core (Playwright's own download fails here).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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

/** Playwright turns the back/forward cache off by default; `bfcache: true` keeps Chromium's own behaviour. */
export function launchBrowser(options: { bfcache?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
    headless: true,
    ...(options.bfcache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
  });
}
