import { h, render, type ComponentType } from 'preact';

/**
 * Renders a tool into every placeholder of it on the page, replacing the server-rendered skeleton.
 * This is the tools' island mechanism: each tool reads storage only after it mounts, in the browser.
 * We render with Preact directly instead of Astro's client:only because the tools need no partial hydration,
 * and Astro's island runtime plus its Preact renderer add about 3.3 KB (gzip) to every tool page: a sixth of
 * the 20 KB budget. Props are checked against the component: a tool that needs props must be given them.
 */
export function mountTool<P extends object>(
  tool: string,
  Component: ComponentType<P>,
  // Props may be left out only when the component needs none.
  ...[props = {} as P]: {} extends P ? [props?: P] : [props: P]
): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[data-tool-root="${tool}"]`)) {
    root.replaceChildren();
    render(h(Component, props), root);
    root.dataset.mounted = '';
  }
}
