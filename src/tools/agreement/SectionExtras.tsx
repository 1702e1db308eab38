import type { StoredState } from '../../lib/storage';
import { counted } from '../../lib/words';
import { useGoalOptions } from '../linked/useGoalOptions';
import { SelectField, TextField } from '../shared/fields';
import { addGoals, fieldOf, schedulerOf, type AgreementState, type FieldId, type SectionId } from './model';
import type { Library } from './presets';
import type { AgreementTexts } from './texts';

/** What some sections ask before their clauses: the meeting and contact answers, and pulling in the pair's goals. */
export function SectionExtras(props: { section: SectionId; state: AgreementState; lib: Library; t: AgreementTexts; store: StoredState<AgreementState>; announce(text: string): void }) {
  const { section, state, lib, t, store } = props;
  const goals = useGoalOptions();
  const fields = (...ids: FieldId[]) =>
    ids.map((f) => (
      <TextField key={f} class={`field-${f}`} label={t.fieldLabels[f]} value={fieldOf(state, f, lib)} onInput={(v) => store.update((s) => ({ ...s, fields: { ...s.fields, [f]: v } }))} />
    ));
  if (section === 'purpose') {
    if (!goals.length) return null;
    const pull = () => {
      const { state: next, added } = addGoals(store.$data.get(), goals, lib);
      if (added) store.update(() => next);
      props.announce(counted(added, t.goals.added, { title: lib.titles.purpose }));
    };
    return <p><button type="button" onClick={pull}>{t.goals.pull}</button></p>;
  }
  if (section === 'meetings') {
    const w = t.scheduler;
    return (
      <div class="field-row">
        {fields('frequency', 'duration', 'place')}
        <SelectField
          label={w.label}
          value={schedulerOf(state, lib)}
          options={[{ value: 'mentee', label: w.mentee }, { value: 'mentor', label: w.mentor }, { value: 'both', label: w.both }]}
          onChange={(scheduler) => store.update((s) => ({ ...s, scheduler }))}
        />
        {fields('cancelNotice')}
      </div>
    );
  }
  if (section === 'contact') return <div class="field-row">{fields('channels', 'hours', 'responseTime')}</div>;
  return null;
}
