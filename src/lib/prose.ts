/** Plain-text views of a chapter's MDX source, for word counts and readability. Pure: no file access. */

/** The MDX body as plain prose: no frontmatter, imports, tags, markdown syntax or link targets. */
export function mdxToPlainText(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+\.|>)\s+/gm, '')
    .replace(/[*_`|]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Words as a reader counts them: runs of letters or digits, with inner apostrophes and hyphens. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

export function countWords(text: string): number {
  return words(text).length;
}

/** Sentences end at . ! ? or a line break between blocks; list items and headings count as sentences. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

/** Syllables by the usual vowel-group heuristic, good enough for a readability grade. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Flesch-Kincaid grade level: 0.39 (words/sentences) + 11.8 (syllables/words) - 15.59. */
export function fleschKincaidGrade(text: string): number {
  const all = words(text);
  const sentenceCount = sentences(text).length;
  if (all.length === 0 || sentenceCount === 0) return 0;
  const syllables = all.reduce((sum, w) => sum + countSyllables(w), 0);
  return 0.39 * (all.length / sentenceCount) + 11.8 * (syllables / all.length) - 15.59;
}

/**
 * The chapter's running prose: blocks of text between blank lines that are not headings, list items, tables,
 * quotes, component tags or dialogue lines. Readability is judged on these, because short list items and
 * headings would otherwise count as sentences and pull the grade down.
 */
export function proseParagraphs(source: string): string[] {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !/^(#{1,6}\s|[-*+]\s|\d+\.\s|>|\||<|import\s|export\s|\{)/.test(block))
    .map((block) => mdxToPlainText(block).replace(/\s*\n\s*/g, ' '))
    .filter((text) => countWords(text) >= 12);
}

/** Flesch-Kincaid grade of the running prose alone (see proseParagraphs). */
export function paragraphGrade(source: string): number {
  return fleschKincaidGrade(proseParagraphs(source).join('\n'));
}
