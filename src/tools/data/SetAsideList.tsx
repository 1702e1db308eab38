import { readKey, removeKey } from '../../lib/storage';
import { fileName } from '../../lib/file-names';
import { downloadText } from '../shared/download';
import { formatBytes, formatWhen, setAsideRows } from './inventory';
import type { DataMessage } from './YourData';

/** Text that could not be read, kept rather than deleted: each can be downloaded or removed on its own. */
export function SetAsideList(props: { say(m: DataMessage): void }) {
  const rows = setAsideRows();
  if (!rows.length) return null;
  return (
    <>
      <h2>Set aside</h2>
      <p>Saved text that could not be opened is kept here rather than deleted. Download it to read or repair it. Export everything includes it.</p>
      <ul class="set-aside">
        {rows.map((row) => {
          const what = `${row.label}, set aside ${formatWhen(row.at)}`;
          return (
            <li key={row.key}>
              {what} ({formatBytes(row.bytes)}){' '}
              <button type="button" aria-label={`Download ${what}`} onClick={() => {
                const read = readKey(row.key);
                if (read.ok && read.value !== null) downloadText(fileName([row.label, 'set-aside'], 'txt', new Date(row.at)), read.value, 'text/plain');
                props.say({ text: `Downloaded the ${row.label.toLowerCase()} set aside ${formatWhen(row.at)}. Look for it in your downloads.` });
              }}>Download</button>{' '}
              <button type="button" class="button-danger" aria-label={`Delete ${what}`} onClick={() => {
                removeKey(row.key);
                props.say({ text: `Deleted the ${row.label.toLowerCase()} set aside ${formatWhen(row.at)}.` });
              }}>Delete</button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
