import { useState } from 'preact/hooks';
import { formatDate } from '../../lib/dates';
import { fill } from '../../lib/words';
import type { GoalOption } from '../linked/goal-options';
import { focusLater } from '../shared/focus';
import { Checkbox, DateField, TextField } from '../shared/fields';
import {
  dropAction, isOverdue, markDone, reopen, updateAction, withGoal, type Action, type CarriedAction, type Meeting,
} from './model';
import { clip, GoalSelect, Named, PersonSelect, Tag, type Announce, type Names, type Update } from './parts';
import type { MeetingsTexts } from './texts';

/**
 * One action as a meeting shows it: what, who, by when, an optional goal, and its status. Done is a tick; dropping
 * asks why first, and a drop with no reason is refused with a message tied to the field.
 */
export function ActionItem(props: {
  t: MeetingsTexts;
  meeting: Meeting;
  action: Action;
  /** Set when the action was agreed in an earlier meeting. */
  carried?: CarriedAction;
  label: string;
  domId: string;
  update: Update;
  names: Names;
  goals: GoalOption[];
  today: string;
  announce: Announce;
  /** Only for actions agreed in this meeting: deleting one made by mistake. */
  onRemove?(what: string): void;
}) {
  const { t, action, meeting, update, announce, domId, carried } = props;
  const w = t.actions;
  const [dropping, setDropping] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const what = action.text.trim() || props.label.toLowerCase();
  const set = (change: (a: Action) => Action) => update((s) => updateAction(s, action.id, change));

  function stopDropping() {
    setDropping(false);
    setReason('');
    setError('');
  }

  function cancel() {
    stopDropping();
    focusLater(domId, '[data-drop]');
  }

  function drop(event: Event) {
    event.preventDefault();
    if (!reason.trim()) {
      setError(w.dropMissing);
      focusLater(`${domId}-drop`, 'input');
      return;
    }
    update((s) => dropAction(s, action.id, reason, meeting.id) ?? s);
    stopDropping();
    announce(fill(t.said.dropped, { what }));
    focusLater(domId);
  }

  return (
    <li id={domId} tabIndex={-1}>
      <fieldset class="mt-action">
        <legend>
          {props.label}
          {carried && ' '}
          {carried && <> <Tag>{carried.from ? fill(w.carriedFrom, { date: formatDate(carried.from.date) || t.list.undated }) : w.carriedFromEarlier}</Tag></>}
          {isOverdue(action, props.today) && <> <Tag warn>{w.overdue}</Tag></>}
        </legend>
        <TextField label={w.text} value={action.text} onInput={(v) => set((a) => ({ ...a, text: clip(v) }))} />
        <div class="field-row">
          <PersonSelect label={w.owner} value={action.owner} names={props.names} onChange={(owner) => set((a) => ({ ...a, owner }))} />
          <DateField label={w.due} value={action.due} onInput={(due) => set((a) => ({ ...a, due }))} class="mt-short" />
          <GoalSelect t={t} goals={props.goals} value={action.goalId} onChange={(id) => set((a) => withGoal(a, id))} />
        </div>
        {action.status === 'dropped' ? (
          <p class="mt-dropped">
            {fill(w.dropped, { reason: action.dropReason })}{' '}
            <Named words={w.reopen} what={what} onClick={() => {
              update((s) => reopen(s, action.id));
              announce(fill(t.said.reopened, { what }));
              focusLater(domId, 'input[type="checkbox"]');
            }} />
          </p>
        ) : (
          <Checkbox label={w.done} checked={action.status === 'done'} onChange={(done) => {
            update((s) => (done ? markDone(s, action.id, meeting.id) : reopen(s, action.id)));
            announce(fill(done ? t.said.done : t.said.reopened, { what }));
          }} />
        )}
        {dropping ? (
          <form id={`${domId}-drop`} class="mt-drop" onSubmit={drop} onKeyDown={(e) => e.key === 'Escape' && cancel()}>
            <TextField label={w.dropReason} value={reason} error={error} onInput={(v) => {
              setReason(clip(v));
              setError('');
            }} />
            <div class="button-row">
              <button type="submit">{w.dropConfirm}</button>
              <button type="button" onClick={cancel}>{w.keep}</button>
            </div>
          </form>
        ) : (
          <div class="button-row">
            {action.status === 'open' && <Named words={w.drop} what={what} data-drop onClick={() => {
              setDropping(true);
              focusLater(`${domId}-drop`, 'input');
            }} />}
            {props.onRemove && <Named words={t.remove} what={what} class="mt-remove" onClick={() => props.onRemove!(what)} />}
          </div>
        )}
      </fieldset>
    </li>
  );
}
