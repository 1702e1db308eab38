// What each built page costs: its HTML, CSS and JavaScript (raw and gzip) and anything it loads from elsewhere.
// Reads dist/ as files; nothing here runs a browser. Shared by the budget check and the benchmark.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipSize = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** Every .html file under dir, as [urlPath, filePath]; pagefind and _astro are not pages. */
export function htmlPages(dir) {
  const pages = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (!['pagefind', '_astro', 'lazy'].includes(name)) walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, path).split(sep).join('/');
        const url = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -10)}` : `/${rel}`;
        pages.push([url, path]);
      }
    }
  };
  walk(dir);
  return pages.sort(([a], [b]) => a.localeCompare(b));
}

const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];

/** Static imports of an ES module (not dynamic import()), as written in the file. */
export function staticImports(code) {
  const found = new Set();
  const re = /(?:^|[;}\n])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  let m;
  while ((m = re.exec(code))) found.add(m[1]);
  // export ... from "./x.js" also loads x.js
  const reExport = /(?:^|[;}\n])\s*export\s*[\w$*{}\s,]*?\s*from\s*["']([^"']+)["']/g;
  while ((m = reExport.exec(code))) found.add(m[1]);
  return [...found];
}

/** A module and everything it statically imports, as site paths. */
function moduleGraph(dir, sitePath, seen = new Set()) {
  if (seen.has(sitePath) || !sitePath.startsWith('/')) return seen;
  seen.add(sitePath);
  let code = '';
  try {
    code = readFileSync(join(dir, sitePath), 'utf8');
  } catch {
    return seen;
  }
  for (const spec of staticImports(code)) {
    if (/^https?:/.test(spec)) continue;
    const next = spec.startsWith('/') ? spec : new URL(spec, `http://x${sitePath}`).pathname;
    moduleGraph(dir, next, seen);
  }
  return seen;
}

/** Absolute URLs a page would load (not links people may follow), other than the site's own origin. */
export function externalReferences(html, css, siteOrigin) {
  const refs = [];
  const own = (url) => siteOrigin && url.startsWith(siteOrigin);
  for (const tag of html.match(/<(script|link|img|source|iframe|video|audio|embed|object|track|image|use)\b[^>]*>/gi) ?? []) {
    const name = tag.slice(1).split(/[\s>]/)[0].toLowerCase();
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    if (name === 'link' && ['canonical', 'alternate', 'sitemap'].includes(rel)) continue;
    for (const a of ['src', 'href', 'srcset', 'data', 'poster', 'xlink:href']) {
      const value = attr(tag, a);
      if (value && /^(https?:)?\/\//i.test(value) && !own(value)) refs.push(value);
    }
  }
  for (const m of css.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')\s]+)/gi)) if (!own(m[1])) refs.push(m[1]);
  for (const m of css.matchAll(/@import\s+["']((?:https?:)?\/\/[^"']+)/gi)) if (!own(m[1])) refs.push(m[1]);
  return refs;
}

/** The weight of one built page. */
export function pageWeight(dir, filePath, siteOrigin) {
  const html = readFileSync(filePath, 'utf8');
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/gi)].map((m) => attr(m[0], 'href')).filter(Boolean);
  // Only the site's own stylesheets are read; one from elsewhere is reported as an outside reference below.
  const css = styles.filter((href) => href.startsWith('/') && !href.startsWith('//')).map((href) => readFileSync(join(dir, href), 'utf8'));
  const inlineScripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\ssrc=/.test(m[1] ?? '') && !/type="application\/(ld\+)?json"/.test(m[1] ?? ''))
    .map((m) => m[2]);
  const entryModules = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/gi)].map((m) => m[1]);
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/gi)].map((m) => m[0]);
  const islandModules = islands.flatMap((tag) => [attr(tag, 'component-url'), attr(tag, 'renderer-url'), attr(tag, 'before-hydration-url')]).filter(Boolean);
  const upfront = new Set();
  for (const m of entryModules) moduleGraph(dir, m, upfront);
  const hydration = new Set();
  for (const m of islandModules) moduleGraph(dir, m, hydration);
  for (const m of upfront) hydration.delete(m);
  const size = (paths) => [...paths].reduce((sum, p) => {
    const text = readFileSync(join(dir, p), 'utf8');
    return { raw: sum.raw + Buffer.byteLength(text), gzip: sum.gzip + gzipSize(text) };
  }, { raw: 0, gzip: 0 });
  const inline = inlineScripts.reduce((s, t) => ({ raw: s.raw + Buffer.byteLength(t), gzip: s.gzip + gzipSize(t) }), { raw: 0, gzip: 0 });
  const up = size(upfront);
  const hyd = size(hydration);
  return {
    // A page is a tool page when it holds an island (Astro's, or a tool's own placeholder).
    kind: islands.length > 0 || /\sdata-tool-root=/.test(html) ? 'tool' : 'prose',
    html: { raw: Buffer.byteLength(html), gzip: gzipSize(html) },
    css: { raw: css.reduce((s, t) => s + Buffer.byteLength(t), 0), gzip: css.reduce((s, t) => s + gzipSize(t), 0), files: styles.length },
    // Inline scripts are part of the HTML's bytes too; they are counted here as JavaScript as well.
    jsBeforeInteraction: { raw: inline.raw + up.raw + hyd.raw, gzip: inline.gzip + up.gzip + hyd.gzip, files: upfront.size + hydration.size },
    jsFiles: [...upfront, ...hydration].map((p) => ({ path: p, gzip: gzipSize(readFileSync(join(dir, p), 'utf8')) })),
    inlineJsGzip: inline.gzip,
    externalReferences: externalReferences(html, css.join('\n'), siteOrigin),
  };
}

export function siteWeights(dir = 'dist', siteOrigin) {
  return htmlPages(dir).map(([url, path]) => ({ url, ...pageWeight(dir, path, siteOrigin) }));
}

export const projectRoot = join(dirname(new URL(import.meta.url).pathname), '..', '..');
