import type { ComponentChildren } from 'preact';
import { useId, useRef, useState, useEffect } from 'preact/hooks';
import { PairFields } from '../pair/PairFields';
import { isPairEmpty } from '../pair/model';
import { pairStore } from '../pair/store';
import { downloadExport, downloadText, fileDate } from '../shared/download';
import { SelectField, TextField } from '../shared/fields';
import { InlineConfirm } from '../shared/InlineConfirm';
import { PrintButton } from '../shared/PrintButton';
import { printTool } from '../shared/print';
import { SaveStatus } from '../shared/SaveStatus';
import { StorageNotices } from '../shared/StorageNotices';
import { UndoNotice } from '../shared/UndoNotice';
import { useAtom } from '../shared/useAtom';
import { heading, type Level } from '../shared/headings';
import { useStored } from '../shared/useStored';
import { $goalOptions, watchGoalOptions } from '../goals/goal-options';
import { DocumentView } from './DocumentView';
import type { AgreementExample } from './examples';
import { toTextFile } from './text-file';
import {
  addGoals, buildClauses, checks, clausesOf, defaultText, fieldOf, isAgreementEmpty, isUntouched, newId, peopleIds, presetLabels,
  removedDefaults, restoreRemoved, schedulerOf, sectionIds, switchPreset,
  type AgreementState, type Clause, type FieldId, type PresetId, type SectionId,
} from './model';
import { PresetPicker } from './PresetPicker';
import type { Library } from './presets';
import { SectionEditor, type SectionActions } from './SectionEditor';
import { agreementStore } from './store';

const fieldLabels: Record<FieldId, string> = {
  frequency: 'How often we meet',
  duration: 'How long each meeting lasts',
  place: 'Where or how we meet',
  cancelNotice: 'Notice to cancel or move a meeting',
  channels: 'How we keep in touch',
  hours: 'When we send messages',
  responseTime: 'We reply within',
};

interface Undo {
  message: string;
  run(): void;
}

export interface AgreementProps {
  /** The presets' clause texts and default answers (presets.ts), handed in by the page. */
  lib: Library;
  /** One worked example per context (examples.ts), handed in by the page. */
  examples: Record<PresetId, AgreementExample>;
  /** Heading level of the builder's sections: 2 on its own page, deeper inside a chapter. */
  level?: Level;
}

