// npm run build, last step: writes dist/sw.js (see scripts/lib/service-worker.mjs).
import { buildServiceWorker } from './lib/service-worker.mjs';

const { count, size, warnings } = await buildServiceWorker();
for (const warning of warnings) console.warn(`Service worker: ${warning}`);
console.log(`Service worker: ${count} files precached, ${(size / 1024).toFixed(1)} KB.`);
