// npm run bench: build time (median of 3), and for a prose page and each tool page the requests, bytes and
// Lighthouse mobile scores; what the service worker precaches and how long a first visit takes to be ready
// offline; and large data (opening and typing at ten times a heavy plan, and an import past the limits refused).
// Prints a table and writes bench/results/<date>.json and latest.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { gzipSize } from './lib/site-weight.mjs';
import { precachedFiles } from './lib/service-worker.mjs';
import { largeCases, measureCase, measureRefusal } from './lib/large-data.mjs';
import { CHROME, FLAGS } from './lib/chromium.mjs';

// Chapters with and without a tool, the home page, the tools index, each tool page, Your data and the share page.
const PAGES = [
  '/guide/accountability/', '/', '/guide/start-here/', '/tools/', '/tools/goals/', '/tools/feedback/', '/tools/agreement/', '/tools/meetings/',
  '/tools/checkin/', '/tools/standing/', '/guide/professional-boundaries/', '/your-data/', '/share/',
];

const freePort = () => new Promise((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => ok(port));
  });
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;

// 1. Build three times; canonical URLs point at the bench server so Lighthouse sees a consistent site.
const buildTimes = [];
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  const run = spawnSync('npm', ['run', 'build', '--silent'], { env: { ...process.env, SITE_URL: origin }, stdio: 'ignore' });
  if (run.status !== 0) throw new Error('npm run build failed; run it alone to see why');
  buildTimes.push((performance.now() - start) / 1000);
}

const server = await startStaticServer({ root: 'dist', host: '127.0.0.1', port });

// 2. Requests and bytes, as a browser loads each page before any interaction.
const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
const pages = [];
for (const path of PAGES.filter((p) => existsSync(join('dist', p, 'index.html')))) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const seen = [];
  page.on('response', (r) => seen.push({ url: r.url(), type: r.request().resourceType() }));
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  const bytes = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
  for (const { url, type } of seen) {
    let pathname = new URL(url).pathname;
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = join('dist', pathname);
    if (!existsSync(file)) continue;
    const text = readFileSync(file);
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
    bytes[kind].raw += text.length;
    bytes[kind].gzip += gzipSize(text);
  }
  // Inline scripts are JavaScript too, though they arrive inside the HTML.
  const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    // JSON data blocks are content, not code: they count as HTML.
    if (!m[2] || /type="application\/json"/.test(m[1] ?? '')) continue;
    bytes.js.raw += Buffer.byteLength(m[2]);
    bytes.js.gzip += gzipSize(m[2]);
  }
  pages.push({ path, requests: seen.length, bytes });
  await page.close();
}

// 3. Offline: what the worker precaches (raw, and gzip where the server compresses), and the time from a first
// visit's navigation to the worker controlling the page, which it does only once everything is precached.
const precache = await precachedFiles({ dir: 'dist' });
const wireBytes = precache.files.reduce((sum, file) => {
  const bytes = readFileSync(join('dist', file));
  return sum + (/\.(html|css|js|json|webmanifest|svg)$/.test(file) ? gzipSize(bytes) : bytes.length);
}, 0);
const readyRuns = [];
for (let i = 0; i < 3; i++) {
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.goto(`${origin}${PAGES[0]}`);
  readyRuns.push(await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
    return performance.now();
  }));
  await context.close();
}
const offline = {
  precache: { files: precache.files.length, rawBytes: precache.size, gzipBytes: wireBytes },
  readyOfflineMs: { median: median(readyRuns), runs: readyRuns },
};
// 3b. Large data (issue 16): opening and typing at ten times a heavy real use, and an import far past it refused.
const large = { cases: [], refusal: null };
for (const c of largeCases) large.cases.push(await measureCase(browser, origin, c));
large.refusal = await measureRefusal(browser, origin);
await browser.close();

