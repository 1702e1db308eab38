import { useState } from 'preact/hooks';
import { deleteRelationship, setArchived, setRole } from '../../../lib/relationships/store';
import { partnerName } from '../../../lib/relationships/names';
import { roles, type Role } from '../../../lib/relationships/model';
import { InlineConfirm } from '../InlineConfirm';
import { PairNames } from '../../pair/PairFields';
import type { Undoable } from '../useUndo';
import { SharePanel } from '../share/SharePanel';
import type { RelationshipView } from './useRelationships';

const roleWords: Record<Role, string> = { '': 'I would rather not say', mentor: 'I am the mentor', mentee: 'I am the mentee' };

/**
 * Managing the shown relationship: the person's role, names where the tool has none, sharing, archiving, deleting.
 * Loaded only when someone opens "Manage this relationship" (see LazyManage), so tool pages do not carry it up front.
 */
export function ManageRelationship(props: { view: RelationshipView; namesHere: boolean; announce(text: string): void; offerUndo(u: Undoable): void }) {
  const { rel, name } = props.view;
  const [asking, setAsking] = useState(false);
  const partner = partnerName(rel, props.view.pair);
  const remove = () => {
    setAsking(false);
    const undo = deleteRelationship(rel.id);
    props.offerUndo({ message: `Deleted ${name} and everything stored for it in this browser.`, restore: undo });
  };
  return (
    <>
      <fieldset class="tool-fieldset">
        <legend>Your role in it</legend>
        {roles.map((role) => (
          <label key={role} class="choice">
            <input type="radio" name={`role-${rel.id}`} checked={rel.me === role} onChange={() => setRole(rel.id, role)} /> {roleWords[role]}
          </label>
        ))}
      </fieldset>
      {!props.namesHere && <PairNames />}
      <SharePanel view={props.view} partner={partner} />
      <div class="button-row">
        <button type="button" onClick={() => (setArchived(rel.id, !rel.archived), props.announce(rel.archived ? `${name} is back in use.` : `${name} is archived: it stays in the list, marked archived.`))}>
          {rel.archived ? 'Take out of the archive' : 'Archive'}
        </button>
        <button type="button" class="button-danger" onClick={() => setAsking(true)}>Delete this relationship</button>
      </div>
      {asking && (
        <InlineConfirm
          message={`Delete ${name} and everything stored for it in this browser (goals, notes, agreement, meetings)? You can undo straight after.`}
          confirmLabel="Delete it"
          onConfirm={remove}
          onCancel={() => setAsking(false)}
        />
      )}
    </>
  );
}
