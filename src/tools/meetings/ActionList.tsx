import { newId } from '../../lib/ids';
import { fill } from '../../lib/words';
import { focusLater } from '../shared/focus';
import { heading } from '../shared/headings';
import { ActionItem } from './ActionItem';
import { actionsFor, addAction, LIMITS, newAction, removeAction } from './model';
import type { MeetingViewProps } from './parts';

/** A meeting's actions: those carried in from earlier meetings (until done or dropped), then those agreed in it. */
export function ActionList(props: MeetingViewProps) {
  const { t, state, meeting, update, announce } = props;
  const H = heading(props.level, 2);
  const w = t.actions;
  const { carried, created } = actionsFor(state, meeting.id);
  const domId = `${props.domId}-actions`;
  const itemId = (id: string) => `${domId}-${id}`;
  const label = (n: number) => fill(w.item, { n });
  const common = { t, meeting, update, names: props.names, goals: props.goals, today: props.today, announce };

  function add() {
    if (state.actions.length >= LIMITS.actions) {
      announce(w.full);
      return;
    }
    const action = newAction(newId(), meeting.id);
    update((s) => addAction(s, action));
    announce(fill(t.said.added, { what: label(carried.length + created.length + 1) }));
    focusLater(itemId(action.id), 'input');
  }

  return (
    <fieldset class="tool-fieldset mt-actions">
      <legend>{w.legend}</legend>
      <p class="hint">{w.hint}</p>
      {carried.length > 0 && (
        <>
          <H>{w.carried}</H>
          <ol class="mt-items">
            {carried.map((c, i) => (
              <ActionItem key={c.action.id} {...common} domId={itemId(c.action.id)} action={c.action} carried={c} label={label(i + 1)} />
            ))}
          </ol>
        </>
      )}
      <H>{w.created}</H>
      {created.length === 0 ? <p>{w.none}</p> : (
      <ol class="mt-items">
        {created.map((a, i) => (
          <ActionItem
            key={a.id}
            {...common}
            domId={itemId(a.id)}
            action={a}
            label={label(carried.length + i + 1)}
            onRemove={(what) => {
              update((s) => removeAction(s, a.id));
              announce(fill(t.said.removed, { what }));
              focusLater(`${domId}-add`);
            }}
          />
        ))}
      </ol>
      )}
      <button type="button" id={`${domId}-add`} onClick={add}>{w.add}</button>
    </fieldset>
  );
}
