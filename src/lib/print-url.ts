/**
 * The full address a printed page shows for a site-relative link ("/guide/closing-well/" means nothing on paper),
 * made with the site's public origin; undefined for any other link, which prints as it is or with nothing.
 */
export function printUrl(href: unknown, site: URL | undefined): string | undefined {
  if (typeof href !== 'string' || !site || !href.startsWith('/') || href.startsWith('//')) return undefined;
  return new URL(href, site).href;
}
