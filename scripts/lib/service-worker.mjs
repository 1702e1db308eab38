// Builds dist/sw.js: bundles src/offline/sw.ts (Workbox modules included, so nothing loads from elsewhere), then
// lets Workbox's injectManifest write the list of files to precache into it. Run after Astro and Pagefind, since
// both write files it lists. Also used by the update test to rebuild the worker for a changed copy of the site.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { getManifest, injectManifest } from 'workbox-build';
import { projectRoot } from './site-weight.mjs';

/** What a reader needs offline. Left out: sw.js itself, the sitemaps, robots.txt, the social image, _headers, and
 * Pagefind's ready-made interfaces, which the guide's own search dialog does not use. */
const GLOBS = [
  '**/*.html',
  '_astro/**/*',
  'lazy/*.js',
  'favicon.svg',
  'icons/*.png',
  'manifest.webmanifest',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/index/*',
  'pagefind/fragment/*',
];

/** Pagefind's WebAssembly for each language the index has (one for this guide), not its fallback for others. */
async function pagefindWasm(dir) {
  const entry = JSON.parse(await readFile(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  return Object.values(entry.languages).map((language) => `pagefind/wasm.${language.wasm}.pagefind`);
}

/** Which files of a built site are precached, and how: the same options for the build and the benchmark. */
async function manifestOptions(dir) {
  return {
    globDirectory: dir,
    globPatterns: [...GLOBS, ...(await pagefindWasm(dir))],
    // Names that change with their content need no revision of their own.
    dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(index|fragment)\/)|\.pf_meta$/,
  };
}

/** The files the worker precaches, as paths relative to dir, with their total size in bytes. */
export async function precachedFiles({ dir = join(projectRoot, 'dist') } = {}) {
  const { manifestEntries, size } = await getManifest(await manifestOptions(dir));
  return { files: manifestEntries.map((entry) => entry.url), size };
}

/** @param {{ dir?: string }} options  @returns {Promise<{ count: number, size: number, warnings: string[] }>} */
export async function buildServiceWorker({ dir = join(projectRoot, 'dist') } = {}) {
  const scratch = await mkdtemp(join(tmpdir(), 'gmg-sw-'));
  try {
    const swSrc = join(scratch, 'sw.js');
    await build({
      entryPoints: [join(projectRoot, 'src', 'offline', 'sw.ts')],
      outfile: swSrc,
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2020',
      // Workbox's development logging is dropped in production.
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    });
    const { count, size, warnings } = await injectManifest({
      swSrc,
      swDest: join(dir, 'sw.js'),
      ...(await manifestOptions(dir)),
    });
    return { count, size, warnings };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
