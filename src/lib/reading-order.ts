/** The guide's reading order: pure helpers over anything that has an id and an order. */
export interface Ordered {
  id: string;
  data: { order: number };
}

/** Sorts chapters by `order`; two chapters with the same order are an authoring mistake and fail the build. */
export function sortByOrder<T extends Ordered>(chapters: readonly T[]): T[] {
  const sorted = [...chapters].sort((a, b) => a.data.order - b.data.order);
  sorted.forEach((chapter, i) => {
    const next = sorted[i + 1];
    if (next && next.data.order === chapter.data.order) {
      throw new Error(
        `Chapters "${chapter.id}" and "${next.id}" both have order ${chapter.data.order}; give each a unique order.`,
      );
    }
  });
  return sorted;
}

/** The chapters before and after `id` in reading order. */
export function neighbours<T extends Ordered>(sorted: readonly T[], id: string): { prev?: T; next?: T } {
  const i = sorted.findIndex((chapter) => chapter.id === id);
  if (i === -1) return {};
  const result: { prev?: T; next?: T } = {};
  if (i > 0) result.prev = sorted[i - 1];
  if (i < sorted.length - 1) result.next = sorted[i + 1];
  return result;
}

export function chapterHref(id: string): string {
  return `/guide/${id}/`;
}
