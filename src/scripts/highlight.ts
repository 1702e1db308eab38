// On a page opened from a search result (its address carries ?highlight=…): marks the words searched for with
// Pagefind's highlighter, then brings the first mark in the matched section into view. Loaded by site.ts only on
// such visits, so other visits cost nothing.
interface HighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: {
    className: string;
    exclude: string[];
    ignorePunctuation: string[];
    accuracy: { value: 'complementary'; limiters: string[] };
  };
}

export async function highlight(highlightParam: string): Promise<void> {
  // Written by `pagefind --site dist` after the Astro build, so Vite must not resolve this path.
  const url = '/pagefind/pagefind-highlight.js';
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as {
    default: new (options: HighlightOptions) => unknown;
  };
  new PagefindHighlight({
    highlightParam,
    // Its own styles come as an inline <style>, which the content security policy refuses; base.css styles <mark>.
    addStyles: false,
    markOptions: {
      className: 'pagefind-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
      // Pagefind searches "goal-setting" as "goalsetting"; the mark must still find the hyphenated word.
      ignorePunctuation: [...'-‐–—’\''],
      // Whole words: a search for "action" marks "actions", not "action" and a stray "s".
      accuracy: { value: 'complementary', limiters: [...'.,;:!?()[]“”"'] },
    },
  });
  const marks = [...document.querySelectorAll('mark.pagefind-highlight')];
  const section = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const first = section
    ? marks.find((mark) => section.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING)
    : marks[0];
  first?.scrollIntoView({ block: 'center' });
}
