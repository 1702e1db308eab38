import type { Reference } from '../data/references';

export interface ReferencePart {
  text: string;
  italic?: boolean;
}

/**
 * A reference as the lists show it, in APA's manner: a book's title is italic (its edition not) and its publisher
 * roman; an article's title is roman and its journal or outlet italic.
 */
export function referenceParts(ref: Reference): ReferencePart[] {
  const lead = { text: `${ref.authors} (${ref.year}). ` };
  if (ref.kind !== 'book') return [lead, { text: `${ref.title}. ` }, { text: ref.venue, italic: true }, { text: '.' }];
  const [, title = ref.title, edition = ''] = /^(.*?)( \(\d+\w* ed\.\))?$/.exec(ref.title) ?? [];
  return [lead, { text: title, italic: true }, { text: `${edition}. ${ref.venue}.` }];
}
