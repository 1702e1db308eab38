// Prints each chapter's word count, its Flesch-Kincaid grade, and the grade of its prose paragraphs alone
// (headings, list items, dialogue and components left out), then the guide's totals.
// Usage: node scripts/guide-stats.mjs [content/guide]   (Node >= 22.18 strips the types of prose.ts)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords, fleschKincaidGrade, mdxToPlainText, paragraphGrade, proseParagraphs } from '../src/lib/prose.ts';

const dir = process.argv[2] ?? 'content/guide';
const rows = readdirSync(dir)
  .filter((f) => /\.mdx?$/.test(f))
  .sort()
  .map((file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const text = mdxToPlainText(source);
    const paragraphs = proseParagraphs(source);
    return { file, words: countWords(text), grade: fleschKincaidGrade(text), paragraphs, pGrade: paragraphGrade(source), text };
  });
const all = rows.map((r) => r.text).join('\n');
const allParagraphs = rows.flatMap((r) => r.paragraphs).join('\n');
const line = (name, words, grade, pGrade, n) =>
  `${name.padEnd(42)} ${String(words).padStart(6)} words  grade ${grade.toFixed(1).padStart(4)}  paragraphs ${String(n).padStart(3)} at grade ${pGrade.toFixed(1)}`;
for (const r of rows) console.log(line(r.file, r.words, r.grade, r.pGrade, r.paragraphs.length));
console.log(line('whole guide', countWords(all), fleschKincaidGrade(all), fleschKincaidGrade(allParagraphs), rows.reduce((n, r) => n + r.paragraphs.length, 0)));
