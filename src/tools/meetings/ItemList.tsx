import type { ComponentChildren } from 'preact';
import { newId } from '../../lib/ids';
import { fill } from '../../lib/words';
import { focusLater } from '../shared/focus';
import { editItem, LIMITS } from './model';
import { Named, type Announce } from './parts';
import type { MeetingsTexts } from './texts';

/**
 * A list a person adds to and removes from (a meeting's agenda, its decisions). Each item gets its fields from
 * `children`, labelled with `itemLabel` ({n}), and a way to change it; focus goes to a new item's first field, and
 * after a removal to the add button. Additions and removals are announced.
 */
export function ItemList<T extends { id: string }>(props: {
  t: MeetingsTexts;
  domId: string;
  legend: string;
  hint?: string;
  items: T[];
  itemLabel: string;
  addLabel: string;
  /** A new, empty item. */
  blank(id: string): T;
  /** Applies a change to the list in the stored state. */
  setItems(change: (list: T[]) => T[]): void;
  announce: Announce;
  children(item: T, label: string, set: (change: Partial<T>) => void): ComponentChildren;
}) {
  const { t, domId, items, setItems, announce } = props;
  const addId = `${domId}-add`;
  const labelOf = (i: number) => fill(props.itemLabel, { n: i + 1 });

  function add() {
    if (items.length >= LIMITS.itemsPerMeeting) return;
    const item = props.blank(newId());
    setItems((list) => [...list, item]);
    announce(fill(t.said.added, { what: labelOf(items.length) }));
    focusLater(`${domId}-${item.id}`, 'input');
  }

  return (
    <fieldset class="tool-fieldset">
      <legend>{props.legend}</legend>
      {props.hint && <p class="hint">{props.hint}</p>}
      {items.length > 0 && (
        <ol class="mt-items">
          {items.map((item, i) => {
            const label = labelOf(i);
            return (
              <li key={item.id} id={`${domId}-${item.id}`} class="mt-row">
                {props.children(item, label, (change) => setItems((list) => editItem(list, item.id, change)))}
                <Named words={t.remove} what={label.toLowerCase()} class="mt-remove" onClick={() => {
                  setItems((list) => list.filter((x) => x.id !== item.id));
                  announce(fill(t.said.removed, { what: label }));
                  focusLater(addId);
                }} />
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" id={addId} onClick={add}>{props.addLabel}</button>
    </fieldset>
  );
}
