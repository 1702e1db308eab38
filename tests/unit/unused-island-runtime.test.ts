// The post-build step that removes Astro's unused island runtime (issue 16): only files nothing left refers to.
import { describe, expect, it } from 'vitest';
import { unusedIslandRuntime } from '../../scripts/lib/unused-island-runtime.mjs';

const page = (...scripts: string[]) => scripts.map((s) => `<script type="module" src="/_astro/${s}"></script>`).join('');

describe('unusedIslandRuntime', () => {
  it('removes client.*.js and what only it loads, and keeps what pages and kept scripts load', () => {
    const files = new Map([
      ['index.html', page('GoalsIsland.a1.js')],
      ['_astro/GoalsIsland.a1.js', 'import"./tool-runtime.b2.js"'],
      ['_astro/tool-runtime.b2.js', 'export const x=1;import("./lazy.c3.js")'],
      ['_astro/lazy.c3.js', 'export{}'],
      ['_astro/client.d4.js', 'import"./tool-runtime.b2.js";import("./signals.module.e5.js")'],
      ['_astro/signals.module.e5.js', 'import"./tool-runtime.b2.js"'],
    ]);
    expect(unusedIslandRuntime(files)).toEqual(['_astro/client.d4.js', '_astro/signals.module.e5.js']);
  });

  it('keeps a client.*.js that a page loads, and a script that something kept still refers to', () => {
    const files = new Map([
      ['a/index.html', page('client.d4.js')],
      ['_astro/client.d4.js', 'import"./shared.f6.js"'],
      ['_astro/shared.f6.js', 'export{}'],
    ]);
    expect(unusedIslandRuntime(files)).toEqual([]);
    files.set('a/index.html', page('Other.g7.js'));
    files.set('_astro/Other.g7.js', 'import"./shared.f6.js"');
    expect(unusedIslandRuntime(files)).toEqual(['_astro/client.d4.js']);
  });

  it('removes nothing when there is no island runtime', () => {
    expect(unusedIslandRuntime(new Map([['index.html', page('x.js')], ['_astro/x.js', '']]))).toEqual([]);
  });
});