/** The boundary agreement generator: context, people, sections of clauses, then the agreement to print and sign. */
export function AgreementBuilder({ lib, examples, level = 2 }: AgreementProps) {
  const [H, H2] = [heading(level), heading(level, 1)];
  const state = useStored(agreementStore);
  // Goals from the goal worksheet, when it has any: "Pull in our goals" appears.
  const goals = useAtom($goalOptions);
  useEffect(watchGoalOptions, []);
  const pair = useStored(pairStore);
  const root = useRef<HTMLDivElement>(null);
  const docId = useId();
  const [announcement, say] = useState('');
  const [pending, setPending] = useState<PresetId | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [ask, setAsk] = useState<'example' | 'print' | null>(null);

  const sections = buildClauses(state, pair, lib);
  const numbers: Record<string, string> = {};
  for (const s of sections) for (const c of s.clauses) if (c.clauseId) numbers[c.clauseId] = c.number;
  const found = checks(state, pair, lib);
  const label = presetLabels[state.preset];
  const org = lib.presets[state.preset].org[0];
  const titles = lib.titles;

  /** Focuses an element inside the tool once Preact has rendered the change. */
  const focusLater = (selector: string) => setTimeout(() => root.current?.querySelector<HTMLElement>(selector)?.focus(), 0);
  const focusClause = (id: string) => focusLater(`[data-clause="${id}"] textarea`);

  const change = (fn: (s: AgreementState) => AgreementState) => agreementStore.update(fn);
  const editSection = (section: SectionId, fn: (clauses: Clause[]) => Clause[]) =>
    change((s) => ({ ...s, sections: { ...s.sections, [section]: fn(clausesOf(s, section, lib)) } }));
  const set = (field: (typeof peopleIds)[number]) => (value: string) =>
    change((s) => ({ ...s, [field]: value }));

  const actions: SectionActions = {
    setText: (section, id, text) => editSection(section, (cs) => cs.map((c) => (c.id === id ? { ...c, text } : c))),
    add(section) {
      const id = newId();
      editSection(section, (cs) => [...cs, { id, key: '', text: '' }]);
      say(`New empty clause added to ${titles[section]}.`);
      focusClause(id);
    },
    remove(section, id) {
      const list = clausesOf(state, section, lib);
      const index = list.findIndex((c) => c.id === id);
      const name = numbers[id] ? `Clause ${numbers[id]}` : 'The empty clause';
      editSection(section, (cs) => cs.filter((c) => c.id !== id));
      setUndo({
        message: `${name} was removed from ${titles[section]}.`,
        run() {
          editSection(section, (cs) => [...cs.slice(0, index), list[index]!, ...cs.slice(index)]);
          focusClause(id);
        },
      });
      const next = list[index + 1] ?? list[index - 1];
      if (next) focusClause(next.id);
      else focusLater(`[data-section="${section}"] [data-add]`);
    },
    restoreDefault(section, id) {
      const clause = clausesOf(state, section, lib).find((c) => c.id === id)!;
      actions.setText(section, id, defaultText(lib, state.preset, section, clause.key)!);
      say(`Clause ${numbers[id]} is back to its default wording.`);
      focusClause(id);
    },
    restoreRemoved(section) {
      const first = removedDefaults(state, section, lib)[0]![0];
      change((s) => restoreRemoved(s, section, lib));
      say(`Default clauses added to ${titles[section]}.`);
      focusClause(first);
    },
  };

  function choosePreset(to: PresetId) {
    if (to === state.preset) return;
    if (!isUntouched(state)) return setPending(to);
    change((s) => switchPreset(s, to, 'replace', lib));
    say(`Context set to ${presetLabels[to]}.`);
  }
  function resolvePreset(mode: 'replace' | 'keep') {
    const to = pending!;
    setPending(null);
    change((s) => switchPreset(s, to, mode, lib));
    say(`Context set to ${presetLabels[to]}.`);
    focusLater('.preset-picker input:checked');
  }

  function showExample() {
    setAsk(null);
    agreementStore.replace(examples[state.preset].agreement);
    pairStore.replace(examples[state.preset].pair);
    focusLater('.preset-picker input:checked');
  }

  function pullGoals() {
    const { state: next, added } = addGoals(state, goals!, lib);
    if (added) change(() => next);
    say(`${added} new goals added to ${titles.purpose}.`);
  }

  const exportJson = () => downloadExport('agreement', [agreementStore, pairStore]);

  const fields = (...ids: FieldId[]) =>
    ids.map((f) => (
      <TextField key={f} class={`field-${f}`} label={fieldLabels[f]} value={fieldOf(state, f, lib)} onInput={(v) => change((s) => ({ ...s, fields: { ...s.fields, [f]: v } }))} />
    ));
  const extras: Partial<Record<SectionId, ComponentChildren>> = {
    purpose: !!goals?.length && (
      <p>
        <button type="button" onClick={pullGoals}>Pull in our goals</button>
      </p>
    ),
    meetings: (
      <div class="field-row">
        {fields('frequency', 'duration', 'place')}
        <SelectField
          label="Who arranges our meetings"
          value={schedulerOf(state, lib)}
          options={[
            { value: 'mentee', label: 'The mentee' },
            { value: 'mentor', label: 'The mentor' },
            { value: 'both', label: 'We take turns' },
          ]}
          onChange={(scheduler) => change((s) => ({ ...s, scheduler }))}
        />
        {fields('cancelNotice')}
      </div>
    ),
    contact: <div class="field-row">{fields('channels', 'hours', 'responseTime')}</div>,
  };

  return (
    <div class="tool agreement" ref={root}>
      <div class="no-print">
        <SaveStatus stores={[agreementStore, pairStore]} />
        <StorageNotices stores={[agreementStore, pairStore]} />
        <p class="visually-hidden" role="status">{announcement}</p>
        {undo && <UndoNotice message={undo.message} onUndo={() => (undo.run(), setUndo(null))} onDismiss={() => setUndo(null)} />}
        <p>
          <a href={`#${docId}`}>Skip to the agreement and printing</a>
        </p>
      </div>

      <div class="agreement-editor">
        <PresetPicker value={pending ?? state.preset} lib={lib} onChange={choosePreset} />
        {pending && (
          <InlineConfirm
              message={`Replace everything you changed or added with the ${presetLabels[pending].toLowerCase()} defaults, or keep your changes and update only the rest?`}
              confirmLabel={`Replace with ${presetLabels[pending].toLowerCase()} defaults`}
              cancelLabel="Keep our changes"
              onConfirm={() => resolvePreset('replace')}
              onCancel={() => resolvePreset('keep')}
            />
        )}
        <p class="agreement-example">
          <button type="button" onClick={() => (isAgreementEmpty(state) && isPairEmpty(pair) ? showExample() : setAsk('example'))}>
            Try an example
          </button>
        </p>
        {ask === 'example' && (
          <InlineConfirm
            message="Replace what you have typed, names and dates included, with an example?"
            confirmLabel="Show the example"
            onConfirm={showExample}
            onCancel={() => (setAsk(null), focusLater('.agreement-example button'))}
          />
        )}

        <PairFields />
        <fieldset class="tool-fieldset">
          <legend>Roles and {org.toLowerCase()}</legend>
          <div class="field-row">
            <TextField label="Mentee’s role (optional)" value={state.menteeRole} onInput={set('menteeRole')} />
            <TextField label="Mentor’s role (optional)" value={state.mentorRole} onInput={set('mentorRole')} />
            <TextField label={`${org} (optional)`} value={state.organisation} onInput={set('organisation')} />
            <TextField
              label={`Programme contact${state.preset === 'youth' ? '' : ' (optional)'}`}
              hint="Name and how to reach them."
              value={state.programmeContact}
              onInput={set('programmeContact')}
            />
          </div>
        </fieldset>

        {sectionIds.map((section) => (
          <SectionEditor key={section} section={section} state={state} lib={lib} numbers={numbers} actions={actions}>
            {extras[section]}
          </SectionEditor>
        ))}
      </div>

      <section class="agreement-output" aria-labelledby={docId}>
        <div class="no-print">
          <H id={docId} tabIndex={-1}>Your agreement</H>
          {found.length > 0 && (
            <div class="agreement-checks">
              <H2 tabIndex={-1}>Before you print</H2>
              <ul class="check-list">
                {found.map((c) => (
                  <li key={c.message}>
                    <strong class={c.level}>{c.level === 'problem' ? '⚠ Fix: ' : 'Check: '}</strong>
                    {c.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div class="button-row">
            <PrintButton beforePrint={() => !found.length || (setAsk('print'), false)} />
            <button type="button" onClick={() => downloadText(`good-mentoring-guide-agreement-${fileDate()}.txt`, toTextFile(sections, pair, label), 'text/plain')}>
              Download as a text file to edit
            </button>
            <button type="button" onClick={exportJson}>Download as JSON</button>
          </div>
          {ask === 'print' && (
            <InlineConfirm
              message={`There ${found.length === 1 ? 'is 1 thing' : `are ${found.length} things`} to fix or check, listed above. Print anyway?`}
              confirmLabel="Print anyway"
              cancelLabel="Go back and fix"
              onConfirm={() => (setAsk(null), printTool(root.current))}
              onCancel={() => (setAsk(null), focusLater('.agreement-checks [tabindex="-1"]'))}
            />
          )}
        </div>
        <DocumentView sections={sections} pair={pair} presetLabel={label} level={level} />
      </section>
    </div>
  );
}
