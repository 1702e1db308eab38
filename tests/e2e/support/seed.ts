// Stored data for a relationship, as a browser would hold it, for tests that start from a filled tool.
import type { Page } from 'playwright-core';
import { seedStorage } from './site';

const SAVED = '2026-11-01T10:00:00.000Z';
const envelope = (data: unknown) => JSON.stringify({ v: 1, savedAt: SAVED, data });

/**
 * Puts one relationship (id `relationship`) with the given stores' data in localStorage before the page's first load,
 * and makes it the one shown. `data` is by store id: { goals: …, pair: … }.
 */
export function seedRelationship(page: Page, data: Record<string, unknown>, relationship = 'seeded'): Promise<void> {
  const entries: Record<string, string> = {
    'gmg:relationships': envelope({
      list: [{ id: relationship, me: '', archived: false, example: false, createdAt: SAVED, aliases: [] }],
      active: relationship,
    }),
  };
  for (const [store, value] of Object.entries(data)) entries[`gmg:r:${relationship}:${store}`] = envelope(value);
  return seedStorage(page, entries);
}
