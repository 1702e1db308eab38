import { useAtom } from './useAtom';
import { useEffect, useRef, useState } from 'preact/hooks';
import { combineStatus, shouldAnnounce, statusText, type SaveStatus as Status, type StoredState } from '../../lib/storage';

/** Where the person's words are, in sight; problems and first saves are announced politely. */
export function SaveStatus({ stores }: { stores: StoredState<any>[] }) {
  const statuses = stores.map((s) => useAtom(s.$status));
  const status = combineStatus(statuses);
  const previous = useRef<Status | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (shouldAnnounce(previous.current, status)) setAnnouncement(statusText(status));
    previous.current = status;
  }, [statusText(status)]);
  const problem = status.state === 'blocked' || status.state === 'failed';
  return (
    <div class={`save-status${problem ? ' save-status--problem' : ''}`} data-save-state={status.state}>
      <p>
        <span aria-hidden="true" class="save-icon">{problem ? '⚠' : status.state === 'saved' ? '✓' : '…'} </span>
        <span data-save-text>{statusText(status)}</span>
      </p>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
