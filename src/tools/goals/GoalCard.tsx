import { DateField, SelectField, TextArea, TextField } from '../shared/fields';
import { heading, type Level } from '../shared/headings';
import {
  asksToRaise, counted, dueForReview, fill, firstStepNeedsDate, formatDate, goalKinds, goalName, goalTitle, insertAt, isGoalBlank,
  progress, progressText, smartChecks, updateGoal, woopCheck, type Goal, type GoalsState,
} from './model';
import type { GoalField, GoalsTexts } from './texts';
import { DueTag, Named } from './parts';
import { Milestones } from './Milestones';
import { CheckIns } from './CheckIns';
import { focusById } from './focus';
import { ShortTitleField } from './ShortTitleField';

/** How a goal's list of milestones or check-ins is edited: changed as a whole, one item changed, one removed. */
export interface ListEdits<T> {
  change(change: (list: T[]) => T[]): void;
  set(id: string, patch: Partial<T>): void;
  /** Removes an item and offers to put it back; `what` names it in the message ("milestone 2"). */
  remove(item: T, index: number, what: string): void;
}

/** What the worksheet needs to offer an undo: the words, how to put it back, and where focus goes after. */
export interface Undoable {
  message: string;
  restore(state: GoalsState): GoalsState;
  focusId: string;
}

type TextKey = 'title' | 'why' | 'measure' | 'reality' | 'options' | 'raise' | 'obstacle' | 'ifThen' | 'support';
type DateKey = 'targetDate' | 'firstStepDate' | 'nextReview';

