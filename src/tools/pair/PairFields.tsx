import { useScoped } from '../shared/useScoped';
import { DateField, TextField } from '../shared/fields';
import { pairSpec } from './store';
import type { Pair } from './model';

/** The relationship's names: on pages whose tool has no "Who and when" of its own, inside "Manage this relationship". */
export function PairNames() {
  const [pair, store] = useScoped(pairSpec);
  const set = (field: keyof Pair) => (value: string) => store.update((p) => ({ ...p, [field]: value }));
  return (
    <div class="field-row" id="pair-names">
      <TextField label="Mentee’s name" value={pair.mentee} onInput={set('mentee')} autocomplete="off" />
      <TextField label="Mentor’s name" value={pair.mentor} onInput={set('mentor')} autocomplete="off" />
    </div>
  );
}

/** The names and dates at the top of the goal worksheet and the agreement: the relationship's own, shared by every tool. */
export function PairFields({ legend = 'Who and when' }: { legend?: string }) {
  const [pair, store] = useScoped(pairSpec);
  const set = (field: keyof Pair) => (value: string) => store.update((p) => ({ ...p, [field]: value }));
  const reviewBeforeStart = pair.startDate && pair.reviewDate && pair.reviewDate <= pair.startDate;
  return (
    <fieldset class="tool-fieldset pair-fields" id="pair-names">
      <legend>{legend}</legend>
      <p class="hint">These belong to the relationship: every worksheet for it uses them.</p>
      <div class="field-row">
        <TextField label="Mentee’s name" value={pair.mentee} onInput={set('mentee')} autocomplete="off" />
        <TextField label="Mentor’s name" value={pair.mentor} onInput={set('mentor')} autocomplete="off" />
      </div>
      <div class="field-row">
        <DateField label="Start date" value={pair.startDate} onInput={set('startDate')} />
        <DateField
          label="Review date"
          hint="When you will look back together and decide what next."
          value={pair.reviewDate}
          onInput={set('reviewDate')}
          error={reviewBeforeStart ? 'The review date is on or before the start date.' : undefined}
        />
      </div>
    </fieldset>
  );
}