// 4. Lighthouse, mobile (its default), if it can run here.
let lighthouseNote = '';
try {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  for (const entry of pages) {
    const chrome = await launch({ chromePath: CHROME, chromeFlags: FLAGS });
    try {
      const result = await lighthouse(`${origin}${entry.path}`, {
        port: chrome.port, output: 'json', logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result.lhr;
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const metric = (id) => lhr.audits[id]?.numericValue ?? null;
      entry.lighthouse = {
        performance: score('performance'), accessibility: score('accessibility'),
        bestPractices: score('best-practices'), seo: score('seo'),
        fcpMs: metric('first-contentful-paint'), lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'), cls: metric('cumulative-layout-shift'),
        failing: Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable').map((a) => a.id),
      };
    } finally {
      chrome.kill();
    }
  }
} catch (error) {
  lighthouseNote = `Lighthouse could not run (${error.message.split('\n')[0]}). Install Chromium or set CHROME_PATH, then run npm run bench again.`;
}
await server.close();

// 5. Report.
const kb = (n) => (n / 1024).toFixed(1);
const rows = pages.map((p) => [
  p.path, String(p.requests),
  `${kb(p.bytes.html.raw)}/${kb(p.bytes.html.gzip)}`, `${kb(p.bytes.css.raw)}/${kb(p.bytes.css.gzip)}`, `${kb(p.bytes.js.raw)}/${kb(p.bytes.js.gzip)}`,
  p.lighthouse ? `${p.lighthouse.performance}/${p.lighthouse.accessibility}/${p.lighthouse.bestPractices}/${p.lighthouse.seo}` : 'n/a',
  p.lighthouse ? `${Math.round(p.lighthouse.fcpMs)}/${Math.round(p.lighthouse.lcpMs)}/${Math.round(p.lighthouse.tbtMs)}/${p.lighthouse.cls.toFixed(3)}` : 'n/a',
]);
const header = ['page', 'requests', 'HTML KB raw/gz', 'CSS KB raw/gz', 'JS KB raw/gz', 'LH perf/a11y/bp/seo', 'FCP/LCP/TBT ms, CLS'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\nBuild time, median of 3: ${median(buildTimes).toFixed(2)} s (runs: ${buildTimes.map((t) => t.toFixed(2)).join(', ')} s)\n`);
console.log(line(header));
console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const r of rows) console.log(line(r));
console.log(
  `\nOffline: ${offline.precache.files} files precached, ${kb(offline.precache.rawBytes)} KB raw / ${kb(offline.precache.gzipBytes)} KB as served; ` +
    `ready offline ${Math.round(offline.readyOfflineMs.median)} ms after a first visit to ${PAGES[0]} (median of 3: ${readyRuns.map(Math.round).join(', ')} ms)`,
);
console.log('\nLarge data (keystroke: the input event to the render and layout it causes, median and worst of 20; the browser\'s own edit of the field, in a bare textarea, for scale):');
for (const c of large.cases) console.log(`- ${c.name}: opens in ${c.openMs} ms${c.cardMs === null ? '' : `, a goal's card in ${c.cardMs} ms`}; keystroke ${c.keystrokeMs.median.toFixed(1)} ms median, ${c.keystrokeMs.max.toFixed(1)} ms worst; the browser's own edit ${c.floorMs.toFixed(1)} ms`);
console.log(`- an import of 10,000 goals (${kb(large.refusal.bytes)} KB) refused in ${large.refusal.ms} ms: "${large.refusal.message}"`);
if (lighthouseNote) console.log(`\n${lighthouseNote}`);
for (const p of pages) if (p.lighthouse?.failing.length) console.log(`${p.path}: audits below 1: ${p.lighthouse.failing.join(', ')}`);

const results = { date: new Date().toISOString(), node: process.version, buildSeconds: { median: median(buildTimes), runs: buildTimes }, pages, offline, large, lighthouseNote: lighthouseNote || undefined };
mkdirSync('bench/results', { recursive: true });
const stamp = results.date.slice(0, 19).replace(/[:T]/g, '-');
writeFileSync(`bench/results/${stamp}.json`, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWritten to bench/results/${stamp}.json`);
