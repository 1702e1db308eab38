import { useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { fileName } from '../../lib/file-names';
import { counted } from '../../lib/words';
import { $activeId } from '../../lib/relationships/store';
import { relationshipShare, shareText } from '../../lib/share/payload';
import type { Pair } from '../pair/model';
import { heading, type Level } from '../shared/headings';
import { InlineConfirm } from '../shared/InlineConfirm';
import { PrintButton } from '../shared/PrintButton';
import { printTool } from '../shared/print';
import { useDownloads } from '../shared/useDownloads';
import { DocumentView } from './DocumentView';
import { toTextFile } from './text-file';
import { checks, presetLabels, signatories, type AgreementState, type BuiltSection } from './model';
import type { Library } from './presets';
import type { AgreementTexts } from './texts';

/** The agreement as it reads and prints, the checks before printing, and the downloads. */
export function AgreementOutput(props: {
  id: string; level: Level; t: AgreementTexts; lib: Library; state: AgreementState; pair: Pair; sections: BuiltSection[];
  root: RefObject<HTMLDivElement>;
  /** Notes the day it was printed, for "Where we stand". */
  onPrint(): void;
}) {
  const { t, pair, sections } = props;
  const [H, H2] = [heading(props.level), heading(props.level, 1)];
  const [asking, setAsking] = useState(false);
  const files = useDownloads();
  const found = checks(props.state, pair, props.lib);
  const label = presetLabels[props.state.preset];
  const signers = props.lib.presets[props.state.preset].signers;
  const w = t.output;
  const focusChecks = () => setTimeout(() => props.root.current?.querySelector<HTMLElement>('.agreement-checks [tabindex="-1"]')?.focus(), 0);
  return (
    <section class="agreement-output" aria-labelledby={props.id}>
      <div class="no-print">
        <H id={props.id} tabIndex={-1}>{w.heading}</H>
        {found.length > 0 && (
          <div class="agreement-checks">
            <H2 tabIndex={-1}>{w.before}</H2>
            <ul class="check-list">
              {found.map((c) => (
                <li key={c.message}>
                  <strong class={c.level}>{c.level === 'problem' ? w.fix : w.check}</strong>
                  {c.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="button-row">
          <PrintButton beforePrint={() => (found.length ? (setAsking(true), false) : (props.onPrint(), true))} />
          <button type="button" onClick={() => files.download(() => ({ name: fileName(['agreement'], 'txt'), text: toTextFile(sections, pair, label, signatories(pair, signers)), type: 'text/plain' }))}>
            {w.textFile}
          </button>
          <button
            type="button"
            onClick={() => files.download(() => ({ name: fileName(['agreement'], 'json'), text: shareText(relationshipShare($activeId.get(), pair, '', ['agreement']), true) }))}
          >
            {w.json}
          </button>
        </div>
        {files.note}
        {asking && (
          <InlineConfirm
            message={counted(found.length, w.printAnyway)}
            confirmLabel={w.printAnywayYes}
            cancelLabel={w.printAnywayNo}
            onConfirm={() => (setAsking(false), props.onPrint(), printTool(props.root.current))}
            onCancel={() => (setAsking(false), focusChecks())}
          />
        )}
      </div>
      <DocumentView sections={sections} pair={pair} presetLabel={label} level={props.level} signers={signers} />
    </section>
  );
}
