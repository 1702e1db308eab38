import { useAtom } from '../shared/useAtom';
import { useEffect, useState } from 'preact/hooks';
import {
  $persistence, buildExport, checkPersistence, getStorage, keysWithPrefix, readImport, readKey, removeKey,
  requestPersistence, MAX_IMPORT_BYTES, type Envelope, type ImportItem,
} from '../../lib/storage';
import { everyStore } from '../stores';
import { downloadText, fileDate } from '../shared/download';
import { InlineConfirm } from '../shared/InlineConfirm';
import { formatBytes, formatWhen, setAsideRows, storedRows } from './inventory';

type Pending =
  | { kind: 'delete-one'; id: string }
  | { kind: 'delete-all' }
  | { kind: 'import'; items: ImportItem[]; ignored: string[] }
  | null;

const persistenceText = {
  unknown: 'Checking whether this browser will keep your data…',
  persistent: 'This browser has agreed to keep this site’s data until you delete it.',
  'best-effort': 'This browser keeps this site’s data, but may clear it if the device runs short of space. Export a copy now and then.',
  unsupported: 'This browser does not say how long it keeps this site’s data. Export a copy now and then.',
} as const;

/** The "Your data" page: what is stored, export, import and delete, all in this browser. */
export function YourData() {
  const [version, setVersion] = useState(0); // bumped to re-read storage after a change
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const persistence = useAtom($persistence);
  const available = getStorage() !== null;
  const rows = storedRows(everyStore);
  const setAside = setAsideRows();
  const refresh = () => setVersion(version + 1);

  useEffect(() => {
    everyStore.forEach((s) => s.start());
    void checkPersistence();
    const onStorage = () => setVersion((v) => v + 1);
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  function exportAll() {
    const envelopes: Record<string, Envelope> = {};
    for (const row of rows) envelopes[row.store.spec.id] = { v: row.store.spec.version, savedAt: row.savedAt ?? new Date().toISOString(), data: row.store.$data.get() };
    downloadText(`good-mentoring-guide-${fileDate()}.json`, JSON.stringify(buildExport(envelopes), null, 2));
    setMessage({ text: `Exported ${rows.length} ${rows.length === 1 ? 'item' : 'items'} to a file in your downloads.` });
  }

  async function chooseFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPending(null);
    const result = file.size > MAX_IMPORT_BYTES
      ? readImport('', everyStore.map((s) => s.spec), file.size)
      : readImport(await file.text(), everyStore.map((s) => s.spec), file.size);
    if (!result.ok) {
      setMessage({ text: `${file.name}: ${result.error}`, error: true });
      return;
    }
    setMessage(null);
    setPending({ kind: 'import', items: result.items, ignored: result.ignored });
  }

  function confirm() {
    if (!pending) return;
    if (pending.kind === 'import') {
      for (const item of pending.items) everyStore.find((s) => s.spec.id === item.spec.id)?.replace(item.data);
      setMessage({ text: `Imported ${pending.items.map((i) => i.spec.label.toLowerCase()).join(', ')}.` });
    } else if (pending.kind === 'delete-one') {
      const store = everyStore.find((s) => s.spec.id === pending.id);
      store?.clear();
      setMessage({ text: `Deleted the ${store?.spec.label.toLowerCase()} from this browser.` });
    } else {
      everyStore.forEach((s) => s.clear());
      keysWithPrefix('gmg:').forEach(removeKey);
      setMessage({ text: 'Deleted everything this site had stored in this browser.' });
    }
    setPending(null);
    refresh();
  }

  const confirmBox = (text: string, label: string) => (
    <InlineConfirm message={text} confirmLabel={label} onConfirm={confirm} onCancel={() => setPending(null)} />
  );

  return (
    <div class="your-data" data-version={version}>
      <p role={message?.error ? 'alert' : 'status'} class={message?.error ? 'data-message data-message--error' : 'data-message'}>
        {message?.text ?? ''}
      </p>

      <h2>Stored in this browser</h2>
      {!available && (
        <p class="notice notice--warning">
          This browser is not letting the site store anything, so nothing is saved here. The worksheets still work
          while a tab is open; download or print them to keep a copy.
        </p>
      )}
      {available && rows.length === 0 && <p>Nothing yet. The worksheets save here as you type.</p>}
      {rows.length > 0 && (
        <table class="data-table">
          <caption class="visually-hidden">What each worksheet has stored</caption>
          <thead>
            <tr><th scope="col">What</th><th scope="col">Holds</th><th scope="col">Size</th><th scope="col">Last saved</th><th scope="col">Delete</th></tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.store.spec.id}>
                <th scope="row">{row.store.spec.label}</th>
                <td>{row.summary}</td>
                <td>{formatBytes(row.bytes)}</td>
                <td>{row.savedAt ? formatWhen(row.savedAt) : 'unknown'}</td>
                <td>
                  <button type="button" class="button-danger" onClick={() => setPending({ kind: 'delete-one', id: row.store.spec.id })}>
                    Delete <span class="visually-hidden">{row.store.spec.label}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pending?.kind === 'delete-one' &&
        confirmBox(`Delete the ${everyStore.find((s) => s.spec.id === pending.id)?.spec.label.toLowerCase()} from this browser? This cannot be undone; export first if you may want it back.`, 'Delete it')}
      <p class="persistence" data-persistence={persistence}>{persistenceText[persistence]}</p>
      {persistence === 'best-effort' && (
        <button type="button" onClick={() => void requestPersistence().then(checkPersistence)}>Ask the browser to keep it</button>
      )}

      {setAside.length > 0 && (
        <>
          <h2>Set aside</h2>
          <p>Saved text that could not be opened is kept here rather than deleted. Download it to read or repair it.</p>
          <ul class="set-aside">
            {setAside.map((row) => (
              <li key={row.key}>
                {everyStore.find((s) => s.spec.id === row.toolId)?.spec.label ?? row.toolId}, set aside {formatWhen(row.at)} ({formatBytes(row.bytes)}){' '}
                <button type="button" onClick={() => {
                  const read = readKey(row.key);
                  if (read.ok && read.value !== null) downloadText(`good-mentoring-guide-${row.toolId}-set-aside-${fileDate(new Date(row.at))}.txt`, read.value, 'text/plain');
                }}>Download</button>{' '}
                <button type="button" class="button-danger" onClick={() => { removeKey(row.key); refresh(); }}>Delete</button>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>Export</h2>
      <p>One file with everything above, to keep as a backup or to move to another browser.</p>
      <button type="button" class="button-primary" onClick={exportAll} disabled={rows.length === 0}>Export everything</button>

      <h2>Import</h2>
      <p>Bring back a file exported from this site. You will see what it replaces before anything changes.</p>
      <div class="field">
        <label for="import-file">Choose an export file</label>
        <input id="import-file" type="file" accept="application/json,.json" onChange={chooseFile} />
      </div>
      {pending?.kind === 'import' && (
        <div class="import-preview">
          <h3>The file holds</h3>
          <ul>
            {pending.items.map((item) => {
              const current = rows.find((r) => r.store.spec.id === item.spec.id);
              return (
                <li key={item.spec.id}>
                  <strong>{item.spec.label}</strong>: {item.spec.describe?.(item.data) ?? ''}
                  {item.savedAt && `, saved ${formatWhen(item.savedAt)}`}.{' '}
                  {current ? `It replaces what is here now: ${current.summary}${current.savedAt ? `, saved ${formatWhen(current.savedAt)}` : ''}.` : 'Nothing is stored here for it yet.'}
                </li>
              );
            })}
          </ul>
          {pending.ignored.length > 0 && <p>Also in the file, and not used by this version of the site: {pending.ignored.join(', ')}.</p>}
          {confirmBox('Replace what is stored here with the file’s contents?', 'Import and replace')}
        </div>
      )}

      <h2>Delete everything</h2>
      <p>Removes every worksheet, anything set aside and your theme choice from this browser.</p>
      <button type="button" class="button-danger" onClick={() => setPending({ kind: 'delete-all' })} disabled={!available}>Delete everything</button>
      {pending?.kind === 'delete-all' && confirmBox('Delete everything this site has stored in this browser? This cannot be undone.', 'Delete everything')}
    </div>
  );
}
