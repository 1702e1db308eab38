// Reading sync meta from storage, a file or a link: untrusted, so every entry is checked and bad ones dropped.
import { isStamp } from './stamp';
import type { SyncMeta } from './sync-meta';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Stamp keys are paths of list names, ids and field names (see shape.ts). */
const KEY = /^[\w./[\]+-]{0,400}$/;

function stamps(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isRecord(value)) for (const [k, v] of Object.entries(value)) if (KEY.test(k) && isStamp(v)) out[k] = v;
  return out;
}

/** The meta if the value looks like one, with unusable entries left out; undefined when there is none. */
export function readSyncMeta(value: unknown): SyncMeta | undefined {
  if (!isRecord(value)) return undefined;
  const seen: Record<string, number> = {};
  if (isRecord(value.seen)) {
    for (const [k, v] of Object.entries(value.seen)) if (/^[\w-]{1,32}$/.test(k) && typeof v === 'number' && Number.isFinite(v)) seen[k] = v;
  }
  return { s: stamps(value.s), g: stamps(value.g), seen };
}
