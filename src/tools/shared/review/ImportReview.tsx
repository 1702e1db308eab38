import { useState } from 'preact/hooks';
import type { ImportedRelationship, ImportItem } from '../../../lib/storage';
import type { Copy } from '../../../lib/sync/merge';
import { emptyMeta } from '../../../lib/sync/sync-meta';
import { relationshipsStore, scopedStore, switchTo } from '../../../lib/relationships/store';
import { relationshipName } from '../../../lib/relationships/names';
import { pairSpec } from '../../pair/store';
import { InlineConfirm } from '../InlineConfirm';
import { applyPlan, type Outcome, type Target } from './apply';
import { knownTarget, planTools } from './plan';
import { TargetChoice } from './TargetChoice';
import { ToolReview } from './ToolReview';

/** The local copy of a tool's data in a relationship, to compare with what arrived. */
const localCopy = (relationship: string | null) => (item: ImportItem): Copy => {
  if (!relationship) return { data: item.spec.initial(), meta: emptyMeta() };
  const store = scopedStore(item.spec, relationship);
  return { data: store.$data.get(), meta: store.envelope().sync ?? emptyMeta() };
};

/**
 * One relationship from a file or a link, item by item: what is new from them, what both changed (side by side,
 * for the person to choose), what only this side has, what is the same. Nothing changes until "Merge".
 */
export function ImportReview(props: { incoming: ImportedRelationship; level: 2 | 3; onDone(outcome: Outcome | null): void }) {
  const { incoming } = props;
  const list = relationshipsStore.$data.get().list;
  const known = knownTarget(incoming, list);
  const [target, setTarget] = useState<Target>(known ? { kind: 'existing', id: known.id } : { kind: 'new' });
  const [chosen, setChosen] = useState(new Map<string, unknown>());
  const plans = planTools(incoming, localCopy(target.kind === 'existing' ? target.id : null));
  const H = `h${props.level}` as 'h2' | 'h3';
  const from = relationshipName({ mentee: incoming.names.mentee, mentor: incoming.names.mentor, startDate: '', reviewDate: '' });
  const targetName = target.kind === 'existing' ? relationshipName(scopedStore(pairSpec, target.id).$data.get()) : from;
  const choose = (key: string, value: unknown) => setChosen(new Map(chosen).set(key, value));
  const merge = () => {
    const outcome = applyPlan(incoming, target, plans, chosen);
    switchTo(outcome.relationship);
    props.onDone(outcome);
  };
  return (
    <section class="import-review" aria-label={`What arrived: ${from}`}>
      <H>What arrived: {from}</H>
      <TargetChoice incoming={incoming} known={known} target={target} onChange={setTarget} />
      {plans.map((plan) => (
        <ToolReview key={plan.item.spec.id} plan={plan} level={props.level} chosen={chosen} onChoose={choose} />
      ))}
      <InlineConfirm
        message={`Merge this into ${targetName}? Everything either side has is kept; where you both changed the same thing, your choices above decide. Nothing is replaced without being shown here.`}
        confirmLabel="Merge"
        cancelLabel="Cancel"
        onConfirm={merge}
        onCancel={() => props.onDone(null)}
      />
    </section>
  );
}
