import { h, render, type ComponentType } from 'preact';
import type { ToolManifest } from '../manifest';
import { startRelationships } from '../../lib/relationships/store';

/**
 * Renders a tool into every placeholder of it on the page, replacing the server-rendered skeleton.
 * This is the tools' island mechanism: each tool reads storage only after it mounts, in the browser.
 * We render with Preact directly instead of Astro's client:only because the tools need no partial hydration,
 * and Astro's island runtime plus its Preact renderer add about 3.3 KB (gzip) to every tool page: a sixth
 * of the 20 KB budget. The content a tool needs (wording, examples) comes as JSON in the page, written by
 * ToolIsland.astro from the tool's content.ts, so it travels as HTML rather than as JavaScript.
 */
export function mountTool<P extends object>(tool: Pick<ToolManifest<string, P>, 'id' | 'name' | 'readProps'>, View: ComponentType<P>): void {
  // Which relationship this tab shows must be known before any tool reads its data.
  startRelationships();
  const json = document.querySelector(`script[type="application/json"][data-tool-props="${CSS.escape(tool.id)}"]`);
  for (const root of document.querySelectorAll<HTMLElement>(`[data-tool-root="${CSS.escape(tool.id)}"]`)) {
    root.replaceChildren();
    try {
      render(h(View, tool.readProps(JSON.parse(json?.textContent || 'null'))), root);
    } catch (error) {
      // A page whose settings were cut short says so where the tool would be, rather than leaving a skeleton.
      const note = document.createElement('p');
      note.className = 'notice notice--warning';
      note.textContent = `The ${tool.name.toLowerCase()} could not open: ${(error as Error).message}. Reload the page to try again.`;
      root.append(note);
    }
    root.dataset.mounted = '';
  }
}
