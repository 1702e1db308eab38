// Every word the agreement generator's screen shows, beyond the clauses themselves (presets.ts): content, sent in
// the page as JSON by content.ts, so none of it is in the JavaScript. Keep it plain data.
import type { ClauseStatus, FieldId } from './model';

export const agreementTexts = {
  fieldLabels: {
    frequency: 'How often we meet',
    duration: 'How long each meeting lasts',
    place: 'Where or how we meet',
    cancelNotice: 'Notice to cancel or move a meeting',
    channels: 'How we keep in touch',
    hours: 'When we send messages',
    responseTime: 'We reply within',
  } satisfies Record<FieldId, string>,
  scheduler: { label: 'Who arranges our meetings', mentee: 'The mentee', mentor: 'The mentor', both: 'We take turns' },
  people: {
    legend: 'Roles and {org}',
    menteeRole: 'Mentee’s role (optional)',
    mentorRole: 'Mentor’s role (optional)',
    organisation: '{org} (optional)',
    contact: 'Programme contact',
    optional: ' (optional)',
    contactHint: 'Name and how to reach them.',
  },
  preset: {
    legend: 'Where you mentor',
    hint: 'Sets the default answers and clauses below. You can change every one of them.',
    confirm: 'Replace everything you changed or added with the {preset} defaults, or keep your changes and update only the rest?',
    replace: 'Replace with {preset} defaults',
    keep: 'Keep our changes',
    set: 'Context set to {preset}.',
  },
  clause: {
    status: { default: 'Default wording.', edited: 'Edited.', own: 'Your own clause.' } satisfies Record<ClauseStatus, string>,
    emptyHint: 'Left out while empty.',
    numbered: 'Clause {number}',
    fresh: 'New clause',
    empty: 'The empty clause',
    restoreDefault: 'Restore default wording',
    restoreDefaultOf: 'Restore default wording of {label}',
    remove: 'Remove',
    removeLabel: 'Remove {label}',
    add: 'Add a clause',
    addTo: 'Add a clause to {title}',
    addMissing: { 1: 'Add 1 missing default clause', other: 'Add {n} missing default clauses', 0: '' },
    added: 'New empty clause added to {title}.',
    removed: '{name} was removed from {title}.',
    defaultBack: 'Clause {number} is back to its default wording.',
    defaultsAdded: 'Default clauses added to {title}.',
    putBack: 'The clause is back.',
  },
  goals: { pull: 'Pull in our goals', added: { 0: 'No new goals to add to {title}.', 1: '1 new goal added to {title}.', other: '{n} new goals added to {title}.' } },
  tryExample: 'Try an example',
  exampleFilled: 'The example relationship is open, with an agreement for this context.',
  skip: 'Skip to the agreement and printing',
  output: {
    heading: 'Your agreement',
    before: 'Before you print',
    fix: '⚠ Fix: ',
    check: 'Check: ',
    textFile: 'Download as a text file to edit',
    json: 'Download as JSON',
    printAnyway: { 1: 'There is 1 thing to fix or check, listed above. Print anyway?', other: 'There are {n} things to fix or check, listed above. Print anyway?', 0: '' },
    printAnywayYes: 'Print anyway',
    printAnywayNo: 'Go back and fix',
  },
};

export type AgreementTexts = typeof agreementTexts;
