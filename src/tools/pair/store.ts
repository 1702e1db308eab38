import type { StoredSpec } from '../../lib/storage';
import { emptyPair, isPairEmpty, pairMigrations, parsePair, type Pair } from './model';

/** Stored per relationship at gmg:r:<relationship>:pair; every tool that names the pair reads it. */
export const pairSpec: StoredSpec<Pair> = {
  id: 'pair',
  label: 'Names and dates',
  version: 1,
  shape: { kind: 'names and dates' },
  parse: parsePair,
  migrations: pairMigrations,
  initial: emptyPair,
  isEmpty: isPairEmpty,
  describe: (p) => [p.mentee, p.mentor].filter(Boolean).join(' and ') || 'no names yet',
};
