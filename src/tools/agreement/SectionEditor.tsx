import type { ComponentChildren } from 'preact';
import { TextArea } from '../shared/fields';
import { clauseStatus, clausesOf, removedDefaults, type AgreementState, type SectionId } from './model';
import type { Library } from './presets';
import type { AgreementTexts } from './texts';
import { counted, fill } from '../../lib/words';

export interface SectionActions {
  setText(section: SectionId, id: string, text: string): void;
  add(section: SectionId): void;
  remove(section: SectionId, id: string): void;
  restoreDefault(section: SectionId, id: string): void;
  restoreRemoved(section: SectionId): void;
}

/** One section's editable clauses, with add, remove, restore the default wording, and bring back removed defaults. */
export function SectionEditor(props: {
  section: SectionId;
  state: AgreementState;
  lib: Library;
  t: AgreementTexts;
  /** Each clause's number in the document ("3.4"), by clause id. */
  numbers: Record<string, string>;
  actions: SectionActions;
  children?: ComponentChildren;
}) {
  const { section, state, lib, numbers, actions } = props;
  const w = props.t.clause;
  const title = lib.titles[section];
  const removed = removedDefaults(state, section, lib).length;
  return (
    <fieldset class="tool-fieldset agreement-section" data-section={section}>
      <legend>{title}</legend>
      {props.children}
      <ul class="clause-list">
        {clausesOf(state, section, lib).map((c) => {
          const status = clauseStatus(lib, state.preset, section, c);
          const label = numbers[c.id] ? fill(w.numbered, { number: numbers[c.id] }) : w.fresh;
          return (
            <li key={c.id} class={`clause-edit clause-edit--${status}`} data-clause={c.id}>
              <TextArea
                label={label}
                hint={c.text.trim() ? w.status[status] : w.emptyHint}
                value={c.text}
                rows={3}
                onInput={(text) => actions.setText(section, c.id, text)}
              />
              <div class="button-row">
                {status === 'edited' && (
                  <button type="button" aria-label={fill(w.restoreDefaultOf, { label })} onClick={() => actions.restoreDefault(section, c.id)}>
                    {w.restoreDefault}
                  </button>
                )}
                <button type="button" aria-label={fill(w.removeLabel, { label })} onClick={() => actions.remove(section, c.id)}>
                  {w.remove}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <div class="button-row">
        <button type="button" data-add aria-label={fill(w.addTo, { title })} onClick={() => actions.add(section)}>
          {w.add}
        </button>
        {removed > 0 && (
          <button type="button" onClick={() => actions.restoreRemoved(section)}>
            {counted(removed, w.addMissing)}
          </button>
        )}
      </div>
    </fieldset>
  );
}
