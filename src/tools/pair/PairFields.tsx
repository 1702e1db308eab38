import { pairStore } from './store';
import { useStored } from '../shared/useStored';
import { DateField, TextField } from '../shared/fields';
import type { Pair } from './model';

/** The names and dates at the top of the goal worksheet and the agreement (one saved copy for both). */
export function PairFields({ legend = 'Who and when' }: { legend?: string }) {
  const pair = useStored(pairStore);
  const set = (field: keyof Pair) => (value: string) => pairStore.update((p) => ({ ...p, [field]: value }));
  const reviewBeforeStart = pair.startDate && pair.reviewDate && pair.reviewDate <= pair.startDate;
  return (
    <fieldset class="tool-fieldset pair-fields">
      <legend>{legend}</legend>
      <p class="hint">Shared by the goal worksheet and the agreement: change them here and both follow.</p>
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
