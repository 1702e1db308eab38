import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

/** Copies text to the clipboard, says so, and where the browser refuses, shows the text selected to copy by hand. */
export function CopyButton({ text, children, label, help }: { text: string; children: ComponentChildren; label?: string; help: string }) {
  const [state, setState] = useState<'' | 'copied' | 'manual'>('');
  const box = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => {
    if (state === 'manual') {
      box.current?.focus();
      box.current?.select();
    }
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return (
    <>
      <button type="button" onClick={copy} disabled={!text.trim()} aria-label={label}>
        {children}
      </button>
      <span role="status" class="copy-said">
        {state === 'copied' ? 'Copied.' : ''}
      </span>
      {state === 'manual' && (
        <div class="copy-manual">
          <label for={id}>{help}</label>
          <textarea id={id} ref={box} readOnly rows={4} value={text} />
          <button type="button" onClick={() => setState('')}>
            Done
          </button>
        </div>
      )}
    </>
  );
}
