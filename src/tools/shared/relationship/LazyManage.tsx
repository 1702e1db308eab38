import { useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Undoable } from '../useUndo';
import type { RelationshipView } from './useRelationships';

type ManageProps = { view: RelationshipView; namesHere: boolean; announce(text: string): void; offerUndo(u: Undoable): void };

// Built as its own entry (fixedEntries in astro.config.mjs), so no bundler helper rides along; the dev server serves the source.
const url = import.meta.env.DEV ? '/src/tools/shared/relationship/ManageRelationship.tsx' : '/lazy/manage.js';

/** "Manage this relationship": its code (sharing, encryption, archiving, deleting) loads the first time it is opened. */
export function LazyManage(props: ManageProps) {
  const [Manage, setManage] = useState<ComponentType<ManageProps> | null>(null);
  const [failed, setFailed] = useState(false);
  const load = (event: Event) => {
    if (Manage || !(event.currentTarget as HTMLDetailsElement).open) return;
    import(/* @vite-ignore */ url)
      .then((m: { ManageRelationship: ComponentType<ManageProps> }) => setManage(() => m.ManageRelationship))
      .catch(() => setFailed(true));
  };
  return (
    <details class="relationship-manage" onToggle={load}>
      <summary>Manage this relationship</summary>
      {Manage ? <Manage {...props} /> : <p role="status">{failed ? 'This part could not load. Check your connection and reload the page.' : 'Opening…'}</p>}
    </details>
  );
}
