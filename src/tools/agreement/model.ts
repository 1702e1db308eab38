// The boundary agreement: its state, parsing, preset switching, the numbered clauses and the checks before
// printing. Pure: no Preact, no DOM, no storage.
//
// The state is sparse: a section, answer or scheduler the pair has not touched is absent and means "the
// preset's default". So the stored data and this module need none of the clause texts, which are content
// (presets.ts) handed in as `lib` by the caller.
import { finish, isRecord, readArray, readDate, readEnum, readObject, readString, type Parsed, type Problems } from '../../lib/storage';
import type { Pair } from '../pair/model';
import type { Library } from './presets';

export const presetIds = ['workplace', 'academic', 'youth'] as const;
export type PresetId = (typeof presetIds)[number];
export const presetLabels: Record<PresetId, string> = { workplace: 'Workplace', academic: 'Academic or research', youth: 'Youth programme' };

/** The sections whose clauses the pair can edit, add to or remove, in document order. */
export const sectionIds = ['purpose', 'meetings', 'contact', 'confidentiality', 'offLimits', 'boundaries', 'review', 'ending'] as const;
export type SectionId = (typeof sectionIds)[number];
/** The sections that open with clauses made from names, dates and short answers. */
export type FixedSection = 'people' | 'meetings' | 'contact' | 'review';
export type CheckId = 'mentee' | 'mentor' | 'order' | 'review' | 'contact' | 'removed';

/** Short answers that fill the fixed clauses on meetings and keeping in touch. */
export const fieldIds = ['frequency', 'duration', 'place', 'cancelNotice', 'channels', 'hours', 'responseTime'] as const;
export type FieldId = (typeof fieldIds)[number];

export const schedulers = ['mentee', 'mentor', 'both'] as const;
export type Scheduler = (typeof schedulers)[number];

/** One clause. `key` names the preset default it came from ('' for the pair's own clause). */
export interface Clause {
  id: string;
  key: string;
  text: string;
  /** Set on a clause pulled in from the goal worksheet, so the same goal is not added twice. */
  goalId?: string;
}

export interface AgreementState {
  preset: PresetId;
  menteeRole: string;
  mentorRole: string;
  organisation: string;
  /** YYYY-MM-DD of the last time the agreement was printed (or saved as a PDF), for "Where we stand". */
  printedOn?: string;
  programmeContact: string;
  /** Answers the pair has set; a missing one is the preset's default. */
  fields: Partial<Record<FieldId, string>>;
  scheduler?: Scheduler;
  /** Sections the pair has touched; a missing one holds the preset's default clauses. */
  sections: Partial<Record<SectionId, Clause[]>>;
}

export type ClauseStatus = 'default' | 'edited' | 'own';

/** A line to sign or fill in by hand where something is not written yet. */
export const BLANK = '________________';

let counter = 0;
/** Ids of the pair's own clauses; a hyphen keeps them apart from preset keys, which are plain words. */
export const newId = (): string => `u-${(counter++).toString(36)}${Math.random().toString(36).slice(2, 9)}`;

/** What the pair types about themselves beyond names and dates (those are in the shared pair store). */
export const peopleIds = ['menteeRole', 'mentorRole', 'organisation', 'programmeContact'] as const;

export const initialAgreement = (preset: PresetId = 'workplace'): AgreementState => ({
  preset,
  menteeRole: '',
  mentorRole: '',
  organisation: '',
  programmeContact: '',
  fields: {},
  sections: {},
});

export const defaultText = (lib: Library, preset: PresetId, section: SectionId, key: string): string | undefined =>
  lib.presets[preset].clauses[section].find(([k]) => k === key)?.[1];

const defaults = (lib: Library, preset: PresetId, section: SectionId): Clause[] =>
  lib.presets[preset].clauses[section].map(([key, text]) => ({ id: key, key, text }));

export const clausesOf = (state: AgreementState, section: SectionId, lib: Library): Clause[] =>
  state.sections[section] ?? defaults(lib, state.preset, section);

export const fieldOf = (state: AgreementState, field: FieldId, lib: Library): string =>
  state.fields[field] ?? lib.presets[state.preset].fields[field];

export const schedulerOf = (state: AgreementState, lib: Library): Scheduler => state.scheduler ?? lib.presets[state.preset].scheduler;

export function clauseStatus(lib: Library, preset: PresetId, section: SectionId, clause: Clause): ClauseStatus {
  const text = clause.key ? defaultText(lib, preset, section, clause.key) : undefined;
  return text === undefined ? 'own' : text === clause.text ? 'default' : 'edited';
}

/** The preset's default clauses that are no longer in the section. */
export const removedDefaults = (state: AgreementState, section: SectionId, lib: Library) =>
  lib.presets[state.preset].clauses[section].filter(([key]) => !clausesOf(state, section, lib).some((c) => c.key === key));

/** Puts the preset's missing defaults back, at the end of the section. */
export const restoreRemoved = (state: AgreementState, section: SectionId, lib: Library): AgreementState => ({
  ...state,
  sections: {
    ...state.sections,
    [section]: [...clausesOf(state, section, lib), ...removedDefaults(state, section, lib).map(([key, text]) => ({ id: key, key, text }))],
  },
});

