// Checks the built site against scripts/budget.json. Fails (exit 1) naming each page and limit it breaks.
import { readFileSync } from 'node:fs';
import { siteWeights } from './lib/site-weight.mjs';

const budget = JSON.parse(readFileSync(new URL('./budget.json', import.meta.url), 'utf8'));
const siteOrigin = new URL(process.env.SITE_URL ?? 'https://goodmentoringguide.org').origin;
const pages = siteWeights('dist', siteOrigin);
if (pages.length === 0) {
  console.error('No pages in dist/: run npm run build first.');
  process.exit(1);
}

const failures = [];
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
for (const p of pages) {
  if (p.kind === 'prose') {
    if (p.jsBeforeInteraction.gzip > budget.prosePage.jsBeforeInteraction)
      failures.push(`${p.url}: JavaScript before interaction ${kb(p.jsBeforeInteraction.gzip)} > ${kb(budget.prosePage.jsBeforeInteraction)}`);
    if (p.html.gzip + p.css.gzip > budget.prosePage.htmlPlusCss)
      failures.push(`${p.url}: HTML + CSS ${kb(p.html.gzip + p.css.gzip)} > ${kb(budget.prosePage.htmlPlusCss)}`);
  } else {
    const limit = budget.pages?.[p.url]?.jsTotal ?? budget.toolPage.jsTotal;
    if (p.jsBeforeInteraction.gzip > limit) failures.push(`${p.url}: tool page JavaScript ${kb(p.jsBeforeInteraction.gzip)} > ${kb(limit)}`);
  }
  if (p.externalReferences.length > budget.externalReferences)
    failures.push(`${p.url}: loads from outside the site: ${p.externalReferences.join(', ')}`);
}

const worst = (kind, pick) => Math.max(0, ...pages.filter((p) => p.kind === kind && !budget.pages?.[p.url]).map(pick));
console.log(
  `Budget: ${pages.length} pages. Largest prose page: JS ${kb(worst('prose', (p) => p.jsBeforeInteraction.gzip))}, ` +
    `HTML+CSS ${kb(worst('prose', (p) => p.html.gzip + p.css.gzip))}; largest tool page JS ${kb(worst('tool', (p) => p.jsBeforeInteraction.gzip))} (gzip).`,
);
if (process.argv.includes('--verbose')) {
  for (const p of pages.filter((p) => p.kind === 'tool')) {
    console.log(`${p.url}: inline ${p.inlineJsGzip} B + ${p.jsFiles.map((f) => `${f.path} ${f.gzip} B`).join(', ')}`);
  }
}
if (failures.length) {
  console.error(`Over budget (scripts/budget.json):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('Within budget.');
