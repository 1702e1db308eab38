// How a reference is written out: which part is italic.
import { describe, expect, it } from 'vitest';
import { referenceParts } from '../../src/lib/reference-format';
import { references, referenceKeys } from '../../src/data/references';

const italic = (parts: ReturnType<typeof referenceParts>) => parts.filter((p) => p.italic).map((p) => p.text);
const whole = (parts: ReturnType<typeof referenceParts>) => parts.map((p) => p.text).join('');

describe('referenceParts', () => {
  it('italicises a book’s title, not its publisher or edition', () => {
    const parts = referenceParts(references['scott-2017']);
    expect(italic(parts)).toEqual(['Radical Candor']);
    expect(whole(parts)).toBe("Scott, K. (2017). Radical Candor. St. Martin's Press.");
    const edition = referenceParts(references['pfund-2015']);
    expect(italic(edition)).toEqual(['Entering Mentoring']);
    expect(whole(edition)).toBe('Pfund, C., Branchaw, J. L., & Handelsman, J. (2015). Entering Mentoring (2nd ed.). W. H. Freeman.');
  });

  it('italicises an article’s journal, not its title', () => {
    const parts = referenceParts(references['kram-1983']);
    expect(italic(parts)).toEqual(['Academy of Management Journal, 26(4), 608–625']);
    expect(whole(parts)).toBe('Kram, K. E. (1983). Phases of the mentor relationship. Academy of Management Journal, 26(4), 608–625.');
  });

  it('every work whose venue has no volume, pages or date (a publisher) is marked as a book', () => {
    const unmarked = referenceKeys.filter((key) => {
      const ref: { venue: string; kind?: string } = references[key];
      return !/\d/.test(ref.venue) && ref.kind !== 'book';
    });
    expect(unmarked, "a publisher's name as venue: add kind: 'book' in src/data/references.ts").toEqual([]);
  });
});
