import type { StoredSpec } from '../../lib/storage';
import { agreementMigrations, describeAgreement, initialAgreement, isAgreementEmpty, parseAgreement, type AgreementState } from './model';

/** Stored at gmg:agreement. Names and dates live in the shared pair store (gmg:pair). */
export const agreementSpec: StoredSpec<AgreementState> = {
  id: 'agreement',
  label: 'Boundary agreement',
  version: 1,
  shape: { kind: 'agreement details', lists: { 'sections.*': { kind: 'clause' } } },
  parse: parseAgreement,
  migrations: agreementMigrations,
  initial: () => initialAgreement('workplace'),
  describe: describeAgreement,
  isEmpty: isAgreementEmpty,
};