/**
 * Moves to another context. 'replace' starts from the new preset's defaults (roles, organisation and contact
 * stay). 'keep' keeps every changed answer, edited clause and the pair's own clauses; untouched answers and
 * sections take the new defaults, and untouched defaults in changed sections take the new wording (or leave,
 * where the new context has no such clause; "missing defaults" then offers any the new context adds).
 */
export function switchPreset(state: AgreementState, to: PresetId, mode: 'replace' | 'keep', lib: Library): AgreementState {
  const next: AgreementState = { ...state, preset: to, fields: {}, sections: {} };
  delete next.scheduler;
  if (mode === 'replace') return next;
  const from = lib.presets[state.preset];
  for (const f of fieldIds) if (fieldOf(state, f, lib) !== from.fields[f]) next.fields[f] = state.fields[f]!;
  if (schedulerOf(state, lib) !== from.scheduler) next.scheduler = state.scheduler!;
  for (const s of sectionIds) {
    next.sections[s] = state.sections[s]?.flatMap((c) => {
      const status = clauseStatus(lib, state.preset, s, c);
      const text = defaultText(lib, to, s, c.key);
      if (status !== 'default') return [status === 'edited' && text === undefined ? { ...c, key: '', id: newId() } : c];
      return text === undefined ? [] : [{ ...c, text }];
    });
    if (!next.sections[s]) delete next.sections[s];
  }
  return next;
}

/** Adds the goals not yet in the purpose section, one clause each. */
export function addGoals(state: AgreementState, goals: { id: string; title: string }[], lib: Library): { state: AgreementState; added: number } {
  const purpose = clausesOf(state, 'purpose', lib);
  const fresh = goals.filter((g) => g.title.trim() && !purpose.some((c) => c.goalId === g.id));
  const clauses = fresh.map((g) => ({
    id: newId(),
    key: '',
    goalId: g.id,
    text: `We agree to work towards this goal: ${g.title.trim().replace(/[.!]+$/, '')}.`,
  }));
  return { state: { ...state, sections: { ...state.sections, purpose: [...purpose, ...clauses] } }, added: clauses.length };
}

// ---------------------------------------------------------------------------------------------------------
// Parsing and migrations

function readClause(item: unknown, path: string, problems: Problems): Clause | undefined {
  if (!isRecord(item)) {
    problems.push(`${path.slice(0, -1)} is not a clause`);
    return undefined;
  }
  const clause: Clause = {
    id: readString(item, 'id', path, problems),
    key: readString(item, 'key', path, problems),
    text: readString(item, 'text', path, problems),
  };
  const goalId = readString(item, 'goalId', path, problems);
  return goalId ? { ...clause, goalId } : clause;
}

export function parseAgreement(input: unknown): Parsed<AgreementState> {
  const problems: Problems = [];
  const obj = readObject(input, '', problems);
  const fieldsIn = readObject(obj.fields ?? {}, 'fields', problems);
  const sectionsIn = readObject(obj.sections ?? {}, 'sections', problems);
  const state = initialAgreement(readEnum(obj, 'preset', presetIds, 'workplace', '', problems));
  for (const k of peopleIds) state[k] = readString(obj, k, '', problems);
  const printedOn = readDate(obj, 'printedOn', '', problems);
  if (printedOn) state.printedOn = printedOn;
  for (const f of fieldIds) if (fieldsIn[f] !== undefined) state.fields[f] = readString(fieldsIn, f, 'fields.', problems);
  if (obj.scheduler !== undefined) state.scheduler = readEnum(obj, 'scheduler', schedulers, 'mentee', '', problems);
  for (const s of sectionIds) {
    if (sectionsIn[s] === undefined) continue;
    // Ids key the view, so they must be unique within a section: repeated or missing ones are made afresh.
    const ids = new Set<string>();
    state.sections[s] = readArray(sectionsIn, s, 'sections.', problems, readClause, 200).map((c) => {
      const id = !c.id || ids.has(c.id) ? newId() : c.id;
      ids.add(id);
      return { ...c, id };
    });
  }
  return finish(state, problems);
}

/**
 * Version 0 was never released: it is the draft shape ({ context: 'work' | 'university' | 'youth', meetEvery,
 * menteeJob, mentorJob }), kept so that the migration chain is exercised end to end
 * (tests/fixtures/storage/agreement.v0.json). Replace it when version 2 brings a real migration.
 */
export const agreementMigrations = {
  0: (data: unknown) => {
    const old = isRecord(data) ? data : {};
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    return {
      ...initialAgreement(old.context === 'university' ? 'academic' : old.context === 'youth' ? 'youth' : 'workplace'),
      menteeRole: text(old.menteeJob),
      mentorRole: text(old.mentorJob),
      fields: typeof old.meetEvery === 'string' ? { frequency: old.meetEvery } : {},
    };
  },
};

