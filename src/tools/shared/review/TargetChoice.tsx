import { useId } from 'preact/hooks';
import type { ImportedRelationship } from '../../../lib/storage';
import type { Relationship } from '../../../lib/relationships/model';
import { useRelationships } from '../relationship/useRelationships';
import type { Target } from './apply';

/** Where a shared relationship goes: the one it already belongs to, or a new one, or one the person picks. */
export function TargetChoice(props: { incoming: ImportedRelationship; known: Relationship | undefined; target: Target; onChange(t: Target): void }) {
  const { views } = useRelationships();
  const name = useId();
  if (props.known) {
    const view = views.find((v) => v.rel.id === props.known!.id);
    return <p>It belongs to your relationship <strong>{view?.label ?? 'here'}</strong>, so it merges into that one.</p>;
  }
  const others = views.filter((v) => !v.rel.example);
  const into = props.target.kind === 'existing' ? props.target.id : others[0]?.rel.id ?? '';
  return (
    <fieldset class="tool-fieldset">
      <legend>This browser does not have this relationship yet</legend>
      <label class="choice">
        <input type="radio" name={name} checked={props.target.kind === 'new'} onChange={() => props.onChange({ kind: 'new' })} /> Add it as a new relationship
      </label>
      {others.length > 0 && (
        <>
          <label class="choice">
            <input type="radio" name={name} checked={props.target.kind === 'existing'} onChange={() => props.onChange({ kind: 'existing', id: into })} /> Merge it into one of yours
          </label>
          {props.target.kind === 'existing' && (
            <div class="field">
              <label for={`${name}-into`}>Merge into</label>
              <select id={`${name}-into`} value={into} onChange={(e) => props.onChange({ kind: 'existing', id: (e.currentTarget as HTMLSelectElement).value })}>
                {others.map((v) => <option key={v.rel.id} value={v.rel.id}>{v.label}</option>)}
              </select>
            </div>
          )}
        </>
      )}
    </fieldset>
  );
}
