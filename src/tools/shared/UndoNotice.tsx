/** Says what was just removed and offers to bring it back. The message is announced politely. */
export function UndoNotice(props: { message: string; onUndo(): void; onDismiss(): void }) {
  return (
    <div class="notice undo" role="status">
      <p>{props.message}</p>
      <div class="button-row">
        <button type="button" onClick={props.onUndo}>Undo</button>
        <button type="button" onClick={props.onDismiss}>Dismiss</button>
      </div>
    </div>
  );
}
