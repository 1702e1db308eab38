import { useId } from 'preact/hooks';
import { SelectField, TextArea, TextField } from '../shared/fields';
import { directions, modes, type Note } from './model';
import { directionNames, modeNames } from './note';
import { modeFields } from './parts';
import type { FeedbackTexts } from './explain';
import type { GoalOption } from '../linked/goal-options';


/** A set of radio buttons with a visible legend. */
function Choice<V extends string>(props: { legend: string; value: V; options: readonly V[]; names: Record<V, string>; hint?: string; onChange(v: V): void }) {
  const name = useId();
  return (
    <fieldset class="fb-choice">
      <legend>{props.legend}</legend>
      {props.options.map((v) => (
        <label class="check" key={v}>
          <input type="radio" name={name} value={v} checked={props.value === v} onChange={() => props.onChange(v)} />
          {props.names[v]}
        </label>
      ))}
      {props.hint && <p class="hint">{props.hint}</p>}
    </fieldset>
  );
}

/** The kind of note, who speaks to whom, the person, an optional goal, and the parts of the chosen mode. */
export function ModeFields(props: { note: Note; goals: GoalOption[]; texts: FeedbackTexts; onChange(change: (n: Note) => Note): void }) {
  const { note, goals, texts, onChange } = props;
  const who = note.direction === 'to-mentee' ? 'your mentee' : 'your mentor';
  const goalOptions = [{ value: '', label: 'No goal' }, ...goals.map((g) => ({ value: g.id, label: g.title }))];
  if (note.goalId && !goals.some((g) => g.id === note.goalId)) goalOptions.push({ value: note.goalId, label: note.goalTitle || 'A goal no longer in the worksheet' });
  return (
    <>
      <div class="field-row">
        <Choice legend="Kind of note" value={note.mode} options={modes} names={modeNames} hint={texts.modeHints[note.mode]} onChange={(mode) => onChange((n) => ({ ...n, mode }))} />
        <Choice
          legend="Who is speaking"
          value={note.direction}
          options={directions}
          names={directionNames}
          onChange={(direction) => onChange((n) => ({ ...n, direction }))}
        />
      </div>
      <div class="field-row">
        <TextField
          label={note.direction === 'to-mentee' ? 'Mentee’s name' : 'Mentor’s name'}
          hint={texts.ui.personHint}
          value={note.person}
          autocomplete="off"
          onInput={(person) => onChange((n) => ({ ...n, person }))}
        />
        {goalOptions.length > 1 && (
          <SelectField
            label="Goal it relates to (optional)"
            value={note.goalId}
            options={goalOptions}
            onChange={(goalId) => onChange((n) => ({ ...n, goalId, goalTitle: goalOptions.find((o) => o.value === goalId && goalId)?.label ?? '' }))}
          />
        )}
      </div>
      <fieldset class="tool-fieldset">
        <legend>{modeNames[note.mode]}: the parts</legend>
        {modeFields[note.mode].map((key) => {
          const [label, hint] = texts.parts[note.mode][key]!;
          return (
            <TextArea
              key={`${note.mode}-${key}`}
              label={label.replace('{who}', who)}
              hint={hint}
              rows={2}
              value={note.fields[key]}
              onInput={(value) => onChange((n) => ({ ...n, fields: { ...n.fields, [key]: value } }))}
            />
          );
        })}
      </fieldset>
    </>
  );
}
