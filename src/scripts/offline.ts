// Registers the service worker that keeps the site working offline (built by scripts/build-sw.mjs). When a new
// version has downloaded and waits, the next page opened loads the notice that offers it (update-notice.ts, only
// then). Kept this small on purpose: it is on every prose page, within their 1 KB budget.
export function registerOffline(): void {
  // `npm start` and `npm run dev` share localhost:4321: a worker left by the built site must not serve the dev server.
  if (import.meta.env.DEV) {
    void navigator.serviceWorker?.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
    return;
  }
  addEventListener('load', () =>
    // No worker where the browser has none or refuses one (a private window): the site works as before, online.
    navigator.serviceWorker?.register('/sw.js').then((registration) => {
      if (!registration.waiting) return;
      // Built as its own entry, like search (see astro.config.mjs).
      const url = '/lazy/update-notice.js';
      void import(/* @vite-ignore */ url).then((notice: typeof import('./update-notice')) => notice.offer(registration));
    }, () => {}),
  );
}
