import { useEffect, useState } from 'preact/hooks';
import { decodeFragment, isLocked } from '../../lib/share/codec';
import { readImport, type ImportedRelationship } from '../../lib/storage';
import { everySpec } from '../data/inventory';
import { outcomeText } from '../data/ImportFile';
import { TextField } from '../shared/fields';
import { ImportReview } from '../shared/review/ImportReview';
import type { Outcome } from '../shared/review/apply';
import { toolHref } from '../manifest';

const reasons = {
  locked: 'This link is locked with a passphrase. Type the passphrase your partner told you.',
  'wrong-passphrase': 'That passphrase does not open this link. Check it with your partner and try again; nothing has changed.',
  damaged: 'This link is damaged or cut short, so it cannot be opened. Ask your partner to send it again, or to send the file instead. Nothing has changed.',
  foreign: 'This is not a link made by “Share” on this site, so it was not opened. Nothing has changed.',
} as const;

/**
 * The page a share link opens: it reads the data after #, takes it out of the address bar at once (so it is not
 * left in history or a bookmark), opens it (with the passphrase if locked), and shows the merge review.
 */
export function ShareReceive() {
  const [fragment] = useState(() => location.hash.slice(1));
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState('');
  const [queue, setQueue] = useState<ImportedRelationship[] | null>(null);
  const [done, setDone] = useState<Outcome[]>([]);

  useEffect(() => {
    if (fragment) history.replaceState(null, '', location.pathname + location.search);
    if (fragment && !isLocked(fragment)) void open('');
  }, []);

  async function open(words: string) {
    const decoded = await decodeFragment(fragment, words);
    if (!decoded.ok) return setProblem(reasons[decoded.reason]);
    const result = readImport(decoded.text, everySpec);
    if (!result.ok) return setProblem(`${result.error.replace(/file/g, 'link')}`);
    setProblem('');
    setQueue(result.relationships);
  }

  if (!fragment) {
    return <p>There is nothing to open here. A shared link ends in a long code after “/share/#”; open the whole link your partner sent.</p>;
  }
  return (
    <div class="share-receive">
      <p id="share-message" role={problem ? 'alert' : 'status'} class={problem ? 'data-message data-message--error' : 'data-message'}>
        {problem || done.map((o) => outcomeText(o).text).join(' ')}
      </p>
      {isLocked(fragment) && !queue && (
        <form onSubmit={(e) => (e.preventDefault(), void open(passphrase))}>
          <TextField label="Passphrase" hint="Your partner chose it when they made the link, and told you another way." value={passphrase} onInput={setPassphrase} />
          <button type="submit" class="button-primary">Open</button>
        </form>
      )}
      {queue && queue.length > 0 && (
        <ImportReview
          key={queue.length}
          incoming={queue[0]!}
          level={2}
          onDone={(outcome) => {
            if (outcome) setDone([...done, outcome]);
            setQueue(queue.slice(1));
          }}
        />
      )}
      {queue && queue.length === 0 && (
        <p>
          {done.length ? 'Done.' : 'Nothing was merged.'} Open the <a href={toolHref('standing')}>summary of where you stand</a>, or any worksheet from the{' '}
          <a href="/tools/">list of worksheets</a>.
        </p>
      )}
    </div>
  );
}
