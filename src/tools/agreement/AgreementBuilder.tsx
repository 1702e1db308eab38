import { useRef, useState } from 'preact/hooks';
import { scopedStore } from '../../lib/relationships/store';
import { fill } from '../../lib/words';
import { localDate } from '../../lib/dates';
import { isPairEmpty } from '../pair/model';
import { pairSpec } from '../pair/store';
import { PairFields } from '../pair/PairFields';
import { InlineConfirm } from '../shared/InlineConfirm';
import { ToolFrame } from '../shared/ToolFrame';
import { TryExample } from '../shared/TryExample';
import { useAnnouncer } from '../shared/useAnnouncer';
import { useScoped } from '../shared/useScoped';
import { useUndo } from '../shared/useUndo';
import type { AgreementProps } from './index';
import { buildClauses, isUntouched, presetLabels, sectionIds, switchPreset, type PresetId } from './model';
import { agreementSpec } from './store';
import { sectionActions } from './section-actions';
import { PresetPicker } from './PresetPicker';
import { PeopleFields } from './PeopleFields';
import { SectionEditor } from './SectionEditor';
import { SectionExtras } from './SectionExtras';
import { AgreementOutput } from './AgreementOutput';

/** The boundary agreement generator: context, people, sections of clauses, then the agreement to print and sign. */
export function AgreementBuilder({ lib, examples, t, level }: AgreementProps) {
  const [state, store] = useScoped(agreementSpec);
  const [pair, pairStore] = useScoped(pairSpec);
  const root = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<PresetId | null>(null);
  const { announce, region } = useAnnouncer();
  const undo = useUndo(announce, { putBack: t.clause.putBack });
  const docId = 'agreement-doc';

  const sections = buildClauses(state, pair, lib);
  const numbers: Record<string, string> = {};
  for (const s of sections) for (const c of s.clauses) if (c.clauseId) numbers[c.clauseId] = c.number;
  /** Focuses an element inside the tool once Preact has rendered the change. */
  const focusIn = (selector: string) => setTimeout(() => root.current?.querySelector<HTMLElement>(selector)?.focus(), 0);
  const actions = sectionActions({ store, lib, t, numbers, focusIn, announce, offerUndo: undo.offer });

  const setPreset = (to: PresetId, mode: 'replace' | 'keep') => {
    store.update((s) => switchPreset(s, to, mode, lib));
    announce(fill(t.preset.set, { preset: presetLabels[to] }));
  };
  const choosePreset = (to: PresetId) => {
    if (to === state.preset) return;
    if (!isUntouched(state)) return setPending(to);
    setPreset(to, 'replace');
  };
  const resolvePreset = (mode: 'replace' | 'keep') => {
    setPreset(pending!, mode);
    setPending(null);
    focusIn('.preset-picker input:checked');
  };
  const fillExample = (relationship: string) => {
    const example = examples[state.preset];
    scopedStore(agreementSpec, relationship).replace(example.agreement);
    const pairs = scopedStore(pairSpec, relationship);
    if (isPairEmpty(pairs.$data.get())) pairs.replace(example.pair);
  };
  const presetName = pending ? presetLabels[pending].toLowerCase() : '';

  return (
    <ToolFrame class="agreement" stores={[store, pairStore]} namesHere>
      <div ref={root}>
        <p class="no-print"><a href={`#${docId}`}>{t.skip}</a></p>
        <div class="agreement-editor">
          <PresetPicker value={pending ?? state.preset} lib={lib} t={t} onChange={choosePreset} />
          {pending && (
            <InlineConfirm
              message={fill(t.preset.confirm, { preset: presetName })}
              confirmLabel={fill(t.preset.replace, { preset: presetName })}
              cancelLabel={t.preset.keep}
              onConfirm={() => resolvePreset('replace')}
              onCancel={() => resolvePreset('keep')}
            />
          )}
          <p class="agreement-example">
            <TryExample label={t.tryExample} fill={fillExample} announce={announce} said={t.exampleFilled} />
          </p>
          <PairFields />
          <PeopleFields state={state} lib={lib} t={t} store={store} />
          {sectionIds.map((section) => (
            <SectionEditor key={section} section={section} state={state} lib={lib} t={t} numbers={numbers} actions={actions}>
              <SectionExtras section={section} state={state} lib={lib} t={t} store={store} announce={announce} />
            </SectionEditor>
          ))}
        </div>
        <AgreementOutput
          id={docId} level={level} t={t} lib={lib} state={state} pair={pair} sections={sections} root={root}
          onPrint={() => store.update((s) => ({ ...s, printedOn: localDate(new Date()) }))}
        />
        {undo.element}
        {region}
      </div>
    </ToolFrame>
  );
}
