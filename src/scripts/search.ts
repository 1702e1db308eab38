// Search over the guide with Pagefind, loaded on first open. Results are built as DOM nodes, never as HTML strings.
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 8;
let pagefind: Promise<Pagefind> | undefined;
let started = false;

function loadPagefind(): Promise<Pagefind> {
  // The index is written by `pagefind --site dist` after the Astro build, so Vite must not resolve this path.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.init();
    return module;
  });
  return pagefind;
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

function renderResult(data: { url: string; excerpt: string; meta: { title?: string } }): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(link, excerpt);
  return item;
}

export function start(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('#search-input');
  const status = dialog.querySelector<HTMLElement>('#search-status');
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]');
  if (!input || !status || !list) return;
  input.focus();
  if (started) return;
  started = true;

  loadPagefind().catch(() => {
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
    const search = await (await loadPagefind()).debouncedSearch(query, {}, 200);
    if (!search) return; // a newer query superseded this one
    const top = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...top.map(renderResult));
    const n = search.results.length;
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
