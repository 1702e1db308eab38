/** Says what was just removed and offers to bring it back. */
export function UndoNotice(props: { message: string; undo?: string; dismiss?: string; onUndo(): void; onDismiss(): void }) {
  return (
    <div class="notice undo">
      <p>{props.message}</p>
      <div class="button-row">
        <button type="button" onClick={props.onUndo}>{props.undo ?? 'Undo'}</button>
        <button type="button" onClick={props.onDismiss}>{props.dismiss ?? 'Dismiss'}</button>
      </div>
    </div>
  );
}
