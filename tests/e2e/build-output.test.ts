// What the build leaves in dist/: no script that no page loads. Reads the built files; no browser needed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));

describe('the build', () => {
  // Issue 16: Astro's island runtime (client.*.js) shipped in dist/_astro although no page loads it.
  it('ships no Astro island runtime (client.*.js) in dist/_astro', () => {
    expect(readdirSync('dist/_astro').filter((name) => /^client\./.test(name))).toEqual([]);
  });

  it('ships only scripts that a page or another script refers to', () => {
    const texts = files('dist')
      .filter((f) => /\.(html|js|mjs)$/.test(f) && !f.startsWith(join('dist', 'pagefind')))
      .map((f) => [f, readFileSync(f, 'utf8')] as const);
    const scripts = readdirSync('dist/_astro').filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const unreferenced = scripts.filter((name) => !texts.some(([f, text]) => f !== join('dist', '_astro', name) && text.includes(name)));
    expect(unreferenced).toEqual([]);
  });
});
