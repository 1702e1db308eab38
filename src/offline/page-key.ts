/**
 * The precached file that answers a navigation to `pathname`: "/guide/x/" is "/guide/x/index.html", "/guide/x" the
 * same (a static host would redirect there), and "/404.html" itself.
 */
export function pageKey(pathname: string): string {
  if (pathname.endsWith('/')) return `${pathname}index.html`;
  if (pathname.endsWith('.html')) return pathname;
  return `${pathname}/index.html`;
}
