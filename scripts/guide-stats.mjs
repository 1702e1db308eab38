// Prints each chapter's word count and Flesch-Kincaid grade, and the guide's totals.
// Usage: node scripts/guide-stats.mjs [content/guide]   (Node >= 22.18 strips the types of prose.ts)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords, fleschKincaidGrade, mdxToPlainText } from '../src/lib/prose.ts';

const dir = process.argv[2] ?? 'content/guide';
const rows = readdirSync(dir)
  .filter((f) => /\.mdx?$/.test(f))
  .sort()
  .map((file) => {
    const text = mdxToPlainText(readFileSync(join(dir, file), 'utf8'));
    return { file, words: countWords(text), grade: fleschKincaidGrade(text), text };
  });
const all = rows.map((r) => r.text).join('\n');
for (const r of rows) console.log(`${r.file.padEnd(42)} ${String(r.words).padStart(6)} words  grade ${r.grade.toFixed(1)}`);
console.log(`${'whole guide'.padEnd(42)} ${String(countWords(all)).padStart(6)} words  grade ${fleschKincaidGrade(all).toFixed(1)}`);
