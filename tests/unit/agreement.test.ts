// The boundary agreement's model: presets as data, editing, switching context, parsing, the document and the checks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRaw } from '../../src/lib/storage';
import type { Pair } from '../../src/tools/pair/model';
import { examples } from '../../src/tools/agreement/examples';
import {
  addGoals, BLANK, buildClauses, checks, clauseStatus, clausesOf, describeAgreement, fieldIds, fieldOf, fill, formatDate,
  initialAgreement, isAgreementEmpty, isUntouched, parseAgreement, presetIds, removedDefaults, restoreRemoved,
  schedulerOf, sectionIds, signatories, switchPreset, type AgreementState, type Clause, type PresetId, type SectionId,
} from '../../src/tools/agreement/model';
import { library as lib } from '../../src/tools/agreement/presets';
import { agreementSpec } from '../../src/tools/agreement/store';
import { fleschKincaidGrade, sentences, words } from '../../src/lib/prose';

const fixture = (name: string) => readFileSync(`tests/fixtures/storage/${name}`, 'utf8');
const pair = (over: Partial<Pair> = {}): Pair => ({ mentee: 'Amara Okafor', mentor: 'Dr Lena Fischer', startDate: '2026-10-05', reviewDate: '2027-04-05', ...over });
const withSection = (state: AgreementState, section: SectionId, clauses: Clause[]): AgreementState => ({ ...state, sections: { ...state.sections, [section]: clauses } });
const edit = (state: AgreementState, section: SectionId, key: string, text: string) =>
  withSection(state, section, clausesOf(state, section, lib).map((c) => (c.key === key ? { ...c, text } : c)));
const without = (state: AgreementState, section: SectionId, key: string) =>
  withSection(state, section, clausesOf(state, section, lib).filter((c) => c.key !== key));
const documentText = (state: AgreementState, p: Pair = pair()) =>
  buildClauses(state, p, lib).flatMap((s) => [`${s.number}. ${s.title}`, ...s.clauses.map((c) => `${c.number} ${c.text}`)]).join('\n');

describe('the presets (content)', () => {
  it.each(presetIds)('%s has defaults for every section and answer, each clause in the first person plural', (id) => {
    const preset = lib.presets[id];
    for (const s of sectionIds) {
      const keys = preset.clauses[s].map(([k]) => k);
      expect(keys.length, s).toBeGreaterThan(0);
      expect(new Set(keys).size, `${s} keys are unique`).toBe(keys.length);
      for (const [key, text] of preset.clauses[s]) {
        expect(key, `${s}.${key}`).toMatch(/^[a-z]+$/);
        expect(text, `${s}.${key}`).toMatch(/^We agree .+\.$/);
      }
    }
    for (const f of fieldIds) expect(preset.fields[f].trim(), f).not.toBe('');
  });

  it('spells out the limits of confidentiality for each context', () => {
    const limits = (id: PresetId) => lib.presets[id].clauses.confidentiality.map(([, t]) => t).join(' ');
    for (const id of presetIds) {
      expect(limits(id)).toMatch(/serious harm/);
      expect(limits(id)).toMatch(/abuse or neglect/i);
      expect(limits(id)).toMatch(/law requires/);
    }
    expect(limits('workplace')).toMatch(/duty to report at work/);
    expect(limits('academic')).toMatch(/responsible employee/);
    expect(limits('youth')).toMatch(/any concern about the mentee’s safety.+programme contact the same day/);
  });

  it('makes the youth programme stricter: channels, places, gifts, social media, transport, reporting', () => {
    const youth = Object.values(lib.presets.youth.clauses).flat().map(([, t]) => t).join(' ');
    expect(youth).toMatch(/only in places the programme approves/);
    expect(youth).toMatch(/channels the programme approves/);
    expect(youth).toMatch(/no gifts and no money/);
    expect(youth).toMatch(/no private social media contact/);
    expect(youth).toMatch(/no one-to-one transport/);
    expect(youth).toMatch(/must be reported/);
    for (const [s, key] of lib.presets.youth.required!) expect(lib.presets.youth.clauses[s].some(([k]) => k === key), key).toBe(true);
  });

  it('words the youth agreement for a young reader of about thirteen: short sentences, a low reading grade', () => {
    const youth = Object.values(lib.presets.youth.clauses).flat().map(([, t]) => t).join(' ');
    for (const s of sentences(youth)) expect(words(s).length, s).toBeLessThanOrEqual(26);
    expect(fleschKincaidGrade(youth)).toBeLessThanOrEqual(7);
  });

  it('gives a youth match’s parent or carer their part: consent, plans and places, check-ins, closure, contact after', () => {
    const clause = (s: SectionId, key: string) => lib.presets.youth.clauses[s].find(([k]) => k === key)?.[1] ?? '';
    expect(clause('meetings', 'parents')).toMatch(/parent or carer has said yes.+told our plans, and when and where we meet/);
    expect(clause('review', 'checkin')).toMatch(/programme contact checks in .+parent or carer/);
    expect(clause('ending', 'direct')).toMatch(/parent or carer is told and can take part/);
    // The one rule on contact after a youth match, worded as the guide's closing chapter words it.
    expect(clause('ending', 'after')).toMatch(/after the match ends, there is no private contact, online or off, unless the programme allows it and a parent or carer agrees/);
    expect(clause('confidentiality', 'tell')).toMatch(/never promises to keep a secret/);
  });

  it('lets either person end without blame in every context, and says what contact follows', () => {
    for (const id of presetIds) {
      const ending = lib.presets[id].clauses.ending.map(([, t]) => t).join(' ');
      expect(ending, id).toMatch(/either of us may end .+ without blame/);
      expect(ending, id).toMatch(/no-fault/);
      expect(ending, id).toMatch(/after the (mentoring|match) ends/);
    }
  });
});

