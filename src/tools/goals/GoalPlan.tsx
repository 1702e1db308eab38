import { SelectField, TextField } from '../shared/fields';
import { asksToRaise, fill, firstStepNeedsDate, woopCheck } from './model';
import { GoalArea, GoalDate, words, type GoalPartProps } from './goal-fields';

/** How the goal will be reached (GROW: where things stand, options, first step, commitment, support) and its if-then plan (WOOP). */
export function GoalPlan(props: GoalPartProps) {
  const { t, goal, set } = props;
  const woop = woopCheck(goal.ifThen);
  return (
    <>
      <fieldset class="tool-fieldset">
        <legend>{t.legends.grow}</legend>
        <GoalArea {...props} field="reality" />
        <GoalArea {...props} field="options" />
        <div class="field-row">
          <TextField
            {...words(t, 'firstStep')}
            value={goal.firstStep}
            onInput={(firstStep) => set({ firstStep })}
            error={firstStepNeedsDate(goal) ? t.firstStepNeedsDate : undefined}
          />
          <GoalDate {...props} field="firstStepDate" />
        </div>
        <SelectField
          {...words(t, 'commitment')}
          value={String(goal.commitment ?? '')}
          options={t.commitmentOptions.map((label, i) => ({ value: i ? String(i) : '', label }))}
          onChange={(v) => set({ commitment: v ? Number(v) : null })}
          class="field--short"
        />
        {asksToRaise(goal.commitment) && (
          <>
            <p class="goal-prompt">
              <span aria-hidden="true">? </span>
              {fill(t.commitmentPrompt, { n: goal.commitment })}
            </p>
            <GoalArea {...props} field="raise" />
          </>
        )}
        <GoalArea {...props} field="support" />
      </fieldset>
      <fieldset class="tool-fieldset">
        <legend>{t.legends.woop}</legend>
        <GoalArea {...props} field="obstacle" />
        <GoalArea {...props} field="ifThen" error={woop ? `${t.woop[woop]}. ${t.woopWhy}` : undefined} />
      </fieldset>
    </>
  );
}
