import type { StoredSpec } from '../../lib/storage';
import { emptyPair, isPairEmpty, pairMigrations, parsePair, type Pair } from './model';

/** Stored once at gmg:pair, read by the goal worksheet and the agreement. */
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
