import { useAtom } from './useAtom';
import type { StorageNotice, StoredState } from '../../lib/storage';
import { downloadText } from './download';
import { localDate } from '../../lib/dates';

type Props<N extends StorageNotice['kind']> = { notice: Extract<StorageNotice, { kind: N }>; store: StoredState<any>; dismiss(): void };

const downloadRaw = (store: StoredState<any>, raw: string) =>
  downloadText(`good-mentoring-guide-${store.spec.id}-recovered-${localDate(new Date())}.txt`, raw, 'text/plain');

function Unreadable({ notice, store, dismiss }: Props<'quarantined' | 'held'>) {
  const label = store.spec.label.toLowerCase();
  const held = notice.kind === 'held';
  return (
    <div class="notice notice--warning" role="alert">
      <p>
        <strong>Some saved {label} could not be opened</strong>, because {notice.reason}.{' '}
        {held
          ? 'There was no room to set the original text aside, so nothing will be saved over it until you have a copy: download it, then choose to go on saving here.'
          : 'The original text has been set aside, not deleted (Your data lists it), and this page started from what could be recovered.'}
      </p>
      <div class="button-row">
        <button type="button" onClick={() => downloadRaw(store, notice.raw)}>Download the original text</button>
        {held ? (
          <button type="button" onClick={() => (store.release(), dismiss())}>I have a copy: save over it</button>
        ) : (
          <button type="button" onClick={dismiss}>Dismiss</button>
        )}
      </div>
    </div>
  );
}

function Notice({ notice, store, dismiss }: { notice: StorageNotice; store: StoredState<any>; dismiss(): void }) {
  const label = store.spec.label;
  switch (notice.kind) {
    case 'migrated':
      return null;
    case 'other-tab':
      return (
        <div class="notice" role="status">
          <p>{label} changed in another tab or window, so this page now shows that version. It is saved.</p>
          <button type="button" onClick={dismiss}>OK</button>
        </div>
      );
    case 'deleted-elsewhere':
      return (
        <div class="notice notice--warning" role="alert">
          <p>{label} was deleted in another tab or window, so this page is empty now.</p>
          <div class="button-row">
            <button type="button" onClick={() => (store.replace(notice.kept), dismiss())}>Put back what this page had</button>
            <button type="button" onClick={dismiss}>Leave it deleted</button>
          </div>
        </div>
      );
    case 'newer':
      return (
        <div class="notice notice--warning" role="alert">
          <p>
            {label} was saved by a newer version of this site. This page will not save over it: reload to get the newer
            version, which can open it.
          </p>
          <button type="button" onClick={() => location.reload()}>Reload</button>
        </div>
      );
    default:
      return <Unreadable notice={notice} store={store} dismiss={dismiss} />;
  }
}

/** Set-aside data, other tabs' changes and data this page must not write over, told to the person with a way to act. */
export function StorageNotices({ stores }: { stores: StoredState<any>[] }) {
  return (
    <>
      {stores.map((store) => {
        const notices = useAtom(store.$notices);
        return notices.map((n) => <Notice key={n.id} notice={n} store={store} dismiss={() => store.dismiss(n.id)} />);
      })}
    </>
  );
}
