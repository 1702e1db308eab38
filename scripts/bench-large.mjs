// npm run bench:large: the large-data part of npm run bench alone, against the last build (dist/).
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { largeCases, measureCase, measureRefusal } from './lib/large-data.mjs';
import { CHROME, FLAGS } from './lib/chromium.mjs';

const server = await startStaticServer({ root: 'dist', host: '127.0.0.1', port: 0 });
const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
for (const c of largeCases) console.log(JSON.stringify(await measureCase(browser, server.url, c)));
console.log(JSON.stringify(await measureRefusal(browser, server.url)));
await browser.close();
await server.close();
