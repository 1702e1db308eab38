// Carrying out a reviewed import: the relationship it goes to (made, or an existing one), then each tool merged
// into that relationship's store, with the person's choices on top. Reports what was really saved.
import type { ImportedRelationship } from '../../../lib/storage';
import { withChoices, type Choice } from '../../../lib/sync/choose';
import { newId } from '../../../lib/ids';
import { partnerRole } from '../../../lib/relationships/model';
import { addAlias, createRelationship, scopedStore } from '../../../lib/relationships/store';
import { pairSpec } from '../../pair/store';
import { emptyPair, isPairEmpty } from '../../pair/model';
import type { ToolPlan } from './plan';

export type Target = { kind: 'new' } | { kind: 'existing'; id: string };

export interface Outcome {
  relationship: string;
  saved: string[];
  /** Tools whose merged data is on screen but could not be written, with why. */
  notSaved: { label: string; message: string }[];
}

/** Merges every tool of a reviewed relationship. `chosen` holds the person's picks, by clash (key and field). */
export function applyPlan(incoming: ImportedRelationship, target: Target, plans: ToolPlan[], chosen: Map<string, unknown>): Outcome {
  let relationship: string;
  if (target.kind === 'new') {
    relationship = createRelationship({ id: incoming.id || newId(), me: partnerRole(incoming.from) });
    const pairs = scopedStore(pairSpec, relationship);
    const named = incoming.names.mentee || incoming.names.mentor;
    if (named && !plans.some((p) => p.item.spec.id === pairSpec.id) && isPairEmpty(pairs.$data.get())) {
      pairs.replace({ ...emptyPair(), ...incoming.names });
    }
  } else {
    relationship = target.id;
    if (incoming.id && incoming.id !== target.id) addAlias(target.id, incoming.id);
  }
  const outcome: Outcome = { relationship, saved: [], notSaved: [] };
  for (const plan of plans) {
    const store = scopedStore(plan.item.spec, relationship);
    store.mergeIn({ data: plan.item.data, meta: plan.item.meta });
    // What the review showed is what happens: each differing field ends as the person chose, or as it was shown.
    const choices: Choice[] = plan.reports.flatMap((r) =>
      r.fields.map((f) => {
        const pick = chosen.get(`${r.key}|${f.field}`);
        return { key: r.key, field: f.field, value: pick !== undefined ? pick : f.takes === 'mine' ? f.mine : f.theirs };
      }),
    );
    store.update((data) => withChoices(data, choices));
    const written = store.flush();
    if (written.ok) outcome.saved.push(plan.item.spec.label);
    else outcome.notSaved.push({ label: plan.item.spec.label, message: written.message });
  }
  return outcome;
}
