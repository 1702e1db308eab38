import { useState } from 'preact/hooks';
import { readImport, writeKey, MAX_IMPORT_BYTES, type ImportedRelationship } from '../../lib/storage';
import { ImportReview } from '../shared/review/ImportReview';
import type { Outcome } from '../shared/review/apply';
import { everySpec } from './inventory';
import type { DataMessage } from './YourData';

/** What an import saved, in words: every tool merged, or which could not be written and why. */
export function outcomeText(outcome: Outcome): DataMessage {
  const saved = outcome.saved.length ? `Merged and saved: ${outcome.saved.join(', ').toLowerCase()}.` : '';
  const notSaved = outcome.notSaved.map((n) => `Not saved: ${n.label.toLowerCase()} (${n.message}); it is merged on screen, so export a copy before you close this tab.`);
  return { text: [saved, ...notSaved].filter(Boolean).join(' '), error: outcome.notSaved.length > 0 };
}

/** Choose a file, review what it would change, relationship by relationship, then merge. */
export function ImportFile(props: { say(m: DataMessage): void }) {
  const [queue, setQueue] = useState<ImportedRelationship[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setQueue([]);
    const result = readImport(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), everySpec, file.size);
    if (!result.ok) return props.say({ text: `${file.name}: ${result.error}`, error: true });
    // Set-aside copies come back under their own keys, as they were.
    for (const { key, raw } of result.setAside) writeKey(key, raw);
    const said = [];
    if (result.ignored.length) said.push(`Also in the file, and not used by this version of the site: ${result.ignored.join(', ')}.`);
    if (result.leftOut.length) said.push(`Left out because this version of the site does not use them: ${result.leftOut.slice(0, 8).join('; ')}${result.leftOut.length > 8 ? ` and ${result.leftOut.length - 8} more` : ''}.`);
    setNotes(said);
    setQueue(result.relationships);
  };
  const done = (outcome: Outcome | null) => {
    if (outcome) props.say(outcomeText(outcome));
    else props.say({ text: 'Nothing was imported.' });
    setQueue((q) => q.slice(1));
  };
  return (
    <>
      <h2>Import</h2>
      <p>Bring in a file exported or shared from this site. You will see, item by item, what it adds or changes before anything is merged; nothing is replaced.</p>
      <div class="field">
        <label for="import-file">Choose an export file</label>
        <input id="import-file" type="file" accept="application/json,.json" onChange={choose} />
      </div>
      {queue.length > 0 && (
        <div class="import-preview">
          {notes.map((n) => <p key={n}>{n}</p>)}
          <ImportReview key={`${queue.length}-${queue[0]!.id}`} incoming={queue[0]!} level={3} onDone={done} />
        </div>
      )}
    </>
  );
}
