import { h, render, type ComponentType } from 'preact';

/**
 * Renders a tool into every placeholder of it on the page, replacing the server-rendered skeleton.
 * This is the tools' island mechanism: each tool reads storage only after it mounts, in the browser.
 * We render with Preact directly instead of Astro's client:only because the tools need no partial hydration,
 * and Astro's island runtime plus its Preact renderer add about 3.3 KB (gzip) to every tool page: a sixth
 * of the 20 KB budget. Content a tool needs (wording, examples) comes as JSON in the page, next to the
 * placeholder (`<script type="application/json" data-tool-props="<tool>">`, written with jsonInHtml), so it
 * travels as HTML rather than as JavaScript; the island component that writes it is the one that mounts the tool.
 */
export function mountTool<P extends object>(tool: string, Component: ComponentType<P>): void {
  const data = document.querySelector(`script[type="application/json"][data-tool-props="${tool}"]`);
  const props = (data?.textContent ? JSON.parse(data.textContent) : {}) as P;
  for (const root of document.querySelectorAll<HTMLElement>(`[data-tool-root="${tool}"]`)) {
    root.replaceChildren();
    render(h(Component, props), root);
    root.dataset.mounted = '';
  }
}
