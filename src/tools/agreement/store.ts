import type { StoredSpec } from '../../lib/storage';
import { agreementMigrations, describeAgreement, initialAgreement, isAgreementEmpty, parseAgreement, type AgreementState } from './model';

/** Stored at gmg:agreement. Names and dates live in the shared pair store (gmg:pair). */
export const agreementSpec: StoredSpec<AgreementState> = {
  id: 'agreement',
  label: 'Boundary agreement',
  version: 1,
  parse: parseAgreement,
  migrations: agreementMigrations,
  initial: () => initialAgreement('workplace'),
  describe: describeAgreement,
  isEmpty: isAgreementEmpty,
};