export function GoalCard(props: {
  /** The worksheet's heading level; a goal's heading is one below it. */
  level: Level;
  t: GoalsTexts;
  goal: Goal;
  index: number;
  count: number;
  domId: string;
  today: string;
  names: { mentee: string; mentor: string };
  update(id: string, change: (g: Goal) => Goal): void;
  onMove(id: string, direction: -1 | 1): void;
  onArchive(id: string): void;
  onDelete(id: string): void;
  onUndoable(undo: Undoable): void;
}) {
  const GoalHeading = heading(props.level, 1);
  const { t, goal, index, count, domId, today } = props;
  const { labels, hints, legends, buttons } = t;
  const name = { name: goalName(goal, index, t.goalUntitled) };
  const set = (patch: Partial<Goal>) => props.update(goal.id, (g) => ({ ...g, ...patch }));
  /** A field's label and hint, by field. */
  const words = (key: GoalField) => ({ label: labels[key], hint: hints[key] });
  const area = (key: TextKey, error?: string) => (
    <TextArea {...words(key)} error={error} value={goal[key]} onInput={(v) => set({ [key]: v })} rows={2} />
  );
  const date = (key: DateKey) => <DateField {...words(key)} value={goal[key]} onInput={(v) => set({ [key]: v })} class="field--date" />;
  const checks = smartChecks(goal, today);
  const woop = woopCheck(goal.ifThen);
  const due = dueForReview(goal, today);
  const p = progress(goal);

  function edits<K extends 'milestones' | 'checkIns'>(key: K, addButton: string, prefix: string): ListEdits<Goal[K][number]> {
    type Item = Goal[K][number];
    const change = (f: (list: Item[]) => Item[]) => props.update(goal.id, (g) => ({ ...g, [key]: f(g[key]) }));
    return {
      change,
      set: (id, patch) => change((list) => list.map((x) => (x.id === id ? { ...x, ...patch } : x))),
      remove(item, index, what) {
        change((list) => list.filter((x) => x.id !== item.id));
        focusById(domId, `[data-add="${addButton}"]`);
        props.onUndoable({
          message: fill(t.said.removedItem, { what, ...name }),
          restore: (s) => updateGoal(s, goal.id, (g) => ({ ...g, [key]: insertAt<Item>(g[key], item, index) })),
          focusId: `${domId}-${prefix}-${item.id}`,
        });
      },
    };
  }

  return (
    <details class="goal-card" id={domId} open>
      <summary id={`${domId}-s`}>
        <GoalHeading class="goal-heading">{fill(t.goalHeading, { n: index + 1, title: goalTitle(goal) || t.untitled })}</GoalHeading>
        <span class="goal-meta">
          {fill(t.kindGoal, { kind: t.kinds[goal.kind] })} · {progressText(p, t.milestones.progress)}
          {due && <DueTag t={t} />}
        </span>
      </summary>
      <div class="goal-body">
        <div class="button-row goal-tools">
          <Named words={buttons.up} values={name} data-move="up" disabled={index === 0} onClick={() => props.onMove(goal.id, -1)} />
          <Named words={buttons.down} values={name} data-move="down" disabled={index === count - 1} onClick={() => props.onMove(goal.id, 1)} />
          <Named words={buttons.archive} values={name} onClick={() => props.onArchive(goal.id)} />
          <Named words={buttons.delete} values={name} class="button-danger" onClick={() => props.onDelete(goal.id)} />
        </div>

        <fieldset class="tool-fieldset">
          <legend>{legends.goal}</legend>
          {area('title')}
          <ShortTitleField t={t} goal={goal} onInput={(short) => set({ short })} />
          <SelectField
            {...words('kind')}
            value={goal.kind}
            options={goalKinds.map((k) => ({ value: k, label: t.kinds[k] }))}
            onChange={(kind) => set({ kind })}
          />
          {area('why')}
        </fieldset>

        <fieldset class="tool-fieldset">
          <legend>{legends.smart}</legend>
          {area('measure')}
          <div class="field-row">
            <TextField {...words('owner')} value={goal.owner} onInput={(owner) => set({ owner })} />
            {date('targetDate')}
          </div>
          {!isGoalBlank(goal) && (
            <div class={`goal-checks${checks.length ? ' goal-checks--open' : ''}`}>
              <p>
                {!checks.length && <span aria-hidden="true">✓ </span>}
                <strong>{counted(checks.length, t.smartHeading)}</strong>
                {!checks.length && t.smartOk}
              </p>
              {checks.length > 0 && (
                <ul class="check-list">
                  {checks.map((c) => {
                    const [message, why] = t.smart[c.id];
                    return (
                      <li key={c.id} data-check={c.id}>
                        <strong>
                          <span aria-hidden="true">⚠ </span>
                          {fill(message, c)}.
                        </strong>{' '}
                        {fill(why, c)}
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          )}
        </fieldset>

        <fieldset class="tool-fieldset">
          <legend>{legends.grow}</legend>
          {area('reality')}
          {area('options')}
          <div class="field-row">
            <TextField
              {...words('firstStep')}
              value={goal.firstStep}
              onInput={(firstStep) => set({ firstStep })}
              error={firstStepNeedsDate(goal) ? t.firstStepNeedsDate : undefined}
            />
            {date('firstStepDate')}
          </div>
          <SelectField
            {...words('commitment')}
            value={String(goal.commitment ?? '')}
            options={t.commitmentOptions.map((label, i) => ({ value: i ? String(i) : '', label }))}
            onChange={(v) => set({ commitment: v ? Number(v) : null })}
            class="field--short"
          />
          {asksToRaise(goal.commitment) && (
            <>
              <p class="goal-prompt">
                <span aria-hidden="true">? </span>
                {fill(t.commitmentPrompt, { n: goal.commitment })}
              </p>
              {area('raise')}
            </>
          )}
          {area('support')}
        </fieldset>

        <fieldset class="tool-fieldset">
          <legend>{legends.woop}</legend>
          {area('obstacle')}
          {area('ifThen', woop ? `${t.woop[woop]}. ${t.woopWhy}` : undefined)}
        </fieldset>

        <Milestones
          t={t}
          domId={domId}
          milestones={goal.milestones}
          today={today}
          edits={edits('milestones', 'milestone', 'm')}
        />

        <CheckIns
          t={t}
          domId={domId}
          checkIns={goal.checkIns}
          today={today}
          names={props.names}
          edits={edits('checkIns', 'check-in', 'c')}
        />

        <fieldset class="tool-fieldset">
          <legend>{legends.review}</legend>
          {date('nextReview')}
          {due ? (
            <p class="goal-due" data-due>
              <span aria-hidden="true">⚑ </span>
              <strong>{t.due}</strong>
              {fill(t.review.dueSince, { date: formatDate(goal.nextReview) })}
            </p>
          ) : (
            <p class="hint">{goal.nextReview ? fill(t.review.next, { date: formatDate(goal.nextReview) }) : t.review.none}</p>
          )}
        </fieldset>
      </div>
    </details>
  );
}
