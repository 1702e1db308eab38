import { useEffect, useId, useRef } from 'preact/hooks';

/** An in-page question before something that replaces or deletes work; focus moves to it and back. */
export function InlineConfirm(props: {
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const messageId = useId();
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div class="confirm" role="alertdialog" aria-label="Please confirm" aria-describedby={messageId} tabIndex={-1} ref={box}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}>
      <p id={messageId}>{props.message}</p>
      <div class="button-row">
        <button type="button" class="button-danger" onClick={props.onConfirm}>{props.confirmLabel}</button>
        <button type="button" onClick={props.onCancel}>{props.cancelLabel ?? 'Cancel'}</button>
      </div>
    </div>
  );
}
