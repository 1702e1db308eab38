// The only script a prose page loads up front: the theme switch, the search shortcuts, remembered checklist ticks,
// the offline worker's registration and, on a page opened from a search, the highlighter.
// The search code and Pagefind load on first open, so reading costs almost no JavaScript.
import { rememberChecklists } from './checklist-memory';
import { registerOffline } from './offline';
import { nextTheme, readTheme, saveTheme } from './theme';

registerOffline();

const root = document.documentElement;
const themeButton = document.querySelector<HTMLButtonElement>('[data-theme-switch]');
const themeLabel = themeButton?.querySelector('[data-theme-label]');

function showTheme(theme: string) {
  if (themeLabel) themeLabel.textContent = theme;
}
showTheme(readTheme());
themeButton?.addEventListener('click', () => {
  const theme = nextTheme(readTheme());
  saveTheme(theme);
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  showTheme(theme);
});

/** The query parameter search adds to result links, naming the words to highlight on the page it opens. */
const HIGHLIGHT_PARAM = 'highlight';
// A page opened from a search result highlights what was searched for; only then is the highlighter loaded.
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  const url = '/lazy/highlight.js';
  void import(/* @vite-ignore */ url).then((module: typeof import('./highlight')) => module.highlight(HIGHLIGHT_PARAM));
}

const dialog = document.querySelector<HTMLDialogElement>('#search');
function openSearch() {
  if (!dialog || dialog.open) return;
  dialog.showModal();
  // Built as its own entry (see fixedEntries in astro.config.mjs), so no bundler helper rides along here.
  const url = '/lazy/search.js';
  import(/* @vite-ignore */ url).then(
    (search: typeof import('./search')) => search.start(dialog, HIGHLIGHT_PARAM),
    // Offline before the service worker has saved search: say so rather than show an empty dialog.
    () => {
      const status = dialog.querySelector<HTMLElement>('#search-status')!;
      status.textContent = status.dataset.offline!;
    },
  );
}
document.querySelector('[data-search-open]')?.addEventListener('click', openSearch);
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
    event.preventDefault();
    openSearch();
  }
});

rememberChecklists();
