/** A heading as Astro's render() reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

/** Nests h3s under their h2; other depths are left out. An h3 before any h2 becomes a top-level item. */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const h of headings) {
    if (h.depth === 2) items.push({ slug: h.slug, text: h.text, children: [] });
    else if (h.depth === 3) {
      const parent = items.at(-1);
      if (parent) parent.children.push({ slug: h.slug, text: h.text });
      else items.push({ slug: h.slug, text: h.text, children: [] });
    }
  }
  return items;
}
