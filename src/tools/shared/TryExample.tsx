import { openExample } from '../../lib/relationships/store';
import { focusLater } from './focus';

/**
 * "Try an example": opens the example relationship (made the first time) and fills this tool's part of it, so the
 * person's own work is never touched; the example is marked wherever it shows and removed in one click.
 */
export function TryExample(props: { label: string; fill(relationship: string): void; announce(text: string): void; said: string; focusId?: string }) {
  const run = () => {
    props.fill(openExample());
    props.announce(props.said);
    if (props.focusId) focusLater(props.focusId);
  };
  return (
    <button type="button" class="try-example" onClick={run}>
      {props.label}
    </button>
  );
}
