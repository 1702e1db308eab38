import type { StoredState } from '../../lib/storage';
import { fill } from '../../lib/words';
import { TextField } from '../shared/fields';
import type { AgreementState } from './model';
import type { Library } from './presets';
import type { AgreementTexts } from './texts';

type PersonField = 'menteeRole' | 'mentorRole' | 'organisation' | 'programmeContact';

/** Roles, the organisation and the programme contact: what the pair types about themselves beyond names and dates. */
export function PeopleFields(props: { state: AgreementState; lib: Library; t: AgreementTexts; store: StoredState<AgreementState> }) {
  const { state, t } = props;
  const org = props.lib.presets[state.preset].org[0];
  const w = t.people;
  const set = (field: PersonField) => (value: string) => props.store.update((s) => ({ ...s, [field]: value }));
  return (
    <fieldset class="tool-fieldset">
      <legend>{fill(w.legend, { org: org.toLowerCase() })}</legend>
      <div class="field-row">
        <TextField label={w.menteeRole} value={state.menteeRole} onInput={set('menteeRole')} />
        <TextField label={w.mentorRole} value={state.mentorRole} onInput={set('mentorRole')} />
        <TextField label={fill(w.organisation, { org })} value={state.organisation} onInput={set('organisation')} />
        <TextField
          label={`${w.contact}${state.preset === 'youth' ? '' : w.optional}`}
          hint={w.contactHint}
          value={state.programmeContact}
          onInput={set('programmeContact')}
        />
      </div>
    </fieldset>
  );
}
