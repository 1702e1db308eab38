import { useState } from 'preact/hooks';
import { keysWithPrefix, removeKey, storesUnder } from '../../lib/storage';
import { InlineConfirm } from '../shared/InlineConfirm';
import { setAsideRows } from './inventory';
import type { DataMessage } from './YourData';

/** Removes every relationship, everything set aside (said in the question, with how many) and the theme choice. */
export function DeleteEverything(props: { available: boolean; say(m: DataMessage): void }) {
  const [asking, setAsking] = useState(false);
  const aside = setAsideRows().length;
  const run = () => {
    setAsking(false);
    storesUnder('gmg:').forEach((s) => s.clear());
    keysWithPrefix('gmg:').forEach(removeKey);
    props.say({ text: 'Deleted everything this site had stored in this browser.' });
  };
  const extra = aside ? ` That includes ${aside} set-aside ${aside === 1 ? 'copy' : 'copies'} of text that could not be opened.` : '';
  return (
    <>
      <h2>Delete everything</h2>
      <p>Removes every relationship and its worksheets, anything set aside and your theme choice from this browser.</p>
      <button type="button" class="button-danger" onClick={() => setAsking(true)} disabled={!props.available}>Delete everything</button>
      {asking && (
        <InlineConfirm
          message={`Delete everything this site has stored in this browser?${extra} This cannot be undone; export first if you may want any of it.`}
          confirmLabel="Delete everything"
          onConfirm={run}
          onCancel={() => setAsking(false)}
        />
      )}
    </>
  );
}
