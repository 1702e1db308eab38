// Whole words for search. Pagefind answers a word it has not indexed with the pages that hold the word's longest
// indexed beginning (pagefind_core_search, find_word_extensions), so "WhatsApp" lists every page with "what".
// These pure helpers let search.ts tell such a stand-in apart from a real match.

/** A word as Pagefind compares it: lower case, letters and digits only ("What’s," is "whats"). */
export const normaliseWord = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The words of a query, normalised, empty ones dropped. */
export const queryWords = (query: string): string[] => query.split(/\s+/).map(normaliseWord).filter(Boolean);

/**
 * Whether a page holds the word typed, or a word that begins with it, at the places Pagefind matched.
 * `content` and `locations` are a result's data(): locations count the content's whitespace-separated words.
 */
export function holdsWordStarting(content: string, locations: number[], word: string): boolean {
  const words = content.split(/\s+/);
  return locations.some((at) => normaliseWord(words[at] ?? '').startsWith(word));
}
