// The chapters as their source files describe them, so tests compare the site with the content, not with itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface SourceChapter {
  id: string;
  title: string;
  order: number;
  kind: string;
  body: string;
  data: Record<string, unknown>;
}

export function sourceChapters(dir = 'content/guide'): SourceChapter[] {
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file} has no frontmatter`);
      const data = parse(match[1] ?? '') as Record<string, unknown>;
      return {
        id: file.replace(/\.mdx?$/, ''),
        title: String(data.title),
        order: Number(data.order),
        kind: String(data.kind),
        body: match[2] ?? '',
        data,
      };
    })
    .sort((a, b) => a.order - b.order);
}
