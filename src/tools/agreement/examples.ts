// Worked examples, one per context, for the "Try an example" button, the unit tests and the browser tests.
// Content like presets.ts: the page builds them at build time and hands them to the island as a prop.
import type { Pair } from '../pair/model';
import { clausesOf, initialAgreement, type AgreementState, type PresetId, type SectionId } from './model';
import { library } from './presets';

export interface AgreementExample {
  pair: Pair;
  agreement: AgreementState;
}

function example(preset: PresetId, pair: Pair, people: Partial<AgreementState>, section: SectionId, id: string, text: string): AgreementExample {
  const agreement = { ...initialAgreement(preset), ...people };
  agreement.sections = { [section]: [...clausesOf(agreement, section, library), { id, key: '', text }] };
  return { pair, agreement };
}

export const examples: Record<PresetId, AgreementExample> = {
  workplace: example(
    'workplace',
    { mentee: 'Priya Raman', mentor: 'Tom Becker', startDate: '2026-09-07', reviewDate: '2027-03-01' },
    { menteeRole: 'data analyst', mentorRole: 'head of analytics', organisation: 'Northfield Logistics' },
    'offLimits', 'u-example-1', 'We agree to keep Priya’s move to another team out of our talks until it is announced.',
  ),
  academic: example(
    'academic',
    { mentee: 'Amara Okafor', mentor: 'Dr Lena Fischer', startDate: '2026-10-05', reviewDate: '2027-04-05' },
    { menteeRole: 'second-year PhD student', mentorRole: 'senior lecturer', organisation: 'the School of Earth Sciences' },
    'purpose', 'u-example-2', 'We agree to focus this year on Amara’s first paper and her plans after the PhD.',
  ),
  youth: example(
    'youth',
    { mentee: 'Jordan', mentor: 'Sam Whitfield', startDate: '2026-09-19', reviewDate: '2026-12-12' },
    { mentorRole: 'volunteer mentor', organisation: 'the Riverside Mentoring Project', programmeContact: 'Dana Kelly, programme coordinator, 0161 496 0000' },
    'meetings', 'u-example-3', 'We agree to meet on Saturday mornings at the youth centre while the football season lasts.',
  ),
};
