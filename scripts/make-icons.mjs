// Renders the PNG icons and the social preview image from public/favicon.svg with Chromium.
// Run once after changing the logo: node scripts/make-icons.mjs (the outputs are committed).
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();

async function render(html, width, height, out) {
  await page.setViewportSize({ width, height });
  await page.setContent(`<style>html,body{margin:0}</style>${html}`);
  writeFileSync(out, await page.screenshot({ omitBackground: true }));
}
const icon = (size) => svg.replace('<svg ', `<svg width="${size}" height="${size}" `);

for (const [size, name] of [[32, 'icon-32'], [180, 'apple-touch-icon'], [192, 'icon-192'], [512, 'icon-512']]) {
  await render(icon(size), size, size, `public/icons/${name}.png`);
}
// Maskable: the mark inside the safe zone, on a full-bleed background.
await render(
  `<div style="width:512px;height:512px;background:#0c6b5b;display:grid;place-items:center">${icon(340)}</div>`,
  512, 512, 'public/icons/icon-maskable-512.png',
);
await render(
  `<div style="width:1200px;height:630px;background:#0c6b5b;display:flex;align-items:center;gap:60px;padding:0 90px;box-sizing:border-box;font:700 72px/1.15 system-ui,sans-serif;color:#fff">${icon(280)}<div>The Good<br>Mentoring Guide<div style="font-weight:400;font-size:36px;margin-top:24px;color:#d8f5ee">Practical, private, evidence-based</div></div></div>`,
  1200, 630, 'public/og-image.png',
);
await browser.close();
console.log('icons written to public/icons and public/og-image.png');
