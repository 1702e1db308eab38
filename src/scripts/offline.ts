// Registers the service worker that keeps the site working offline (built by scripts/build-sw.mjs). When a new
// version has downloaded and waits, the notice that offers it loads (update-notice.ts, only then).
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
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
