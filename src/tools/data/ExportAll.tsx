import { buildExport, readKey } from '../../lib/storage';
import { fileName } from '../../lib/file-names';
import { relationshipsStore, scopedStore } from '../../lib/relationships/store';
import { relationshipShare } from '../../lib/share/payload';
import { pairSpec } from '../pair/store';
import { downloadText } from '../shared/download';
import { setAsideRows } from './inventory';
import type { DataMessage } from './YourData';

/** One file with every relationship, and anything set aside, to keep as a backup or move to another browser. */
export function ExportAll(props: { say(m: DataMessage): void }) {
  const run = () => {
    const relationships = relationshipsStore.$data.get().list.map((rel) => {
      const pair = scopedStore(pairSpec, rel.id).$data.get();
      return relationshipShare(rel.id, pair, rel.me);
    });
    const setAside = setAsideRows().flatMap((row) => {
      const read = readKey(row.key);
      return read.ok && read.value !== null ? [{ key: row.key, raw: read.value }] : [];
    });
    const name = fileName([], 'json');
    downloadText(name, JSON.stringify(buildExport(relationships, new Date(), setAside), null, 2));
    const parts = [`${relationships.length} ${relationships.length === 1 ? 'relationship' : 'relationships'}`];
    if (setAside.length) parts.push(`${setAside.length} set-aside ${setAside.length === 1 ? 'copy' : 'copies'}`);
    props.say({ text: `Exported ${parts.join(' and ')} to ${name}. Look for it in your downloads.` });
  };
  return (
    <>
      <h2>Export</h2>
      <p>One file with everything above, to keep as a backup or to move to another browser.</p>
      <button type="button" class="button-primary" onClick={run}>Export everything</button>
    </>
  );
}