/** True while no answer, scheduler or section has been touched: all is the preset's defaults. */
export const isUntouched = (s: AgreementState): boolean => !s.scheduler && !Object.keys(s.fields).length && !Object.keys(s.sections).length;

export const isAgreementEmpty = (s: AgreementState): boolean =>
  isUntouched(s) && !s.menteeRole && !s.mentorRole && !s.organisation && !s.programmeContact;

export const describeAgreement = (s: AgreementState): string =>
  `${presetLabels[s.preset]} agreement${isUntouched(s) ? '' : ', changed from the defaults'}`;

// ---------------------------------------------------------------------------------------------------------
// The document

/** '2026-10-05' as '5 October 2026'; '' stays ''. */
export const formatDate = (iso: string): string =>
  iso ? new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : '';

export interface BuiltClause {
  number: string;
  text: string;
  /** The editable clause this came from; none for clauses made from names, dates and short answers. */
  clauseId?: string;
}
export interface BuiltSection {
  id: SectionId | 'people';
  number: number;
  title: string;
  clauses: BuiltClause[];
}

/**
 * Fills a template: {name} takes vars[name]; a [part] holding an empty {name} is dropped; an empty {name}
 * outside brackets drops the whole clause (''). Values are inserted once and never read as templates.
 */
export function fill(template: string, vars: Record<string, string>): string {
  let whole = true;
  const text = template.replace(/\[([^\]]*)\]|\{(\w+)\}/g, (_, part: string | undefined, key: string | undefined) => {
    if (key) return vars[key] || ((whole = false), '');
    const keys = [...part!.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    return keys.every((k) => vars[k]) ? part!.replace(/\{(\w+)\}/g, (_m, k: string) => vars[k]!) : '';
  });
  return whole ? text : '';
}

/**
 * Who signs, in order: the mentee, the mentor, then any further signers the context names (a youth programme's
 * parent or carer and coordinator), whose names are left blank to be written by hand.
 */
export const signatories = (pair: Pair, extra: readonly string[] = []): [role: string, name: string][] => [
  ['Mentee', pair.mentee],
  ['Mentor', pair.mentor],
  ...extra.map((role): [string, string] => [role, '']),
];

const who = (name: string, role: string) => `${name.trim() || BLANK}${role.trim() ? ` (${role.trim()})` : ''}`;

/** The agreement as numbered sections of clauses. Empty sections are left out and the rest renumbered. */
export function buildClauses(state: AgreementState, pair: Pair, lib: Library): BuiltSection[] {
  const preset = lib.presets[state.preset];
  const by = schedulerOf(state, lib);
  const vars: Record<string, string> = {
    mentee: who(pair.mentee, state.menteeRole),
    mentor: who(pair.mentor, state.mentorRole),
    joiner: preset.org[1],
    org: state.organisation.trim(),
    start: formatDate(pair.startDate) || BLANK,
    review: formatDate(pair.reviewDate) || BLANK,
    contact: state.programmeContact.trim(),
    contactOrBlank: state.programmeContact.trim() || BLANK,
    arranging: by === 'both' ? 'we take turns to arrange our meetings' : `${pair[by].trim() || `the ${by}`} arranges our meetings`,
  };
  for (const f of fieldIds) vars[f] = fieldOf(state, f, lib).trim();
  const built: BuiltSection[] = [];
  for (const id of ['people', ...sectionIds] as const) {
    const fixed = id === 'people' ? [...lib.fixed.people, preset.contact] : lib.fixed[id as FixedSection] ?? [];
    const texts: { text: string; clauseId?: string }[] = fixed.map((t) => ({ text: fill(t, vars) })).filter((t) => t.text);
    if (id !== 'people') for (const c of clausesOf(state, id, lib)) if (c.text.trim()) texts.push({ text: c.text.trim(), clauseId: c.id });
    if (!texts.length) continue;
    const number = built.length + 1;
    built.push({ id, number, title: lib.titles[id], clauses: texts.map((t, i) => ({ ...t, number: `${number}.${i + 1}` })) });
  }
  return built;
}

// ---------------------------------------------------------------------------------------------------------
// Checks before printing

export interface Check {
  level: 'problem' | 'warning';
  message: string;
}

export function checks(state: AgreementState, pair: Pair, lib: Library): Check[] {
  const found: Check[] = [];
  const add = (level: Check['level'], id: CheckId, list = '') => found.push({ level, message: lib.checks[id].replace('{list}', list) });
  if (!pair.mentee.trim()) add('problem', 'mentee');
  if (!pair.mentor.trim()) add('problem', 'mentor');
  if (pair.startDate && pair.reviewDate && pair.reviewDate <= pair.startDate) add('problem', 'order');
  if (!pair.reviewDate) add('warning', 'review');
  if (state.preset === 'youth' && !state.programmeContact.trim()) add('warning', 'contact');
  const gone = (lib.presets[state.preset].required ?? []).filter(([s, key]) => !clausesOf(state, s, lib).some((c) => c.key === key));
  if (gone.length) add('warning', 'removed', gone.map(([, , what]) => what).join('; '));
  return found;
}
