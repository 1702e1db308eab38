import { useEffect, useState } from 'preact/hooks';
import { getStorage } from '../../lib/storage';
import { relationshipsStore } from '../../lib/relationships/store';
import { RelationshipBar } from '../shared/relationship/RelationshipBar';
import { useAtom } from '../shared/useAtom';
import { StoredList } from './StoredList';
import { Persistence } from './Persistence';
import { SetAsideList } from './SetAsideList';
import { ExportAll } from './ExportAll';
import { ImportFile } from './ImportFile';
import { DeleteEverything } from './DeleteEverything';

export interface DataMessage {
  text: string;
  error?: boolean;
}

/** The "Your data" page: what is stored, export, import (as a merge the person reviews) and delete, all in this browser. */
export function YourData() {
  const [version, setVersion] = useState(0); // bumped to re-read storage after a change
  const [message, setMessage] = useState<DataMessage | null>(null);
  useAtom(relationshipsStore.$data);
  const available = getStorage() !== null;
  const refresh = () => setVersion((v) => v + 1);
  const say = (m: DataMessage) => {
    setMessage(m);
    refresh();
    // Errors are shown where the person is: focus moves to them, so they are never out of sight.
    if (m.error) setTimeout(() => document.getElementById('data-message')?.focus(), 0);
  };

  useEffect(() => {
    window.addEventListener('storage', refresh);
    return () => window.removeEventListener('storage', refresh);
  }, []);

  return (
    <div class="your-data" data-version={version}>
      <p id="data-message" tabIndex={-1} role={message?.error ? 'alert' : 'status'} class={message?.error ? 'data-message data-message--error' : 'data-message'}>
        {message?.text ?? ''}
      </p>
      <RelationshipBar />
      <StoredList available={available} say={say} />
      <Persistence />
      <SetAsideList say={say} />
      <ExportAll say={say} />
      <ImportFile say={say} />
      <DeleteEverything available={available} say={say} />
    </div>
  );
}
