// What a stored value carries beside its data so that two copies can be merged: a stamp for every field, list
// order and item that was edited, a tombstone for every item deleted, and the latest time seen from each device.
import type { Stamp } from './stamp';

export interface SyncMeta {
  /** Stamp key (see shape.ts) -> when it last changed. A key with no stamp has not changed since it was made empty. */
  s: Record<string, Stamp>;
  /** Item key -> when it was deleted. */
  g: Record<string, Stamp>;
  /** Device -> the latest edit time of that device's that this copy holds (or has merged past). */
  seen: Record<string, number>;
}

export const emptyMeta = (): SyncMeta => ({ s: {}, g: {}, seen: {} });
