// What the section editors' buttons do: edit, add, remove (with undo), restore default wording, bring back removed
// defaults. Clause ids come from storage, imports and shares, so they are escaped before going into a selector.
import type { StoredState } from '../../lib/storage';
import { newId } from '../../lib/ids';
import { fill } from '../../lib/words';
import { byData } from '../shared/focus';
import type { Undoable } from '../shared/useUndo';
import { clausesOf, defaultText, removedDefaults, restoreRemoved, type AgreementState, type Clause, type SectionId } from './model';
import type { Library } from './presets';
import type { SectionActions } from './SectionEditor';
import type { AgreementTexts } from './texts';

export function sectionActions(opts: {
  store: StoredState<AgreementState>;
  lib: Library;
  t: AgreementTexts;
  /** Each clause's number in the document, by id, as last rendered. */
  numbers: Record<string, string>;
  focusIn(selector: string): void;
  announce(text: string): void;
  offerUndo(undo: Undoable, focusNotice?: boolean): void;
}): SectionActions {
  const { store, lib, t, numbers, focusIn, announce } = opts;
  const titles = lib.titles;
  const state = () => store.$data.get();
  const focusClause = (id: string) => focusIn(`${byData('clause', id)} textarea`);
  const editSection = (section: SectionId, fn: (clauses: Clause[]) => Clause[]) =>
    store.update((s) => ({ ...s, sections: { ...s.sections, [section]: fn(clausesOf(s, section, lib)) } }));

  const actions: SectionActions = {
    setText: (section, id, text) => editSection(section, (cs) => cs.map((c) => (c.id === id ? { ...c, text } : c))),
    add(section) {
      const id = newId();
      editSection(section, (cs) => [...cs, { id, key: '', text: '' }]);
      announce(fill(t.clause.added, { title: titles[section] }));
      focusClause(id);
    },
    remove(section, id) {
      const list = clausesOf(state(), section, lib);
      const index = list.findIndex((c) => c.id === id);
      const name = numbers[id] ? fill(t.clause.numbered, { number: numbers[id] }) : t.clause.empty;
      editSection(section, (cs) => cs.filter((c) => c.id !== id));
      opts.offerUndo({
        message: fill(t.clause.removed, { name, title: titles[section] }),
        restore: () => {
          editSection(section, (cs) => [...cs.slice(0, index), list[index]!, ...cs.slice(index)]);
          focusClause(id);
        },
      }, false);
      // Focus moves on to the next clause, or to "Add a clause" when none is left.
      const next = list[index + 1] ?? list[index - 1];
      if (next) focusClause(next.id);
      else focusIn(`${byData('section', section)} [data-add]`);
    },
    restoreDefault(section, id) {
      const clause = clausesOf(state(), section, lib).find((c) => c.id === id)!;
      actions.setText(section, id, defaultText(lib, state().preset, section, clause.key)!);
      announce(fill(t.clause.defaultBack, { number: numbers[id] }));
      focusClause(id);
    },
    restoreRemoved(section) {
      const first = removedDefaults(state(), section, lib)[0]![0];
      store.update((s) => restoreRemoved(s, section, lib));
      announce(fill(t.clause.defaultsAdded, { title: titles[section] }));
      focusClause(first);
    },
  };
  return actions;
}
