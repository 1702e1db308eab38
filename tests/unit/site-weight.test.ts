// The budget's reading of built pages: module graphs and outside references.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalReferences, pageWeight, staticImports } from '../../scripts/lib/site-weight.mjs';

describe('staticImports', () => {
  it('finds static imports and re-exports, not dynamic import()', () => {
    const code = `import{a as e}from"./preact.js";import"./side.js";export{b}from'./b.js';const x=()=>import("./lazy.js");`;
    expect(staticImports(code).sort()).toEqual(['./b.js', './preact.js', './side.js']);
  });
});

describe('externalReferences', () => {
  it('flags outside scripts, styles, fonts and images, not links or own-site metadata', () => {
    const html = `
      <link rel="canonical" href="https://site.org/a/"><meta property="og:image" content="https://site.org/og.png">
      <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Inter">
      <script src="https://cdn.example.com/x.js"></script><img src="//images.example.com/a.png">
      <a href="https://www.mentoring.org/">MENTOR</a><img src="/icons/a.png">`;
    const css = `@font-face{src:url(https://fonts.gstatic.com/a.woff2)} .a{background:url(/local.png)}`;
    expect(externalReferences(html, css, 'https://site.org')).toEqual([
      'https://fonts.googleapis.com/css?family=Inter',
      'https://cdn.example.com/x.js',
      '//images.example.com/a.png',
      'https://fonts.gstatic.com/a.woff2',
    ]);
  });
});

describe('pageWeight', () => {
  it('counts inline and module scripts with their imports as JavaScript before interaction, and islands make a tool page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gmg-weight-'));
    mkdirSync(join(dir, '_astro'));
    writeFileSync(join(dir, '_astro/entry.js'), 'import"./dep.js";console.log(1)');
    writeFileSync(join(dir, '_astro/dep.js'), 'console.log(2)');
    writeFileSync(join(dir, '_astro/island.js'), 'import"./dep.js";export const C=1');
    writeFileSync(join(dir, '_astro/a.css'), 'body{color:red}');
    writeFileSync(join(dir, 'prose.html'), '<link rel="stylesheet" href="/_astro/a.css"><script>var t=1</script><script type="module" src="/_astro/entry.js"></script>');
    writeFileSync(join(dir, 'tool.html'), '<astro-island component-url="/_astro/island.js" renderer-url="/_astro/dep.js"></astro-island>');
    const prose = pageWeight(dir, join(dir, 'prose.html'));
    expect(prose.kind).toBe('prose');
    expect(prose.jsBeforeInteraction.files).toBe(2);
    expect(prose.jsBeforeInteraction.raw).toBe('var t=1'.length + 'import"./dep.js";console.log(1)'.length + 'console.log(2)'.length);
    expect(prose.css.raw).toBe('body{color:red}'.length);
    const tool = pageWeight(dir, join(dir, 'tool.html'));
    expect(tool.kind).toBe('tool');
    expect(tool.jsBeforeInteraction.files).toBe(2);
  });
});
