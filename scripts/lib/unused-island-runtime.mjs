// Astro emits its island runtime (the Preact renderer's client.*.js, and what only it loads) in case a page uses a
// client:* directive. No page here does: the worksheets mount through their own script (src/tools/shared/mount.ts).
// After the build, this removes that runtime from dist/_astro, but only the files nothing left in dist/ refers to.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Pure: which scripts in _astro/ to remove, given every text file of the build by its path relative to dist/ ("/"
 * separators). Starts from the unreferenced client.*.js files, then takes any script that only removed ones refer to.
 * @param {Map<string, string>} files
 * @returns {string[]} paths relative to dist/, in the order found
 */
export function unusedIslandRuntime(files) {
  const scripts = [...files.keys()].filter((p) => /^_astro\/[^/]+\.js$/.test(p));
  const name = (p) => p.slice('_astro/'.length);
  const removed = new Set();
  const referenced = (p) => [...files].some(([other, text]) => other !== p && !removed.has(other) && text.includes(name(p)));
  let candidates = scripts.filter((p) => /^client\./.test(name(p)));
  while (candidates.length) {
    const next = [];
    for (const p of candidates) {
      if (removed.has(p) || referenced(p)) continue;
      removed.add(p);
      next.push(...scripts.filter((s) => !removed.has(s) && files.get(p).includes(name(s))));
    }
    candidates = next;
  }
  return [...removed];
}

const textFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? textFiles(join(dir, d.name)) : /\.(html|m?js|css|json|webmanifest|xml|txt)$/.test(d.name) ? [join(dir, d.name)] : [],
  );

/** The integration: removes the unused island runtime once the site is built, and says what it removed. */
export default function dropUnusedIslandRuntime() {
  return {
    name: 'gmg-drop-unused-island-runtime',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = new Map(textFiles(root).map((f) => [relative(root, f).split(sep).join('/'), readFileSync(f, 'utf8')]));
        const unused = unusedIslandRuntime(files);
        for (const p of unused) for (const file of [p, `${p}.map`]) rmSync(join(root, file), { force: true });
        if (unused.length) logger.info(`Removed the unused island runtime: ${unused.join(', ')}`);
      },
    },
  };
}
