// One relationship's data as a share or a file: every store it has, as stored (this page's own stores first
// saved, or taken from memory when storage is refused), with their edit stamps so the partner can merge.
import { keysWithPrefix, readKey, readEnvelope, scopedKey, isQuarantineKey, storesUnder, buildExport, type Envelope, type SharedRelationship } from '../storage';
import type { Role } from '../relationships/model';

export function relationshipShare(id: string, names: { mentee: string; mentor: string }, from: Role, only?: string[]): SharedRelationship {
  const prefix = scopedKey(id, '');
  const tools: Record<string, Envelope> = {};
  for (const key of keysWithPrefix(prefix)) {
    const read = readKey(key);
    // Only the stores' own keys: not set-aside copies, nor the copies closed pages left (<key>:pending:<page>).
    if (isQuarantineKey(key) || key.slice(prefix.length).includes(':') || !read.ok || read.value === null) continue;
    try {
      const envelope = readEnvelope(JSON.parse(read.value));
      if (envelope.ok) tools[key.slice(prefix.length)] = envelope.envelope;
    } catch {
      // A value that cannot be read stays out of the share; its page sets it aside.
    }
  }
  for (const store of storesUnder(prefix)) {
    store.flush();
    if (!(store.spec.isEmpty?.(store.$data.get()) ?? false)) tools[store.spec.id] = store.envelope();
  }
  const picked = only ? Object.fromEntries(Object.entries(tools).filter(([tool]) => only.includes(tool))) : tools;
  return { id, names, from, tools: picked };
}

/** The text of a share or a file for one relationship. */
export const shareText = (rel: SharedRelationship, pretty = false): string =>
  JSON.stringify(buildExport([rel]), null, pretty ? 2 : undefined);
