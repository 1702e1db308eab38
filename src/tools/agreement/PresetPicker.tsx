import { useId } from 'preact/hooks';
import { presetIds, presetLabels, type PresetId } from './model';
import type { Library } from './presets';

/** The three contexts as radio buttons, each with a line on who it suits. */
export function PresetPicker({ value, lib, onChange }: { value: PresetId; lib: Library; onChange(preset: PresetId): void }) {
  const name = useId();
  return (
    <fieldset class="tool-fieldset preset-picker">
      <legend>Where you mentor</legend>
      <p class="hint">Sets the default answers and clauses below. You can change every one of them.</p>
      {presetIds.map((id) => (
        <div class="check preset-option" key={id}>
          <input type="radio" id={name + id} name={name} checked={value === id} onChange={() => onChange(id)} />
          <label for={name + id}>
            <strong>{presetLabels[id]}</strong>
            <span class="hint">{lib.presets[id].hint}</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
