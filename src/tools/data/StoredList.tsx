import { useState } from 'preact/hooks';
import { relationshipsStore } from '../../lib/relationships/store';
import { keysWithPrefix, removeKey, storesUnder } from '../../lib/storage';
import { InlineConfirm } from '../shared/InlineConfirm';
import { useRelationships } from '../shared/relationship/useRelationships';
import { formatBytes, formatWhen, storedRows, type StoredRow } from './inventory';
import type { DataMessage } from './YourData';

/** Each relationship's stored items: what, what it holds, size, when saved, and deleting one item. */
export function StoredList(props: { available: boolean; say(m: DataMessage): void }) {
  const { views } = useRelationships();
  const [asking, setAsking] = useState<StoredRow | null>(null);
  const rows = views.map((v) => ({ view: v, rows: storedRows(v.rel.id) }));
  const remove = (row: StoredRow) => {
    setAsking(null);
    const store = storesUnder(row.key).find((s) => s.key === row.key);
    if (store) store.clear();
    // The copies closed pages left would bring it back on the next visit: they go too.
    else [row.key, ...keysWithPrefix(`${row.key}:pending:`)].forEach(removeKey);
    props.say({ text: `Deleted the ${row.spec.label.toLowerCase()} from this browser.` });
  };
  return (
    <>
      <h2>Stored in this browser</h2>
      {!props.available && (
        <p class="notice notice--warning">
          This browser is not letting the site store anything, so nothing is saved here. The worksheets still work
          while a tab is open; download or print them to keep a copy.
        </p>
      )}
      {props.available && rows.every((r) => !r.rows.length) && <p>Nothing yet. The worksheets save here as you type.</p>}
      {rows.filter((r) => r.rows.length).map(({ view, rows: items }) => (
        <table class="data-table" key={view.rel.id}>
          <caption>{view.label}</caption>
          <thead>
            <tr><th scope="col">What</th><th scope="col">Holds</th><th scope="col">Size</th><th scope="col">Last saved</th><th scope="col">Delete</th></tr>
          </thead>
          <tbody>
            {items.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.spec.label}</th>
                <td>{row.summary}</td>
                <td>{formatBytes(row.bytes)}</td>
                <td>{row.savedAt ? formatWhen(row.savedAt) : 'unknown'}</td>
                <td>
                  <button type="button" class="button-danger" onClick={() => setAsking(row)}>
                    Delete <span class="visually-hidden">{row.spec.label} of {view.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {asking && (
        <InlineConfirm
          message={`Delete the ${asking.spec.label.toLowerCase()} from this browser? This cannot be undone; export first if you may want it back.`}
          confirmLabel="Delete it"
          onConfirm={() => remove(asking)}
          onCancel={() => setAsking(null)}
        />
      )}
      <p class="hint">{relationshipsStore.$data.get().list.length} relationships in this browser. Switch, rename, archive or delete them with “Manage this relationship” above.</p>
    </>
  );
}
