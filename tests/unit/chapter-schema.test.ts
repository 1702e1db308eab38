// The frontmatter schema, and the build's report of a chapter that breaks it.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../src/lib/chapter-schema';

const valid = {
  title: 'Fostering accountability',
  description: 'Turn each meeting into written next actions with owners and dates, and follow through.',
  order: 6,
  kind: 'practice',
  practice: 5,
  tool: 'goals',
  references: ['locke-latham-2002'],
};

describe('chapterSchema', () => {
  it('accepts a complete practice chapter', () => {
    expect(chapterSchema.safeParse(valid).success).toBe(true);
  });

  it('accepts the first-week page, whose kind is "start"', () => {
    const start = { title: 'Start here: your first week', description: valid.description, order: 2, kind: 'start', references: [] };
    expect(chapterSchema.safeParse(start).success).toBe(true);
  });

  it('accepts a decimal order, so a new chapter can sit between two without renumbering them', () => {
    expect(chapterSchema.safeParse({ ...valid, order: 10.5 }).success).toBe(true);
  });

  const broken: [string, Record<string, unknown>, string][] = [
    ['a missing title', { title: undefined }, 'title'],
    ['a short description', { description: 'Too short.' }, 'description'],
    ['an order of zero', { order: 0 }, 'order'],
    ['an order that is not a number', { order: 'first' }, 'order'],
    ['an unknown kind', { kind: 'essay' }, 'kind'],
    ['a practice chapter without its practice number', { practice: undefined }, 'practice'],
    ['a practice number on a non-practice chapter', { kind: 'beyond' }, 'practice'],
    ['an unknown tool', { tool: 'survey' }, 'tool'],
    ['a reference that is not in the bibliography', { references: ['smith-2099'] }, 'references'],
    ['a field the schema does not know', { subtitle: 'extra' }, ''],
  ];
  it.each(broken)('rejects %s, naming the field', (_, change, field) => {
    const result = chapterSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    if (field) expect(paths.some((p) => p.startsWith(field))).toBe(true);
    else expect(result.error!.issues.map((i) => i.message).join(' ')).toMatch(/subtitle/);
  });
});

describe('a build with a broken chapter', () => {
  it('fails with a message naming the file and the field', { timeout: 120_000 }, async () => {
    const root = resolve('.');
    const dir = mkdtempSync(join(tmpdir(), 'gmg-schema-'));
    try {
      for (const entry of ['src', 'public', 'node_modules', 'package.json', 'astro.config.mjs', 'tsconfig.json']) {
        symlinkSync(join(root, entry), join(dir, entry));
      }
      cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
      writeFileSync(
        join(dir, 'content/guide/broken-chapter.mdx'),
        '---\ntitle: A broken chapter\ndescription: Short.\norder: 99\nkind: beyond\n---\n\nText.\n',
      );
      const run = promisify(execFile);
      const failure = await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
        cwd: dir,
      }).then(
        () => undefined,
        (error: { stdout: string; stderr: string }) => `${error.stdout}\n${error.stderr}`,
      );
      expect(failure, 'the build should have failed').toBeDefined();
      expect(failure).toMatch(/broken-chapter\.mdx/);
      expect(failure).toMatch(/description/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
