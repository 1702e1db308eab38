// @ts-check
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import dropUnusedIslandRuntime from './scripts/lib/unused-island-runtime.mjs';

// The theme script must run inline before first paint (no flash of the wrong theme). Astro's CSP does not
// hash inline scripts, so the hash is computed here from the very file BaseHead inlines.
const themeScript = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const themeScriptHash = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;

/**
 * Emits scripts as entries of their own at fixed URLs, not under _astro/ (whose files are cached as immutable,
 * and these names carry no hash): the search code, which pages import() only when search opens (a plain dynamic
 * import would pull Vite's preload helper, about 1 KB, into every prose page's up-front script), and each tool's
 * client.ts, which ToolIsland.astro loads with a plain script tag on the pages that show that tool.
 * @param {Record<string, string>} entries  file name in dist -> source module
 * @returns {import('vite').Plugin}
 */
function fixedEntries(entries) {
  return {
    name: 'gmg-fixed-entries',
    apply: 'build',
    buildStart() {
      if (this.environment?.name !== 'client') return;
      for (const [fileName, id] of Object.entries(entries)) this.emitFile({ type: 'chunk', id, fileName });
    },
  };
}

/** Every tool folder with a client.ts (see src/tools/list.ts), as lazy/tool-<id>.js. */
const toolEntries = Object.fromEntries(
  readdirSync(new URL('./src/tools/', import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(new URL(`./src/tools/${d.name}/client.ts`, import.meta.url)))
    .map((d) => [`lazy/tool-${d.name}.js`, `src/tools/${d.name}/client.ts`]),
);

/**
 * Modules every tool page needs. Left out: the form for the pair's names and dates (PairFields), which the
 * feedback builder does not show; reading imports and reviewing them (transfer.ts, left-out.ts, compare.ts,
 * shared/review), which only Your data and the share page use; and managing and sharing a relationship, which loads
 * when its panel opens (lazy/manage.js).
 */
const isToolRuntime = (/** @type {string} */ id) =>
  /node_modules[\\/](preact|nanostores)[\\/]|src[\\/](lib[\\/](storage[\\/]|ids|dates|words)|tools[\\/](shared[\\/]|pair[\\/]|manifest))/.test(id) &&
  !/(transfer\.ts|left-out\.ts|PairFields\.tsx|ManageRelationship\.tsx)$|[\\/]shared[\\/](review|share)[\\/]|[\\/]lib[\\/]share[\\/]|[\\/]sync[\\/]compare\.ts$/.test(id);

export default defineConfig({
  // Canonical URLs and the sitemap need an absolute origin; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://goodmentoringguide.org',
  trailingSlash: 'always',
  // Last, so it sees the finished build: removes Astro's island runtime, which no page here loads.
  integrations: [mdx(), preact(), sitemap(), dropUnusedIslandRuntime()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    plugins: [
      fixedEntries({
        'lazy/search.js': 'src/scripts/search.ts',
        'lazy/highlight.js': 'src/scripts/highlight.ts',
        'lazy/update-notice.js': 'src/scripts/update-notice.ts',
        'lazy/manage.js': 'src/tools/shared/relationship/ManageRelationship.tsx',
        ...toolEntries,
      }),
    ],
    build: {
      // SOURCEMAP=1 npm run build: maps for finding what makes a bundle heavy (npx source-map-explorer).
      sourcemap: process.env.SOURCEMAP === '1',
      // NOMINIFY=1 npm run build: readable bundles, so a browser profile names the functions that take the time.
      minify: process.env.NOMINIFY !== '1',
      rolldownOptions: {
        output: {
          // One chunk for what every tool shares (Preact, nanostores, the storage layer, shared fields), instead
          // of many small ones: fewer requests, and gzip compresses one file better than seven.
          codeSplitting: {
            groups: [{ name: (id) => (isToolRuntime(id) ? 'tool-runtime' : null) }],
          },
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search index in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeScriptHash] },
    },
  },
});
