import { useEffect, useState } from 'preact/hooks';
import { $persistence, checkPersistence, requestPersistence } from '../../lib/storage';
import { useAtom } from '../shared/useAtom';

const persistenceText = {
  unknown: 'Checking whether this browser will keep your data…',
  persistent: 'This browser has agreed to keep this site’s data until you delete it.',
  'best-effort': 'This browser keeps this site’s data, but may clear it if the device runs short of space. Export a copy now and then.',
  unsupported: 'This browser does not say how long it keeps this site’s data. Export a copy now and then.',
} as const;

/** Whether the browser will keep the data, and asking it to; a refusal is said, not left silent. */
export function Persistence() {
  const persistence = useAtom($persistence);
  const [asked, setAsked] = useState('');
  useEffect(() => void checkPersistence(), []);
  const ask = async () => {
    await requestPersistence(true);
    const now = await checkPersistence();
    setAsked(now === 'persistent'
      ? 'The browser agreed: it will keep this site’s data until you delete it.'
      : 'The browser said no, for now. Browsers decide this themselves (often by how much you use a site, or whether it is installed or bookmarked); there is nothing more the site can do. Export a copy now and then to be safe.');
  };
  return (
    <>
      <p class="persistence" data-persistence={persistence}>{persistenceText[persistence]}</p>
      {persistence === 'best-effort' && <button type="button" onClick={ask}>Ask the browser to keep it</button>}
      <p class="persistence-answer" role="status">{asked}</p>
    </>
  );
}