describe('editing', () => {
  it('starts untouched, with the preset’s defaults', () => {
    const state = initialAgreement('academic');
    expect(isUntouched(state)).toBe(true);
    expect(isAgreementEmpty(state)).toBe(true);
    expect(clausesOf(state, 'ending', lib).map((c) => c.key)).toEqual(['nofault', 'direct', 'after']);
    expect(fieldOf(state, 'responseTime', lib)).toBe('three working days');
    expect(schedulerOf(state, lib)).toBe('mentee');
    expect(isAgreementEmpty({ ...state, organisation: 'x' })).toBe(false);
    expect(isUntouched({ ...state, fields: { hours: 'evenings' } })).toBe(false);
  });

  it('tells default, edited and own clauses apart', () => {
    const [first] = clausesOf(initialAgreement(), 'purpose', lib);
    expect(clauseStatus(lib, 'workplace', 'purpose', first!)).toBe('default');
    expect(clauseStatus(lib, 'workplace', 'purpose', { ...first!, text: 'Changed.' })).toBe('edited');
    expect(clauseStatus(lib, 'workplace', 'purpose', { id: 'u-1', key: '', text: 'Ours.' })).toBe('own');
    // A key the preset does not know counts as the pair's own.
    expect(clauseStatus(lib, 'youth', 'offLimits', { id: 'power', key: 'power', text: 'x' })).toBe('own');
  });

  it('finds removed defaults and brings them back without touching the rest', () => {
    let state = without(initialAgreement(), 'boundaries', 'social');
    state = withSection(state, 'boundaries', [...clausesOf(state, 'boundaries', lib), { id: 'u-9', key: '', text: 'Ours.' }]);
    expect(removedDefaults(state, 'boundaries', lib).map(([k]) => k)).toEqual(['social']);
    expect(removedDefaults(state, 'ending', lib)).toEqual([]);
    const back = restoreRemoved(state, 'boundaries', lib);
    expect(clausesOf(back, 'boundaries', lib).map((c) => c.key)).toEqual(['gifts', 'places', '', 'social']);
    expect(removedDefaults(back, 'boundaries', lib)).toEqual([]);
    expect(restoreRemoved(back, 'boundaries', lib)).toEqual(back);
  });

  it('pulls in goals once each, skipping blank titles', () => {
    const goals = [{ id: 'g1', title: 'Submit the first paper.' }, { id: 'g2', title: '  ' }, { id: 'g3', title: 'Present at a conference' }];
    const first = addGoals(initialAgreement('academic'), goals, lib);
    expect(first.added).toBe(2);
    const texts = clausesOf(first.state, 'purpose', lib).map((c) => c.text);
    expect(texts).toContain('We agree to work towards this goal: Submit the first paper.');
    expect(texts).toContain('We agree to work towards this goal: Present at a conference.');
    const again = addGoals(first.state, goals, lib);
    expect(again.added).toBe(0);
    expect(clausesOf(again.state, 'purpose', lib)).toHaveLength(texts.length);
  });
});

