// Serves the built site once for all browser tests, on 127.0.0.1 at a free port, and starts one Chromium that every
// test file connects to, instead of a browser per file.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { startBrowserServer } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserWs: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) {
    throw new Error('No built site in dist/. Run `npm run build` first (npm test does it for you).');
  }
  const site = await startStaticServer({ root: 'dist', host: '127.0.0.1', port: 0 });
  const browser = await startBrowserServer();
  project.provide('baseUrl', site.url);
  project.provide('browserWs', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await site.close();
  };
}
