// Search over the guide with Pagefind, loaded on first open. Results are built as DOM nodes, never as HTML strings.
// A word must be found as itself (or as the start of a longer word), and a result opens its page at the section
// that matched best, with the words highlighted there (see highlight.ts).
import { holdsWordStarting, queryWords } from './search-words';

interface SubResult {
  url: string;
  weighted_locations: { balanced_score: number }[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  content: string;
  locations: number[];
  sub_results?: SubResult[];
}
interface PagefindResult {
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 8;
let pagefind: Promise<Pagefind> | undefined;
let started = false;

/** Loads Pagefind; its result links carry the words searched for in `highlightParam`, for highlight.ts. */
function loadPagefind(highlightParam: string): Promise<Pagefind> {
  // The index is written by `pagefind --site dist` after the Astro build, so Vite must not resolve this path.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.options({ highlightParam });
    await module.init();
    return module;
  });
  return pagefind;
}

const standIns = new Map<string, Promise<boolean>>();

/**
 * True when Pagefind found a word only through a stand-in (see search-words.ts): the word is not in the index
 * (an exact search misses it), and the best page it found holds no word that starts with it.
 */
function foundOnlyByStandIn(search: Pagefind, word: string): Promise<boolean> {
  let answer = standIns.get(word);
  if (!answer) {
    answer = (async () => {
      if ((await search.search(`"${word}"`)).results.length > 0) return false;
      const best = await (await search.search(word)).results[0]?.data();
      return best !== undefined && !holdsWordStarting(best.content, best.locations, word);
    })();
    standIns.set(word, answer);
  }
  return answer;
}

/** The part of the page that matched best (its heading's anchor), or the page itself. */
function bestUrl(data: ResultData): string {
  const score = (s: SubResult) => s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  const best = [...(data.sub_results ?? [])].sort((a, b) => score(b) - score(a))[0];
  return best?.url ?? data.url;
}

/** Pagefind excerpts are escaped text with <mark> around hits; turn them into text nodes and <mark> elements. */
export function excerptNodes(excerpt: string): Node[] {
  const decode = (s: string) =>
    s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) =>
      ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? '',
    );
  return excerpt.split(/(<mark>[^<]*<\/mark>)/).map((part) => {
    const hit = /^<mark>([^<]*)<\/mark>$/.exec(part);
    if (!hit) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(hit[1] ?? '');
    return mark;
  });
}

function renderResult(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = bestUrl(data);
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(link, excerpt);
  return item;
}

export function start(dialog: HTMLDialogElement, highlightParam: string): void {
  const input = dialog.querySelector<HTMLInputElement>('#search-input');
  const status = dialog.querySelector<HTMLElement>('#search-status');
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]');
  if (!input || !status || !list) return;
  input.focus();
  if (started) return;
  started = true;

  loadPagefind(highlightParam).catch(() => {
    status.textContent = navigator.onLine
      ? 'Search could not load. Check your connection and try again.'
      : (status.dataset.offline ?? '');
  });

  const run = async () => {
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await loadPagefind(highlightParam);
    const found = await search.debouncedSearch(query, {}, 200);
    if (!found) return; // a newer query superseded this one
    const standIn = found.results.length > 0 && (await Promise.all(queryWords(query).map((w) => foundOnlyByStandIn(search, w)))).some(Boolean);
    if (input.value.trim() !== query) return; // typed on while the words were checked
    const results = standIn ? [] : found.results;
    const top = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...top.map(renderResult));
    const n = results.length;
    status.textContent =
      n === 0 ? `No results for “${query}”.` : `${n} ${n === 1 ? 'result' : 'results'} for “${query}”.`;
  };
  input.addEventListener('input', run);
  // Whatever was typed while this script was loading is searched now.
  if (input.value.trim()) void run();

  // Arrow keys move between the field and the results; Tab works as usual.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('a')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const to = event.key === 'ArrowDown' ? at + 1 : at - 1;
    event.preventDefault();
    if (to < 0) input.focus();
    else links[Math.min(to, links.length - 1)]?.focus();
  });
  dialog.querySelector('[data-search-form]')?.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector('a')?.focus();
  });
}
