// Registers the service worker that keeps the site working offline (built by scripts/build-sw.mjs). When a new
// version has downloaded and waits, the notice that offers it loads (update-notice.ts, only then).
export function registerOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  // `npm start` and `npm run dev` share localhost:4321: a worker left by the built site must not serve the dev server.
  if (import.meta.env.DEV) {
    void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
    return;
  }
  const workers = navigator.serviceWorker;
  addEventListener('load', async () => {
    // Refused (a private window, a browser setting): the site works as before, online only.
    const registration = await workers.register('/sw.js').catch(() => undefined);
    if (!registration) return;
    const offer = () => {
      // A waiting worker while another controls the page is an update (the first version never waits).
      if (!registration.waiting || !workers.controller) return;
      // Built as its own entry, like search (see lazyEntry in astro.config.mjs).
      const url = '/lazy/update-notice.js';
      void import(/* @vite-ignore */ url).then((notice: typeof import('./update-notice')) => notice.offer(registration));
    };
    offer();
    registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', offer));
  });
}
