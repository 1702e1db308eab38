import { references, type ReferenceKey } from '../data/references';

/** Reference keys sorted as a reference list is: by first author, then year. */
export function sortReferenceKeys(keys: readonly ReferenceKey[]): ReferenceKey[] {
  return [...new Set(keys)].sort((a, b) => {
    const ra = references[a];
    const rb = references[b];
    return ra.authors.localeCompare(rb.authors) || ra.year - rb.year;
  });
}
