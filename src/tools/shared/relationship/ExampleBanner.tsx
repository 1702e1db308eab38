import { deleteRelationship, $activeId, switchTo } from '../../../lib/relationships/store';
import type { RelationshipView } from './useRelationships';

/** Shown while the example relationship is open: it is not the person's own work, and it goes in one click. */
export function ExampleBanner({ back }: { back?: RelationshipView }) {
  return (
    <div class="notice example-banner" role="note">
      <p>
        <strong>This is an example</strong>, not your own work. Change anything to try it out; your own relationships
        are untouched.
      </p>
      <div class="button-row">
        {back && <button type="button" onClick={() => switchTo(back.rel.id)}>Back to {back.name}</button>}
        <button type="button" onClick={() => deleteRelationship($activeId.get())}>Remove the example</button>
      </div>
    </div>
  );
}
