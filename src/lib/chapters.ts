import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByOrder } from './reading-order';

export type Chapter = CollectionEntry<'guide'>;

/** Every chapter of the guide, in reading order. */
export async function getChapters(): Promise<Chapter[]> {
  return sortByOrder(await getCollection('guide'));
}

export function navLabel(chapter: Chapter): string {
  return chapter.data.sidebarLabel ?? chapter.data.title;
}
