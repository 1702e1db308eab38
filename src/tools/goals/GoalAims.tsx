import { SelectField, TextField } from '../shared/fields';
import { counted, fill, goalKinds, isGoalBlank, smartChecks } from './model';
import { GoalArea, GoalDate, words, type GoalPartProps } from './goal-fields';
import { ShortTitleField } from './ShortTitleField';

/** What the goal is and why, then the SMART parts with their live check. */
export function GoalAims(props: GoalPartProps & { today: string }) {
  const { t, goal, set } = props;
  const checks = smartChecks(goal, props.today);
  return (
    <>
      <fieldset class="tool-fieldset">
        <legend>{t.legends.goal}</legend>
        <GoalArea {...props} field="title" />
        <ShortTitleField t={t} goal={goal} onInput={(short) => set({ short })} />
        <SelectField
          {...words(t, 'kind')}
          value={goal.kind}
          options={goalKinds.map((k) => ({ value: k, label: t.kinds[k] }))}
          onChange={(kind) => set({ kind })}
        />
        <GoalArea {...props} field="why" />
      </fieldset>
      <fieldset class="tool-fieldset">
        <legend>{t.legends.smart}</legend>
        <GoalArea {...props} field="measure" />
        <div class="field-row">
          <TextField {...words(t, 'owner')} value={goal.owner} onInput={(owner) => set({ owner })} />
          <GoalDate {...props} field="targetDate" />
        </div>
        {!isGoalBlank(goal) && (
          <div class={`goal-checks${checks.length ? ' goal-checks--open' : ''}`}>
            <p>
              {!checks.length && <span aria-hidden="true">✓ </span>}
              <strong>{counted(checks.length, t.smartHeading)}</strong>
              {!checks.length && t.smartOk}
            </p>
            {checks.length > 0 && (
              <ul class="check-list">
                {checks.map((c) => {
                  const [message, why] = t.smart[c.id];
                  return (
                    <li key={c.id} data-check={c.id}>
                      <strong>
                        <span aria-hidden="true">⚠ </span>
                        {fill(message, c)}.
                      </strong>{' '}
                      {fill(why, c)}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        )}
      </fieldset>
    </>
  );
}
