import { describe, expect, it } from 'vitest';
import { chapterHref, neighbours, sortByOrder } from '../../src/lib/reading-order';
import { buildToc } from '../../src/lib/toc';

const ch = (id: string, order: number) => ({ id, data: { order } });

describe('sortByOrder', () => {
  it('sorts by order, not by name', () => {
    expect(sortByOrder([ch('b', 3), ch('a', 10), ch('c', 1)]).map((c) => c.id)).toEqual(['c', 'b', 'a']);
  });
  it('refuses two chapters with the same order, naming both', () => {
    expect(() => sortByOrder([ch('intro', 1), ch('goals', 1)])).toThrow(/"intro" and "goals" both have order 1/);
  });
});

describe('neighbours', () => {
  const list = sortByOrder([ch('a', 1), ch('b', 2), ch('c', 3)]);
  it('gives the chapters either side', () => {
    expect(neighbours(list, 'b')).toEqual({ prev: list[0], next: list[2] });
  });
  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(list, 'a')).toEqual({ next: list[1] });
    expect(neighbours(list, 'c')).toEqual({ prev: list[1] });
  });
  it('is empty for an unknown id', () => {
    expect(neighbours(list, 'zzz')).toEqual({});
  });
});

it('chapterHref ends with a slash, as the site serves it', () => {
  expect(chapterHref('closing-well')).toBe('/guide/closing-well/');
});

describe('buildToc', () => {
  it('nests h3 under the h2 before it and drops other depths', () => {
    const toc = buildToc([
      { depth: 2, slug: 'why', text: 'Why' },
      { depth: 3, slug: 'a', text: 'A' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 3, slug: 'b', text: 'B' },
      { depth: 2, slug: 'how', text: 'How' },
    ]);
    expect(toc).toEqual([
      { slug: 'why', text: 'Why', children: [{ slug: 'a', text: 'A' }, { slug: 'b', text: 'B' }] },
      { slug: 'how', text: 'How', children: [] },
    ]);
  });
  it('keeps an h3 that comes before any h2', () => {
    expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ slug: 'x', text: 'X', children: [] }]);
  });
});
