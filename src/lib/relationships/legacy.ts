// Data saved before relationships existed (gmg:pair, gmg:goals, gmg:feedback, gmg:agreement) moves, as it is, into
// the first relationship. Each value is copied before its old key is removed, one at a time, so nothing is lost and
// storage never needs room for two copies of everything; a value that cannot be copied stays where it was and is
// moved on a later visit.
import { readKey, removeKey, writeKey } from '../storage/backend';
import { scopedKey, storageKey } from '../storage/envelope';
import type { StoredState } from '../storage/stored';
import type { Relationship, RelationshipList } from './model';
import { parseRelationships } from './model';

export const LEGACY_IDS = ['pair', 'goals', 'feedback', 'agreement'] as const;

export function migrateLegacy(list: StoredState<RelationshipList>, make: () => Relationship): void {
  const found = LEGACY_IDS.filter((id) => {
    const read = readKey(storageKey(id));
    return read.ok && read.value !== null;
  });
  if (found.length === 0) return;
  // The relationship to move into: the first one already listed, or a new one, written before anything moves.
  const listed = readKey(list.key);
  let current: RelationshipList | undefined;
  try {
    const parsed = parseRelationships(JSON.parse(listed.ok && listed.value ? listed.value : 'null')?.data);
    current = parsed.ok ? parsed.data : parsed.salvaged;
  } catch {
    current = undefined;
  }
  let target = current?.list[0]?.id;
  if (!target) {
    const rel = make();
    list.start();
    list.update((s) => ({ list: [...s.list, rel], active: rel.id }));
    if (!list.flush().ok) return;
    target = rel.id;
  }
  for (const id of found) {
    const to = scopedKey(target, id);
    const from = readKey(storageKey(id));
    const already = readKey(to);
    if (!from.ok || from.value === null || (already.ok && already.value !== null)) continue;
    if (writeKey(to, from.value).ok && readKey(to).ok) removeKey(storageKey(id));
  }
}
