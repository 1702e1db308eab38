// The second edition's five new chapters share one structure (beyondSections), a length range, an exchange in
// which both roles speak, and the guide's readability range.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { beyondSections } from '../../src/lib/chapter-schema';
import { countWords, mdxToPlainText, paragraphGrade } from '../../src/lib/prose';

const newSlugs = [
  'when-mentoring-goes-wrong',
  'mentoring-networks',
  'for-programme-coordinators',
  'understanding-and-independence',
  'looking-after-yourself',
];

const path = (slug: string) => `content/guide/${slug}.mdx`;
const present = newSlugs.filter((slug) => existsSync(path(slug)));
const h2s = (source: string) => [...source.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
const body = (source: string) => source.replace(/^---\n[\s\S]*?\n---\n/, '');

it('has all five chapters of the second edition', () => {
  for (const slug of newSlugs) expect(present, slug).toContain(slug);
});

describe.each(present.map((slug) => [slug, readFileSync(path(slug), 'utf8')] as const))('new chapter %s', (_, source) => {
  it('is a "beyond" chapter', () => {
    expect(source).toMatch(/^---\n[\s\S]*?\nkind: beyond\n[\s\S]*?\n---\n/);
  });
  it('has the shared sections in order, ending with a checklist', () => {
    expect(h2s(body(source))).toEqual([...beyondSections]);
    expect(source).toMatch(/## Checklist\s+<Checklist>/);
  });
  it('runs 900 to 1,800 words', () => {
    const n = countWords(mdxToPlainText(source));
    expect(n).toBeGreaterThanOrEqual(900);
    expect(n).toBeLessThanOrEqual(1800);
  });
  it('has an exchange in which both the mentor and the mentee speak', () => {
    const exchanges = [...source.matchAll(/<Exchange\b[\s\S]*?<\/Exchange>/g)].map((m) => m[0]);
    const bothSpeak = exchanges.some((e) => e.includes('<Say who="mentor"') && e.includes('<Say who="mentee"'));
    expect(bothSpeak).toBe(true);
  });
  it('reads at grade 7 to 9 in its running paragraphs', () => {
    const grade = paragraphGrade(source);
    expect(grade).toBeGreaterThanOrEqual(7);
    expect(grade).toBeLessThanOrEqual(9);
  });
});
