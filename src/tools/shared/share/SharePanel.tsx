import { useState } from 'preact/hooks';
import { encodeFragment, MAX_LINK_LENGTH } from '../../../lib/share/codec';
import { relationshipShare, shareText } from '../../../lib/share/payload';
import { fileName } from '../../../lib/file-names';
import { CopyButton } from '../CopyButton';
import { TextArea, TextField } from '../fields';
import { useDownloads } from '../useDownloads';
import type { RelationshipView } from '../relationship/useRelationships';

/**
 * "Share with Lena": this relationship's data as a link (in the part after #, which browsers never send to a
 * server), optionally locked with a passphrase, or as a file. The partner opens either and sees what would merge.
 */
export function SharePanel({ view, partner }: { view: RelationshipView; partner: string }) {
  const [passphrase, setPassphrase] = useState('');
  const [link, setLink] = useState('');
  const [busy, setBusy] = useState(false);
  const files = useDownloads();
  const share = () => relationshipShare(view.rel.id, { mentee: view.pair.mentee, mentor: view.pair.mentor }, view.rel.me);
  const makeLink = async () => {
    setBusy(true);
    try {
      setLink(`${location.origin}/share/#${await encodeFragment(shareText(share()), passphrase)}`);
    } finally {
      setBusy(false);
    }
  };
  const tooLong = link.length > MAX_LINK_LENGTH;
  return (
    <div class="share-panel">
      <p>
        <strong>Share with {partner}</strong>: send everything in this relationship. When {partner} opens it, they see
        what is new or different and choose to merge it; nothing is overwritten, and nothing passes through a server.
      </p>
      <TextField
        label="Passphrase (optional)"
        hint="Locks the link: anyone who sees it also needs this. Tell it another way, in person or by phone."
        value={passphrase}
        onInput={(v) => (setPassphrase(v), setLink(''))}
      />
      <div class="button-row">
        <button type="button" onClick={makeLink} disabled={busy} aria-busy={busy}>{busy ? 'Making the link…' : 'Make a link'}</button>
        <button type="button" onClick={() => files.download(() => ({ name: fileName([view.name, 'shared'], 'json'), text: shareText(share(), true) }))}>
          Download a file to send
        </button>
      </div>
      {files.note}
      {link && (
        <div class="share-link" role="status">
          <p>
            The link is {link.length.toLocaleString('en-GB')} characters long{passphrase ? ' and locked with your passphrase' : ''}.
            {tooLong
              ? ` That is longer than ${MAX_LINK_LENGTH.toLocaleString('en-GB')}, more than some e-mail programs and chat apps carry intact: send the file instead.`
              : ' Send it by e-mail or a chat app.'}
          </p>
          {!tooLong && (
            <>
              <TextArea label="The link" value={link} onInput={() => undefined} rows={3} readOnly />
              <CopyButton text={link} help="Select the link and copy it:">Copy the link</CopyButton>
            </>
          )}
        </div>
      )}
    </div>
  );
}
