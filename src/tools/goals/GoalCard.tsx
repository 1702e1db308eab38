import { DateField, SelectField, TextArea, TextField } from '../shared/fields';
import {
  commitmentPrompt, dueForReview, firstStepCheck, formatDate, goalKinds, goalName, insertAt, isGoalBlank, kindLabels,
  progress, progressText, smartChecks, updateGoal, woopCheck, type Goal, type GoalsState,
} from './model';
import { Milestones } from './Milestones';
import { CheckIns } from './CheckIns';
import { focusById } from './focus';

/** Something just removed from a list, with where it was. */
export interface Removed<T> {
  item: T;
  index: number;
  what: string;
}

/** What the worksheet needs to offer an undo: the words, how to put it back, and where focus goes after. */
export interface Undoable {
  message: string;
  restore(state: GoalsState): GoalsState;
  focusId: string;
}

type TextKey = 'title' | 'why' | 'measure' | 'reality' | 'options' | 'raise' | 'obstacle' | 'ifThen' | 'support';
type DateKey = 'targetDate' | 'firstStepDate' | 'nextReview';

const kindOptions = goalKinds.map((k) => ({ value: k, label: kindLabels[k] }));
const commitmentOptions = [
  { value: '', label: 'Not given yet' },
  ...Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: i === 0 ? '1 (not at all)' : i === 9 ? '10 (certain)' : String(i + 1) })),
];

/** "Due for review" in words, with a flag that screen readers skip. */
export const DueTag = () => (
  <span class="tag tag--warn">
    {' · '}
    <span aria-hidden="true">⚑ </span>Due for review
  </span>
);