describe('switching context', () => {
  it('"replace" starts from the new defaults and keeps who the people are', () => {
    let state: AgreementState = { ...initialAgreement(), organisation: 'Northfield', menteeRole: 'analyst', fields: { hours: 'evenings' }, scheduler: 'both' };
    state = edit(state, 'ending', 'after', 'Our own words.');
    const next = switchPreset(state, 'youth', 'replace', lib);
    expect(next).toEqual({ ...initialAgreement('youth'), organisation: 'Northfield', menteeRole: 'analyst' });
  });

  it('"keep" keeps every change and swaps only what was untouched', () => {
    let state: AgreementState = { ...initialAgreement(), fields: { hours: 'evenings', frequency: 'every two weeks' } };
    state = edit(state, 'confidentiality', 'stays', 'We keep it between us, full stop.'); // edited, key in youth too
    state = edit(state, 'confidentiality', 'duty', 'We report misconduct.'); // edited, key not in youth
    state = withSection(state, 'confidentiality', [...clausesOf(state, 'confidentiality', lib), { id: 'u-own', key: '', text: 'Ours.' }]);
    const next = switchPreset(state, 'youth', 'keep', lib);
    expect(next.preset).toBe('youth');
    // A changed answer stays; one left at the old default takes the new default.
    expect(fieldOf(next, 'hours', lib)).toBe('evenings');
    expect(fieldOf(next, 'frequency', lib)).toBe(lib.presets.youth.fields.frequency);
    // Untouched sections follow the new preset.
    expect(next.sections.boundaries).toBeUndefined();
    expect(clausesOf(next, 'boundaries', lib).map((c) => c.key)).toContain('transport');
    const conf = clausesOf(next, 'confidentiality', lib);
    const byText = (t: string) => conf.find((c) => c.text === t);
    expect(byText('We keep it between us, full stop.')?.key).toBe('stays');
    const duty = byText('We report misconduct.')!;
    expect(duty.key).toBe('');
    expect(duty.id).not.toBe('duty');
    expect(byText('Ours.')?.id).toBe('u-own');
    // Untouched defaults take the youth wording; workplace-only ones leave.
    expect(byText(lib.presets.youth.clauses.confidentiality.find(([k]) => k === 'abuse')![1])).toBeDefined();
    expect(conf.some((c) => c.key === 'both')).toBe(false);
    expect(new Set(conf.map((c) => c.id)).size).toBe(conf.length);
  });

  it('"keep" keeps a changed scheduler and drops one left at the old default', () => {
    expect(switchPreset({ ...initialAgreement(), scheduler: 'both' }, 'youth', 'keep', lib).scheduler).toBe('both');
    expect(schedulerOf(switchPreset({ ...initialAgreement(), scheduler: 'mentee' }, 'youth', 'keep', lib), lib)).toBe('mentor');
  });
});

