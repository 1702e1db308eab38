import { useId } from 'preact/hooks';
import type { FieldDiff, ItemReport } from '../../../lib/sync/compare';
import { fieldName, itemName } from './plan';

const shown = (v: unknown) => (v === undefined || v === '' || v === null ? '(empty)' : typeof v === 'string' ? v : JSON.stringify(v));

/** A field both sides changed since they last exchanged: theirs and mine side by side, and which to keep. */
export function ClashChoice(props: { report: ItemReport; field: FieldDiff; chosen: unknown; onChoose(key: string, value: unknown): void }) {
  const { report, field } = props;
  const name = useId();
  const key = `${report.key}|${field.field}`;
  const current = props.chosen !== undefined ? props.chosen : field.takes === 'mine' ? field.mine : field.theirs;
  const both = typeof field.mine === 'string' && typeof field.theirs === 'string' ? `${field.mine}\n\n${field.theirs}` : undefined;
  const options: [string, unknown, string][] = [
    ['Theirs', field.theirs, shown(field.theirs)],
    ['Mine', field.mine, shown(field.mine)],
    ...(both !== undefined ? [['Both, mine first', both, ''] as [string, unknown, string]] : []),
  ];
  return (
    <fieldset class="tool-fieldset clash" data-clash={key}>
      <legend>
        Changed on both sides: {itemName(report)}, {fieldName(field.field)}
      </legend>
      <div class="clash-options">
        {options.map(([label, value, text]) => (
          <label key={label} class="choice clash-option">
            <input type="radio" name={name} checked={JSON.stringify(current) === JSON.stringify(value)} onChange={() => props.onChoose(key, value)} />{' '}
            <strong>{label}</strong>
            {text && <span class="clash-text">{text}</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
