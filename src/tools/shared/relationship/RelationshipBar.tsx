import { useId } from 'preact/hooks';
import { createRelationship, switchTo } from '../../../lib/relationships/store';
import { useAnnouncer } from '../useAnnouncer';
import { useUndo } from '../useUndo';
import { focusLater } from '../focus';
import { LazyManage } from './LazyManage';
import { ExampleBanner } from './ExampleBanner';
import { useRelationships } from './useRelationships';

/** "Working on: Amara and Lena": which relationship this page shows, a new one, and managing this one. On every tool page and Your data. */
export function RelationshipBar({ namesHere = false }: { namesHere?: boolean }) {
  const { views, active } = useRelationships();
  const selectId = useId();
  const { announce, region } = useAnnouncer();
  const undo = useUndo(announce, { putBack: 'The relationship is back.' }, selectId);
  const choose = (id: string) => {
    switchTo(id);
    const chosen = views.find((v) => v.rel.id === id);
    if (chosen) announce(`Now working on ${chosen.label}.`);
  };
  const add = () => {
    createRelationship();
    announce('New relationship started. Add the names below.');
    focusLater('pair-names', 'input');
  };
  const own = views.filter((v) => !v.rel.example && v.rel.id !== active?.rel.id && !v.rel.archived);
  return (
    <section class="relationship-bar no-print" aria-label="Relationship">
      <div class="relationship-pick">
        <label for={selectId}>Working on</label>
        <select id={selectId} value={active?.rel.id ?? ''} onChange={(e) => choose((e.currentTarget as HTMLSelectElement).value)}>
          {views.map((v) => (
            <option key={v.rel.id} value={v.rel.id}>{v.label}</option>
          ))}
        </select>
        <button type="button" onClick={add}>New relationship</button>
      </div>
      {active?.rel.example && <ExampleBanner back={own[0]} />}
      {active && <LazyManage view={active} namesHere={namesHere} announce={announce} offerUndo={undo.offer} />}
      {undo.element}
      {region}
    </section>
  );
}
