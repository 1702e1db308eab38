// Which relationships this browser keeps, which one this tab shows, and each relationship's stores.
import { atom } from 'nanostores';
import { newId } from '../ids';
import { keysWithPrefix, readKey, removeKey, writeKey } from '../storage/backend';
import { scopedKey } from '../storage/envelope';
import { storeFor, storesUnder, type StoredState } from '../storage/stored';
import type { StoredSpec } from '../storage/types';
import { migrateLegacy } from './legacy';
import { emptyRelationships, newRelationship, parseRelationships, type RelationshipList, type Role } from './model';

export const relationshipsSpec: StoredSpec<RelationshipList> = {
  id: 'relationships',
  label: 'Your relationships',
  version: 1,
  parse: parseRelationships,
  migrations: {},
  initial: emptyRelationships,
  shape: { lists: { list: {} }, local: ['active'] },
  describe: (s) => `${s.list.length} relationship${s.list.length === 1 ? '' : 's'}`,
  isEmpty: (s) => s.list.length === 0,
};

export const relationshipsStore = storeFor(relationshipsSpec);

/** The relationship this tab shows. Each tab keeps its own (sessionStorage), so two tabs can show two pairs. */
export const $activeId = atom('');
const TAB_KEY = 'gmg:active';

function tabChoice(): string {
  try {
    return sessionStorage.getItem(TAB_KEY) ?? '';
  } catch {
    return '';
  }
}

/** The store of one relationship's data for a spec; the active relationship's unless another is named. */
export function scopedStore<T>(spec: StoredSpec<T>, relationship = $activeId.get()): StoredState<T> {
  const store = storeFor(spec, scopedKey(relationship, spec.id), { afterWrite: () => ensureListed(relationship) });
  store.start();
  return store;
}

/**
 * Lists a relationship once something is saved for it. Until then a first visitor's relationship lives only in
 * memory, so opening a page stores nothing, and "Delete everything" leaves nothing behind.
 */
function ensureListed(id: string) {
  if (relationshipsStore.$data.get().list.some((r) => r.id === id)) return;
  relationshipsStore.update((s) => ({ ...s, list: [...s.list, newRelationship(id, new Date())] }));
  relationshipsStore.flush();
}

/**
 * Picks the relationship to show when the current choice is gone: the tab's, the last chosen, or any own one;
 * with none at all, a new one that is listed (and stored) once something is saved for it.
 */
function settle() {
  const { list, active } = relationshipsStore.$data.get();
  const usable = (id: string) => list.some((r) => r.id === id);
  const current = $activeId.get();
  const gone = current !== '' && listedBefore.has(current) && !usable(current);
  listedBefore = new Set(list.map((r) => r.id));
  if (usable(current)) return;
  const own = list.find((r) => !r.archived && !r.example) ?? list[0];
  const choice = [tabChoice(), active].find(usable) ?? own?.id;
  if (choice) $activeId.set(choice);
  // Nothing listed: a new relationship, unless this tab already has one that is not saved yet.
  else if (current === '' || gone) $activeId.set(newId());
}
let listedBefore = new Set<string>();

let started = false;
/** Reads the list (moving data from before relationships into the first one) and picks this tab's. Client only. */
export function startRelationships(): void {
  if (started) return;
  started = true;
  migrateLegacy(relationshipsStore, () => newRelationship(newId(), new Date()));
  relationshipsStore.start();
  settle();
  // Another tab may delete the relationship this one shows.
  relationshipsStore.$data.listen(settle);
}

export function switchTo(id: string): void {
  $activeId.set(id);
  try {
    sessionStorage.setItem(TAB_KEY, id);
  } catch {
    // A tab without sessionStorage keeps its choice in memory only.
  }
  relationshipsStore.update((s) => (s.active === id ? s : { ...s, active: id }));
}

/** Adds a relationship and shows it; returns its id. A shared relationship keeps the id it came with. */
export function createRelationship(options: { example?: boolean; id?: string; me?: Role } = {}): string {
  const rel = { ...newRelationship(options.id ?? newId(), new Date(), options.example), me: options.me ?? '' };
  relationshipsStore.update((s) => ({ ...s, list: [...s.list, rel] }));
  switchTo(rel.id);
  relationshipsStore.flush();
  return rel.id;
}

function edit(id: string, change: (r: RelationshipList['list'][number]) => RelationshipList['list'][number]) {
  ensureListed(id);
  relationshipsStore.update((s) => ({ ...s, list: s.list.map((r) => (r.id === id ? change(r) : r)) }));
}

export const setRole = (id: string, me: Role) => edit(id, (r) => ({ ...r, me }));
export const setArchived = (id: string, archived: boolean) => edit(id, (r) => ({ ...r, archived }));
/** Remembers that the partner's copy of this relationship goes by another id, so their next share merges here. */
export const addAlias = (id: string, alias: string) =>
  edit(id, (r) => (alias === r.id || r.aliases.includes(alias) ? r : { ...r, aliases: [...r.aliases, alias] }));

/**
 * Deletes a relationship and everything stored for it (set-aside copies included). Returns a way to put it all
 * back, for the undo the page offers.
 */
export function deleteRelationship(id: string): () => void {
  const { list } = relationshipsStore.$data.get();
  const index = list.findIndex((r) => r.id === id);
  const record = list[index];
  const prefix = scopedKey(id, '');
  const kept = keysWithPrefix(prefix).flatMap((key) => {
    const read = readKey(key);
    return read.ok && read.value !== null ? [[key, read.value] as const] : [];
  });
  const stores = storesUnder(prefix);
  stores.forEach((store) => store.clear());
  keysWithPrefix(prefix).forEach(removeKey);
  relationshipsStore.update((s) => ({ ...s, list: s.list.filter((r) => r.id !== id) }));
  relationshipsStore.flush();
  settle();
  return () => {
    for (const [key, raw] of kept) writeKey(key, raw);
    // Stores made on this page re-read what was put back.
    stores.forEach((store) => store.reload());
    if (record) relationshipsStore.update((s) => ({ ...s, list: [...s.list.slice(0, index), record, ...s.list.slice(index)] }));
    relationshipsStore.flush();
    switchTo(id);
  };
}

/** The example relationship, made if there is none yet, and shown. */
export function openExample(): string {
  const existing = relationshipsStore.$data.get().list.find((r) => r.example);
  if (existing) {
    switchTo(existing.id);
    return existing.id;
  }
  return createRelationship({ example: true });
}
