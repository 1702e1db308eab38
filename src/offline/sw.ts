// The service worker. Workbox does the work; scripts/build-sw.mjs bundles this file after the Astro and Pagefind
// builds and writes the list of files to precache where `self.__WB_MANIFEST` stands.
//
// Pages: network first, so a reader online always gets the latest text; offline, or when the network has not
// answered in 3 s, the copy precached with this version, and the site's 404 page for an address it does not have.
// Everything else precached (hashed /_astro/ files, icons, the search index) is served from the precache.
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';
import { pageKey } from './page-key';

declare const self: {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};

precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first version takes charge of the page that installed it, so search works there without a reload. A later
// version waits (no skipWaiting here) until the page's "Reload to update" notice sends SKIP_WAITING.
clientsClaim();
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

async function notFoundPage(): Promise<Response | undefined> {
  const page = await matchPrecache('/404.html');
  return page && new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
}

/** When the network fails or is too slow, the precached copy of the page, or the 404 page. */
const precachedCopy: WorkboxPlugin = {
  handlerDidError: async ({ request }) =>
    (await matchPrecache(pageKey(new URL(request.url).pathname))) ?? (await notFoundPage()),
};

// Registered before the precache route, so that navigations reach the network first.
registerRoute(new NavigationRoute(new NetworkOnly({ networkTimeoutSeconds: 3, plugins: [precachedCopy] })));
// Pagefind asks for pagefind-entry.json?ts=<now> to get past the HTTP cache; the precached entry is the one that
// matches the precached index, so the time stamp is ignored (as are Workbox's defaults, utm_* and fbclid).
addRoute({ ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/] });

// Hashed files a newer page asked for before this version had them: their names change with their content, so
// one copy is good for ever.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
  new CacheFirst({ cacheName: 'gmg-astro', plugins: [new ExpirationPlugin({ maxEntries: 100, purgeOnQuotaError: true })] }),
);
