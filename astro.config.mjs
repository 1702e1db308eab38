// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

// The theme script must run inline before first paint (no flash of the wrong theme). Astro's CSP does not
// hash inline scripts, so the hash is computed here from the very file BaseHead inlines.
const themeScript = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const themeScriptHash = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;

/**
 * Emits a script as its own entry at a fixed URL, for pages to import() only when needed. Not under _astro/, whose files are cached as immutable, since this name carries no hash. A plain dynamic
 * import would pull Vite's preload helper (about 1 KB) into every prose page's up-front script.
 * @param {string} source  @param {string} fileName
 * @returns {import('vite').Plugin}
 */
function lazyEntry(source, fileName) {
  return {
    name: 'gmg-lazy-entry',
    apply: 'build',
    buildStart() {
      if (this.environment?.name === 'client') this.emitFile({ type: 'chunk', id: source, fileName });
    },
  };
}

/**
 * Modules every tool page needs. Left out: the form for the pair's names and dates (PairFields), which the
 * feedback builder does not show, and the import/export code (transfer.ts), which only "Your data" uses.
 */
const isToolRuntime = (/** @type {string} */ id) =>
  /node_modules[\\/](preact|nanostores)[\\/]|src[\\/](lib[\\/]storage|tools[\\/](shared|pair))[\\/]/.test(id) &&
  !/(transfer\.ts|PairFields\.tsx)$/.test(id);

export default defineConfig({
  // Canonical URLs and the sitemap need an absolute origin; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://goodmentoringguide.org',
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    plugins: [
      lazyEntry('src/scripts/search.ts', 'lazy/search.js'),
      lazyEntry('src/scripts/update-notice.ts', 'lazy/update-notice.js'),
    ],
    build: {
      // SOURCEMAP=1 npm run build: maps for finding what makes a bundle heavy (npx source-map-explorer).
      sourcemap: process.env.SOURCEMAP === '1',
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
