// Labelled form fields shared by the tools: a visible label, an optional hint and error, all tied by ids.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

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

export function TextField(
  props: Common & { value: string; onInput(value: string): void; autocomplete?: string; placeholder?: string },
) {
  const id = useId();
  return (
    <Wrap id={id} {...props} cls={props.class}>
      <input
        id={id}
        type="text"
        value={props.value}
        autocomplete={props.autocomplete}
        placeholder={props.placeholder}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? true : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </Wrap>
  );
}

export function TextArea(props: Common & { value: string; onInput(value: string): void; rows?: number }) {
  const id = useId();
  return (
    <Wrap id={id} {...props} cls={props.class}>
      <textarea
        id={id}
        rows={props.rows ?? 3}
        value={props.value}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? true : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </Wrap>
  );
}

export function DateField(props: Common & { value: string; onInput(value: string): void }) {
  const id = useId();
  return (
    <Wrap id={id} {...props} cls={props.class}>
      <input
        id={id}
        type="date"
        value={props.value}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? true : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </Wrap>
  );
}

export function SelectField<V extends string>(
  props: Common & { value: V; options: readonly { value: V; label: string }[]; onChange(value: V): void },
) {
  const id = useId();
  return (
    <Wrap id={id} {...props} cls={props.class}>
      <select
        id={id}
        value={props.value}
        aria-describedby={describedBy(id, props.hint, props.error)}
        onChange={(e) => props.onChange(e.currentTarget.value as V)}
      >
        {props.options.map((o) => (
          <option value={o.value}>{o.label}</option>
        ))}
      </select>
    </Wrap>
  );
}

export function NumberField(
  props: Common & { value: number | null; min: number; max: number; onInput(value: number | null): void },
) {
  const id = useId();
  return (
    <Wrap id={id} {...props} cls={props.class}>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        value={props.value ?? ''}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? true : undefined}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          props.onInput(raw === '' ? null : Number(raw));
        }}
      />
    </Wrap>
  );
}

export function Checkbox(props: { label: string; checked: boolean; onChange(checked: boolean): void }) {
  const id = useId();
  return (
    <div class="check">
      <input id={id} type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      <label for={id}>{props.label}</label>
    </div>
  );
}