describe('parsing and migrations', () => {
  it('reads the version 1 fixture as it is', () => {
    const decoded = decodeRaw(agreementSpec, fixture('agreement.v1.json'));
    expect(decoded.problem).toBeUndefined();
    expect(decoded.migratedFrom).toBeUndefined();
    const state = decoded.data;
    expect(state.preset).toBe('youth');
    expect(state.programmeContact).toBe('Dana Kelly, programme coordinator');
    expect(state.scheduler).toBe('both');
    expect(state.fields).toEqual({ frequency: 'every Saturday morning', hours: 'between 10am and 6pm' });
    expect(state.sections.purpose?.[2]).toEqual({ id: 'u-2hijklmn', key: '', text: 'We agree to work towards this goal: Apply to the sports college.', goalId: 'g1' });
    expect(clauseStatus(lib, 'youth', 'purpose', state.sections.purpose![0]!)).toBe('edited');
    // Saved in the earlier youth wording, so it now reads as edited and keeps its words until someone restores it.
    expect(clauseStatus(lib, 'youth', 'meetings', state.sections.meetings![0]!)).toBe('edited');
  });

  it('brings the never-released version 0 draft up to version 1', () => {
    const decoded = decodeRaw(agreementSpec, fixture('agreement.v0.json'));
    expect(decoded.problem).toBeUndefined();
    expect(decoded.migratedFrom).toBe(0);
    expect(decoded.data).toEqual({
      ...initialAgreement('academic'),
      menteeRole: 'second-year PhD student',
      mentorRole: 'reader in geology',
      fields: { frequency: 'every three weeks' },
    });
  });

  it('accepts every example and every state it makes', () => {
    for (const id of presetIds) {
      const parsed = parseAgreement(JSON.parse(JSON.stringify(examples[id].agreement)));
      expect(parsed, id).toEqual({ ok: true, data: examples[id].agreement });
      expect(examples[id].agreement.preset).toBe(id);
    }
    const made = switchPreset(edit(initialAgreement(), 'review', 'change', 'Changed.'), 'academic', 'keep', lib);
    expect(parseAgreement(JSON.parse(JSON.stringify(made)))).toEqual({ ok: true, data: made });
  });

  it('salvages what it can and says what was wrong', () => {
    const parsed = parseAgreement({
      preset: 'school',
      organisation: 42,
      fields: { hours: ['nine', 'five'], channels: 'email' },
      scheduler: 'nobody',
      sections: {
        purpose: [{ id: 'a', key: '', text: 'Kept.' }, 'not a clause', { id: 'a', key: '', text: 'Same id.' }, { key: 'goals', text: 'No id.' }],
        ending: 'not a list',
      },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toMatch(/preset is not one of/);
    expect(parsed.error).toMatch(/fields\.hours is not text/);
    const data = parsed.salvaged!;
    expect(data.preset).toBe('workplace');
    expect(data.organisation).toBe('42');
    expect(data.fields.channels).toBe('email');
    expect(data.sections.purpose!.map((c) => c.text)).toEqual(['Kept.', 'Same id.', 'No id.']);
    const ids = data.sections.purpose!.map((c) => c.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids.every(Boolean)).toBe(true);
    expect(data.sections.ending).toEqual([]);
  });

  it('reports the scheduler and a non-object clause', () => {
    const parsed = parseAgreement({ preset: 'youth', scheduler: 'nobody', sections: { purpose: [7] } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/scheduler is not one of.*sections\.purpose\[0\] is not a clause|sections\.purpose\[0\] is not a clause.*scheduler/);
    expect(parseAgreement('nonsense').ok).toBe(false);
    expect(parseAgreement({})).toEqual({ ok: true, data: initialAgreement() });
  });

  it('describes the data in a few words', () => {
    expect(describeAgreement(initialAgreement('youth'))).toBe('Youth programme agreement');
    expect(describeAgreement(examples.academic.agreement)).toBe('Academic or research agreement, changed from the defaults');
  });
});

describe('the document', () => {
  it('numbers sections and clauses, naming both people, their roles and organisation', () => {
    const sections = buildClauses(examples.workplace.agreement, examples.workplace.pair, lib);
    expect(sections.map((s) => s.number)).toEqual(sections.map((_, i) => i + 1));
    expect(sections[0]!.title).toBe('Who we are');
    expect(sections[0]!.clauses[0]).toEqual({
      number: '1.1',
      text: 'We, Priya Raman (data analyst), the mentee, and Tom Becker (head of analytics), the mentor, make this agreement within Northfield Logistics.',
    });
    expect(sections[0]!.clauses[1]!.text).toBe('We agree that our mentoring starts on 7 September 2026.');
    for (const s of sections) s.clauses.forEach((c, i) => expect(c.number).toBe(`${s.number}.${i + 1}`));
    // Every clause speaks for both.
    for (const c of sections.flatMap((s) => s.clauses)) expect(c.text).toMatch(/^We[ ,]/);
  });

  it('writes the meeting rhythm, who arranges, cancelling, channels and response time from the answers', () => {
    const text = documentText(initialAgreement());
    expect(text).toContain('We agree to meet every two weeks, for an hour each time, by video call or in a meeting room at work.');
    expect(text).toContain('We agree that Amara Okafor arranges our meetings.');
    expect(text).toContain('tells the other at least a working day before, and offers another time.');
    expect(text).toContain('We agree to keep in touch by work email and video calls, during working hours, Monday to Friday.');
    expect(text).toContain('We agree to answer each other’s messages within two working days.');
    expect(text).toContain('We agree to review this agreement together on 5 April 2027');
    expect(documentText({ ...initialAgreement(), scheduler: 'both' })).toContain('We agree that we take turns to arrange our meetings.');
    expect(documentText({ ...initialAgreement(), scheduler: 'mentor' }, pair({ mentor: '' }))).toContain('We agree that the mentor arranges our meetings.');
  });

  it('leaves out empty answers and their parts, and empty clauses and sections', () => {
    let state: AgreementState = { ...initialAgreement(), fields: { duration: '', place: ' ', channels: '', cancelNotice: '' } };
    state = withSection(state, 'offLimits', [{ id: 'u-1', key: '', text: '   ' }]);
    const text = documentText(state);
    expect(text).toContain('We agree to meet every two weeks.');
    expect(text).not.toContain('keep in touch by');
    expect(text).not.toContain('cancel or move');
    expect(text).not.toContain('Topics and behaviour off limits');
    const sections = buildClauses(state, pair(), lib);
    expect(sections.find((s) => s.id === 'boundaries')!.number).toBe(6);
  });

  it('prints blank lines where names and dates are missing', () => {
    const text = documentText(initialAgreement(), { mentee: '', mentor: '', startDate: '', reviewDate: '' });
    expect(text).toContain(`We, ${BLANK}, the mentee, and ${BLANK}, the mentor, make this agreement.`);
    expect(text).toContain(`starts on ${BLANK}.`);
    expect(text).toContain(`review this agreement together on ${BLANK},`);
  });

  it('names the programme contact in a youth agreement, with a line to fill in when there is none', () => {
    expect(documentText(examples.youth.agreement, examples.youth.pair)).toContain('We agree that Dana Kelly, programme coordinator, 0161 496 0000 is our programme contact');
    expect(documentText(initialAgreement('youth'))).toContain(`We agree that ${BLANK} is our programme contact`);
    expect(documentText(initialAgreement('workplace'))).not.toContain('programme contact');
    expect(documentText({ ...initialAgreement('workplace'), programmeContact: 'Sam at HR' })).toContain('We agree that Sam at HR is the person either of us can go to');
  });

  it('carries the confidentiality limits and the no-fault ending into the document', () => {
    for (const id of presetIds) {
      const text = documentText(initialAgreement(id));
      expect(text, id).toMatch(/Confidentiality and its limits/);
      expect(text, id).toMatch(/serious harm/);
      expect(text, id).toMatch(/no-fault ending/);
    }
  });

  it('keeps typed markup as plain text', () => {
    const state = withSection(initialAgreement(), 'purpose', [{ id: 'u-x', key: '', text: '<img src=x onerror=alert(1)>' }]);
    expect(documentText({ ...state, organisation: '{org} <b>' })).toContain('2.1 <img src=x onerror=alert(1)>');
    expect(documentText({ ...state, organisation: '{org} <b>' })).toContain('within {org} <b>.');
  });
});

describe('signatures', () => {
  it('are the mentee’s and the mentor’s, with their names, in every context', () => {
    for (const id of ['workplace', 'academic'] as const) {
      expect(signatories(pair(), lib.presets[id].signers)).toEqual([['Mentee', 'Amara Okafor'], ['Mentor', 'Dr Lena Fischer']]);
    }
    expect(signatories(pair({ mentee: '' }))).toEqual([['Mentee', ''], ['Mentor', 'Dr Lena Fischer']]);
  });
  it('add a parent or carer and the programme coordinator in a youth programme, their names left to write by hand', () => {
    expect(signatories(pair(), lib.presets.youth.signers)).toEqual([
      ['Mentee', 'Amara Okafor'], ['Mentor', 'Dr Lena Fischer'], ['Parent or carer', ''], ['Programme coordinator', ''],
    ]);
  });
});

describe('fill', () => {
  it('drops a bracketed part whose value is empty, and the whole clause when a required value is empty', () => {
    expect(fill('We meet[ {a}][, for {b}].', { a: 'weekly', b: '' })).toBe('We meet weekly.');
    expect(fill('We talk by {c}.', { c: '' })).toBe('');
    expect(fill('We talk by {c}.', {})).toBe('');
  });
  it('never reads a value as a template', () => {
    expect(fill('By {c}[ at {d}].', { c: '{d}', d: '[x]' })).toBe('By {d} at [x].');
  });
});

describe('checks before printing', () => {
  const levels = (state: AgreementState, p: Pair) => checks(state, p, lib).map((c) => `${c.level}: ${c.message}`);

  it('passes a complete workplace agreement', () => {
    expect(checks(initialAgreement(), pair(), lib)).toEqual([]);
    for (const id of presetIds) expect(checks(examples[id].agreement, examples[id].pair, lib), id).toEqual([]);
  });

  it('needs both names', () => {
    expect(levels(initialAgreement(), pair({ mentee: ' ' }))).toEqual(['problem: The mentee’s name is missing. Add it under “Who and when”.']);
    expect(levels(initialAgreement(), pair({ mentor: '' }))).toEqual(['problem: The mentor’s name is missing. Add it under “Who and when”.']);
  });

  it('needs the review date after the start date', () => {
    expect(levels(initialAgreement(), pair({ reviewDate: '2026-10-05' }))[0]).toMatch(/^problem: The review date is on or before the start date/);
    expect(levels(initialAgreement(), pair({ reviewDate: '2026-09-01' }))[0]).toMatch(/^problem: The review date/);
    expect(checks(initialAgreement(), pair({ reviewDate: '2026-10-06' }), lib)).toEqual([]);
    expect(checks(initialAgreement(), pair({ startDate: '' }), lib)).toEqual([]);
  });

  it('warns when there is no review date', () => {
    expect(levels(initialAgreement(), pair({ reviewDate: '' }))).toEqual(['warning: There is no review date yet, so the agreement will print a blank line for it.']);
  });

  it('warns about a youth agreement without a programme contact, and only a youth one', () => {
    expect(levels(initialAgreement('youth'), pair())).toEqual([expect.stringMatching(/^warning: A youth programme agreement should name the programme contact/)]);
    expect(checks({ ...initialAgreement('youth'), programmeContact: 'Dana Kelly' }, pair(), lib)).toEqual([]);
    expect(checks(initialAgreement('academic'), pair(), lib)).toEqual([]);
  });

  it('warns when a youth safeguarding clause is removed, and not in other contexts', () => {
    const youth = without(without({ ...initialAgreement('youth'), programmeContact: 'Dana' }, 'boundaries', 'transport'), 'confidentiality', 'abuse');
    expect(levels(youth, pair())).toEqual([
      'warning: Youth programme clauses removed: reporting concerns about the mentee’s safety; no one-to-one transport. Check your programme’s rules before you sign.',
    ]);
    expect(checks(without(initialAgreement('workplace'), 'boundaries', 'places'), pair(), lib)).toEqual([]);
  });
});

it('formats dates in words', () => {
  expect(formatDate('2027-04-05')).toBe('5 April 2027');
  expect(formatDate('')).toBe('');
});