export function GoalCard(props: {
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
  const { goal, index, count, domId, today } = props;
  const name = goalName(goal, index);
  const set = (patch: Partial<Goal>) => props.update(goal.id, (g) => ({ ...g, ...patch }));
  const area = (key: TextKey, label: string, hint?: string, error?: string) => (
    <TextArea label={label} hint={hint} error={error} value={goal[key]} onInput={(v) => set({ [key]: v })} rows={2} />
  );
  const date = (key: DateKey, label: string) => (
    <DateField label={label} value={goal[key]} onInput={(v) => set({ [key]: v })} class="field--date" />
  );
  const checks = smartChecks(goal, today);
  const woop = woopCheck(goal.ifThen);
  const prompt = commitmentPrompt(goal.commitment);
  const due = dueForReview(goal, today);
  const p = progress(goal);

  function removed<K extends 'milestones' | 'checkIns'>(key: K, addButton: string, prefix: string) {
    return (r: Removed<Goal[K][number]>) => {
      focusById(domId, `[data-add="${addButton}"]`);
      props.onUndoable({
        message: `Removed ${r.what} of “${name}”.`,
        restore: (s) => updateGoal(s, goal.id, (g) => ({ ...g, [key]: insertAt<Goal[K][number]>(g[key], r.item, r.index) })),
        focusId: `${domId}-${prefix}-${r.item.id}`,
      });
    };
  }

  return (
    <details class="goal-card" id={domId} open>
      <summary id={`${domId}-s`}>
        <h3 class="goal-heading">
          Goal {index + 1}: {goal.title.trim() || 'untitled'}
        </h3>
        <span class="goal-meta">
          {kindLabels[goal.kind]} goal · {progressText(p)}
          {due && <DueTag />}
        </span>
      </summary>
      <div class="goal-body">
        <div class="button-row goal-tools">
          <button type="button" data-move="up" disabled={index === 0} aria-label={`Move up: ${name}`} onClick={() => props.onMove(goal.id, -1)}>
            ↑ Move up
          </button>
          <button type="button" data-move="down" disabled={index === count - 1} aria-label={`Move down: ${name}`} onClick={() => props.onMove(goal.id, 1)}>
            ↓ Move down
          </button>
          <button type="button" aria-label={`Archive: ${name}`} onClick={() => props.onArchive(goal.id)}>
            Archive
          </button>
          <button type="button" class="button-danger" aria-label={`Delete: ${name}`} onClick={() => props.onDelete(goal.id)}>
            Delete
          </button>
        </div>

        <fieldset class="tool-fieldset">
          <legend>The goal</legend>
          {area('title', 'Goal', 'In the mentee’s own words: what do you want, and by when?')}
          <SelectField label="Kind of goal" value={goal.kind} options={kindOptions} onChange={(kind) => set({ kind })} />
          {area('why', 'Why it matters')}
        </fieldset>

        <fieldset class="tool-fieldset">
          <legend>Make it SMART</legend>
          {area('measure', 'Measure of success', 'What will you, or anyone else, be able to see or count when it is done?')}
          <div class="field-row">
            <TextField label="Who owns it" hint="Usually the mentee; name the mentor too if they own a step." value={goal.owner} onInput={(owner) => set({ owner })} />
            {date('targetDate', 'Target date')}
          </div>
          {!isGoalBlank(goal) && (
            <div class={`goal-checks${checks.length ? ' goal-checks--open' : ''}`}>
              {checks.length === 0 ? (
                <p>
                  <span aria-hidden="true">✓ </span>
                  <strong>SMART check:</strong> it has a measure, an owner and a date to come.
                </p>
              ) : (
                <>
                  <p>
                    <strong>SMART check: {checks.length === 1 ? 'one thing' : `${checks.length} things`} to look at</strong>
                  </p>
                  <ul class="check-list">
                    {checks.map((c) => (
                      <li key={c.id} data-check={c.id}>
                        <strong>
                          <span aria-hidden="true">⚠ </span>
                          {c.message}.
                        </strong>{' '}
                        {c.why}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </fieldset>

        <fieldset class="tool-fieldset">
          <legend>Plan it (GROW)</legend>
          {area('reality', 'Where things stand now', 'What have you already tried? What is in the way?')}
          {area('options', 'Options considered')}
          <div class="field-row">
            <TextField label="First step" value={goal.firstStep} onInput={(firstStep) => set({ firstStep })} error={firstStepCheck(goal) ?? undefined} />
            {date('firstStepDate', 'First step by')}
          </div>
          <SelectField
            label="Commitment, from 1 to 10"
            hint="How sure is the mentee of doing it?"
            value={goal.commitment === null ? '' : String(goal.commitment)}
            options={commitmentOptions}
            onChange={(v) => set({ commitment: v ? Number(v) : null })}
            class="field--short"
          />
          {prompt && (
            <>
              <p class="goal-prompt">
                <span aria-hidden="true">? </span>
                {prompt}
              </p>
              {area('raise', 'What would make it higher?')}
            </>
          )}
          {area('support', 'Support asked of the mentor', '“How can I help?”: what the mentee asks the mentor to do.')}
        </fieldset>

        <fieldset class="tool-fieldset">
          <legend>The main obstacle and an if-then plan (WOOP)</legend>
          {area('obstacle', 'Main inner obstacle', 'Inside you: the habit, feeling or belief most likely to get in the way.')}
          {area('ifThen', 'If-then plan', 'If [the obstacle shows up], then I will [what you will do].', woop ? `${woop.message}. ${woop.why}` : undefined)}
        </fieldset>

        <Milestones
          domId={domId}
          milestones={goal.milestones}
          today={today}
          onChange={(change) => props.update(goal.id, (g) => ({ ...g, milestones: change(g.milestones) }))}
          onRemoved={removed('milestones', 'milestone', 'm')}
        />

        <CheckIns
          domId={domId}
          checkIns={goal.checkIns}
          today={today}
          names={props.names}
          onChange={(change) => props.update(goal.id, (g) => ({ ...g, checkIns: change(g.checkIns) }))}
          onRemoved={removed('checkIns', 'check-in', 'c')}
        />

        <fieldset class="tool-fieldset">
          <legend>Review</legend>
          {date('nextReview', 'Next review date')}
          {due ? (
            <p class="goal-due" data-due>
              <span aria-hidden="true">⚑ </span>
              <strong>Due for review</strong> since {formatDate(goal.nextReview)}. Look at this goal together, add a
              check-in and set the next review date.
            </p>
          ) : goal.nextReview ? (
            <p class="hint">Next review on {formatDate(goal.nextReview)}.</p>
          ) : (
            <p class="hint">Pick a date to look at this goal together again, such as your next meeting but one.</p>
          )}
        </fieldset>
      </div>
    </details>
  );
}
