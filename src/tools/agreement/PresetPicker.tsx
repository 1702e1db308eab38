import { useId } from 'preact/hooks';
import { presetIds, presetLabels, type PresetId } from './model';
import type { Library } from './presets';
import type { AgreementTexts } from './texts';

/** The three contexts as radio buttons, each named by its label and described by a line on who it suits. */
export function PresetPicker({ value, lib, t, onChange }: { value: PresetId; lib: Library; t: AgreementTexts; onChange(preset: PresetId): void }) {
  const name = useId();
  return (
    <fieldset class="tool-fieldset preset-picker">
      <legend>{t.preset.legend}</legend>
      <p class="hint">{t.preset.hint}</p>
      {presetIds.map((id) => (
        <div class="check preset-option" key={id}>
          <input type="radio" id={name + id} name={name} aria-describedby={`${name}${id}-hint`} checked={value === id} onChange={() => onChange(id)} />
          <div>
            <label for={name + id}>{presetLabels[id]}</label>
            <p class="hint" id={`${name}${id}-hint`}>{lib.presets[id].hint}</p>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
