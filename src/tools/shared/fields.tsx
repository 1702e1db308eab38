// Labelled form fields shared by the tools: a visible label, an optional hint and error, all tied by ids.
// Every control says autocomplete="off": besides keeping the browser's suggestions out of private notes, it stops
// the browser restoring old values into the fields when the page is shown again (Back), which would put stale
// text on screen that the next keystroke would save.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { TEXT_MAX } from '../../lib/storage/read-fields';

interface Common {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Hides the label visually where a visible heading already names the field (it stays for screen readers). */
  class?: string;
}

function describedBy(id: string, hint?: string, error?: string) {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return ids || undefined;
}

function Wrap({ id, label, hint, error, children, cls }: Common & { id: string; children: ComponentChildren; cls?: string | undefined }) {
  return (
    <div class={`field${error ? ' field--error' : ''}${cls ? ` ${cls}` : ''}`}>
      <label for={id}>{label}</label>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      {children}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}

/** What every control carries: its id, no autocomplete, and its hint and error tied to it. */
const control = (id: string, props: Common) => ({
  id,
  autocomplete: 'off',
  'aria-describedby': describedBy(id, props.hint, props.error),
  'aria-invalid': props.error ? true : undefined,
});

type TextProps = Common & { value: string; onInput(value: string): void };

export function TextField(props: TextProps & { autocomplete?: string; placeholder?: string }) {
  const id = useId();
  return (
    <Wrap id={id} {...props} cls={props.class}>
      <input
        {...control(id, props)}
        type="text"
        value={props.value}
        autocomplete={props.autocomplete ?? 'off'}
        maxLength={TEXT_MAX}
        placeholder={props.placeholder}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </Wrap>
  );
}

export function TextArea(props: TextProps & { rows?: number; readOnly?: boolean }) {
  const id = useId();
  return (
    <Wrap id={id} {...props} cls={props.class}>
      <textarea {...control(id, props)} rows={props.rows ?? 3} readOnly={props.readOnly} maxLength={TEXT_MAX} value={props.value} onInput={(e) => props.onInput(e.currentTarget.value)} />
    </Wrap>
  );
}

export function DateField(props: TextProps) {
  const id = useId();
  return (
    <Wrap id={id} {...props} cls={props.class}>
      <input {...control(id, props)} type="date" value={props.value} onInput={(e) => props.onInput(e.currentTarget.value)} />
    </Wrap>
  );
}

export function SelectField<V extends string>(
  props: Common & { value: V; options: readonly { value: V; label: string }[]; onChange(value: V): void },
) {
  const id = useId();
  return (
    <Wrap id={id} {...props} cls={props.class}>
      <select {...control(id, props)} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as V)}>
        {props.options.map((o) => (
          <option value={o.value}>{o.label}</option>
        ))}
      </select>
    </Wrap>
  );
}

export function Checkbox(props: { label: string; checked: boolean; onChange(checked: boolean): void }) {
  const id = useId();
  return (
    <div class="check">
      <input id={id} type="checkbox" autocomplete="off" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      <label for={id}>{props.label}</label>
    </div>
  );
}
