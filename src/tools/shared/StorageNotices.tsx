import { useAtom } from './useAtom';
import type { StorageNotice, StoredState } from '../../lib/storage';
import { downloadText, fileDate } from './download';

function Notice({ notice, store }: { notice: StorageNotice; store: StoredState<any> }) {
  const dismiss = () => store.dismiss(notice.id);
  if (notice.kind === 'migrated') return null;
  if (notice.kind === 'other-tab') {
    return (
      <div class="notice" role="status">
        <p>
          {store.spec.label} changed in another tab or window, so this page now shows that version. It is saved.
        </p>
        <button type="button" onClick={dismiss}>OK</button>
      </div>
    );
  }
  return (
    <div class="notice notice--warning" role="alert">
      <p>
        <strong>Some saved {store.spec.label.toLowerCase()} could not be opened</strong>, because {notice.reason}.{' '}
        {notice.key
          ? 'The original text has been set aside, not deleted, and this page started from what could be recovered.'
          : 'There was no room to set the original text aside: download it now to keep it.'}
      </p>
      <div class="button-row">
        <button
          type="button"
          onClick={() => downloadText(`good-mentoring-guide-${store.spec.id}-recovered-${fileDate()}.txt`, notice.raw, 'text/plain')}
        >
          Download the original text
        </button>
        <button type="button" onClick={dismiss}>Dismiss</button>
      </div>
    </div>
  );
}

/** Set-aside data and other tabs' changes, told to the person with a way to act. */
export function StorageNotices({ stores }: { stores: StoredState<any>[] }) {
  return (
    <>
      {stores.map((store) => {
        const notices = useAtom(store.$notices);
        return notices.map((n) => <Notice key={n.id} notice={n} store={store} />);
      })}
    </>
  );
}
