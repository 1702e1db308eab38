// Serves the built site once for all browser tests, on 127.0.0.1 at a free port.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) {
    throw new Error('No built site in dist/. Run `npm run build` first (npm test does it for you).');
  }
  const site = await startStaticServer({ root: 'dist', host: '127.0.0.1', port: 0 });
  project.provide('baseUrl', site.url);
  return () => site.close();
}
