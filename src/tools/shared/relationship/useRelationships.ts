import { useEffect, useState } from 'preact/hooks';
import { $activeId, relationshipsStore, scopedStore } from '../../../lib/relationships/store';
import { newRelationship, type Relationship } from '../../../lib/relationships/model';
import { relationshipLabel, relationshipName } from '../../../lib/relationships/names';
import { pairSpec } from '../../pair/store';
import type { Pair } from '../../pair/model';
import { useAtom } from '../useAtom';

export interface RelationshipView {
  rel: Relationship;
  pair: Pair;
  name: string;
  label: string;
}

/**
 * Every relationship with its names, and the active one; re-renders when any of them changes, here or in another
 * tab. A new relationship with nothing saved yet is not in the stored list, but is shown all the same.
 */
export function useRelationships() {
  const { list } = useAtom(relationshipsStore.$data);
  const activeId = useAtom($activeId);
  const [, rerender] = useState(0);
  const all = list.some((r) => r.id === activeId) || !activeId ? list : [...list, newRelationship(activeId, new Date())];
  const pairs = all.map((rel) => scopedStore(pairSpec, rel.id));
  useEffect(() => {
    const stops = pairs.map((store) => store.$data.listen(() => rerender((n) => n + 1)));
    return () => stops.forEach((stop) => stop());
  }, [pairs.map((p) => p.key).join()]);
  const views: RelationshipView[] = all.map((rel, i) => {
    const pair = pairs[i]!.$data.get();
    return { rel, pair, name: relationshipName(pair), label: relationshipLabel(rel, pair) };
  });
  return { views, active: views.find((v) => v.rel.id === activeId) };
}
