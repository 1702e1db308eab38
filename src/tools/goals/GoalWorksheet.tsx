import { useId, useState } from 'preact/hooks';
import { pairStore } from '../pair/store';
import { PairFields } from '../pair/PairFields';
import { displayNames, isPairEmpty } from '../pair/model';
import { useStored } from '../shared/useStored';
import { SaveStatus } from '../shared/SaveStatus';
import { StorageNotices } from '../shared/StorageNotices';
import { InlineConfirm } from '../shared/InlineConfirm';
import { UndoNotice } from '../shared/UndoNotice';
import { PrintButton } from '../shared/PrintButton';
import { downloadText, fileDate } from '../shared/download';
import { goalsStore } from './store';
import {
  dueForReview, emptyGoal, goalName, insertAt, isGoalsEmpty, kindLabels, localDate, moveGoal, newId, progress,
  progressText, removeGoal, updateGoal, type Goal,
} from './model';
import { DueTag, GoalCard, type Undoable } from './GoalCard';
import { GoalsPrint } from './GoalsPrint';
import { focusById } from './focus';

/** The goal-setting worksheet: names and dates, several goals with their plans, and ways to keep a copy. */
export function GoalWorksheet() {
  const data = useStored(goalsStore);
  const pair = useStored(pairStore);
  const uid = useId();
  const today = localDate(new Date());
  const [said, setSaid] = useState('');
  const [undo, setUndo] = useState<Undoable | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [outputNote, setOutputNote] = useState('');

  const domId = (goal: Goal) => `${uid}-goal-${goal.id}`;
  const undoId = `${uid}-undo`;
  const addId = `${uid}-add`;
  const announce = (text: string) => setSaid((before) => (before === text ? `${text}\u00a0` : text));
  const update = (id: string, change: (g: Goal) => Goal) => goalsStore.update((s) => updateGoal(s, id, change));
  const active = data.goals.filter((g) => !g.archived);
  const archived = data.goals.filter((g) => g.archived);
  const names = displayNames(pair);
  const nameOf = (goal: Goal) => goalName(goal, active.indexOf(goal));

  function offerUndo(u: Undoable) {
    setUndo(u);
    announce(`${u.message} Undo is at the end of the worksheet.`);
  }

  function addGoal() {
    const goal = emptyGoal(newId());
    goalsStore.update((s) => ({ goals: [...s.goals, goal] }));
    focusById(domId(goal), 'textarea');
    announce(`Goal ${active.length + 1} added.`);
  }

  function move(id: string, direction: -1 | 1) {
    const at = active.findIndex((g) => g.id === id);
    const goal = active[at]!;
    goalsStore.update((s) => moveGoal(s, id, direction));
    const dir = direction < 0 ? 'up' : 'down';
    // Keep focus on the button that was pressed; at the top or bottom it is disabled, so the other one.
    focusById(domId(goal), `[data-move="${dir}"]`, `[data-move="${direction < 0 ? 'down' : 'up'}"]`);
    announce(`Moved “${nameOf(goal)}” ${dir}, to place ${at + 1 + direction} of ${active.length}.`);
  }

  function remove(id: string) {
    // From the store itself: what is rendered can be a few milliseconds behind the last keystroke.
    const removed = removeGoal(goalsStore.$data.get(), id);
    if (!removed) return;
    const { state, goal, index } = removed;
    goalsStore.update(() => state);
    offerUndo({
      message: `Deleted “${goal.title.trim() || 'an untitled goal'}”.`,
      restore: (s) => ({ goals: insertAt(s.goals, goal, index) }),
      focusId: goal.archived ? `${uid}-archived` : `${domId(goal)}-s`,
    });
    focusById(undoId);
  }

  function setArchived(id: string, archive: boolean) {
    const goal = data.goals.find((g) => g.id === id)!;
    update(id, (g) => ({ ...g, archived: archive }));
    if (archive) {
      announce(`Archived “${nameOf(goal)}”. It is listed under Archived goals.`);
      focusById(`${uid}-archived`);
    } else {
      announce(`Restored “${goal.title.trim() || 'an untitled goal'}” to your goals.`);
      focusById(`${domId(goal)}-s`);
    }
  }

  function undoNow() {
    if (!undo) return;
    goalsStore.update(undo.restore);
    setUndo(null);
    announce('Put back.');
    focusById(undo.focusId);
  }

  async function fillExample() {
    const { researchExample } = await import('./examples');
    const example = researchExample(today);
    goalsStore.replace(example.goals);
    pairStore.replace(example.pair);
    setConfirming(false);
    setUndo(null);
    announce('The example is filled in: two goals for Amara Okafor and Dr Lena Fischer.');
    focusById(`${uid}-goals`);
  }

  function downloadJson() {
    const file = {
      app: 'good-mentoring-guide',
      format: 1,
      exportedAt: new Date().toISOString(),
      tools: { goals: goalsStore.envelope(), pair: pairStore.envelope() },
    };
    downloadText(`good-mentoring-guide-goals-${fileDate()}.json`, JSON.stringify(file, null, 2));
  }

  async function downloadIcs() {
    const { buildIcs, calendarEvents } = await import('./ics');
    const [goals, names] = [goalsStore.$data.get(), pairStore.$data.get()];
    const count = calendarEvents(goals, names).length;
    if (count === 0) {
      setOutputNote('There are no dates to add yet: set a review date, or give a milestone a date.');
    } else {
      downloadText(`good-mentoring-guide-goals-${fileDate()}.ics`, buildIcs(goals, names, { now: new Date() }), 'text/calendar');
      setOutputNote(`Calendar file made with ${count} date${count === 1 ? '' : 's'}. Open it to add them to your calendar.`);
    }
  }

  return (
    <div class="tool goals-tool">
      <div class="no-print">
        <SaveStatus stores={[goalsStore, pairStore]} />
        <StorageNotices stores={[goalsStore, pairStore]} />
        <div class="button-row goals-start">
          <button type="button" onClick={() => (isGoalsEmpty(data) && isPairEmpty(pair) ? fillExample() : setConfirming(true))}>
            Try an example
          </button>
        </div>
        {confirming && (
          <InlineConfirm
            message="The example replaces the goals on this worksheet, and the names and dates, which the agreement shares. Download your work first if you want to keep it."
            confirmLabel="Replace with the example"
            onConfirm={fillExample}
            onCancel={() => setConfirming(false)}
          />
        )}
        <PairFields />

        <h2 id={`${uid}-goals`} tabIndex={-1}>Your goals</h2>
        {active.length === 0 ? (
          <p>No goals yet. One to three is plenty.</p>
        ) : (
          <ol class="goals-overview">
            {active.map((g, i) => (
              <li key={g.id}>
                <a href={`#${domId(g)}`} onClick={() => ((document.getElementById(domId(g)) as HTMLDetailsElement).open = true)}>
                  {goalName(g, i)}
                </a>{' '}
                <span class="goal-meta">
                  {kindLabels[g.kind]} · {progressText(progress(g))}
                  {dueForReview(g, today) && <DueTag />}
                </span>
              </li>
            ))}
          </ol>
        )}

        {active.map((g, i) => (
          <GoalCard
            key={g.id}
            goal={g}
            index={i}
            count={active.length}
            domId={domId(g)}
            today={today}
            names={names}
            update={update}
            onMove={move}
            onArchive={(id) => setArchived(id, true)}
            onDelete={remove}
            onUndoable={offerUndo}
          />
        ))}
        <button type="button" id={addId} class="goals-add" onClick={addGoal}>
          + Add a goal
        </button>

        {archived.length > 0 && (
          <section class="goals-archived" aria-labelledby={`${uid}-archived`}>
            <h2 id={`${uid}-archived`} tabIndex={-1}>Archived goals</h2>
            <p class="hint">Set aside, not deleted. They are not printed or added to calendars.</p>
            <ul>
              {archived.map((g) => {
                const name = g.title.trim() || 'Untitled goal';
                return (
                  <li key={g.id}>
                    <span>
                      {name} <span class="goal-meta">({progressText(progress(g))})</span>
                    </span>
                    <span class="button-row">
                      <button type="button" aria-label={`Restore: ${name}`} onClick={() => setArchived(g.id, false)}>Restore</button>
                      <button type="button" class="button-danger" aria-label={`Delete: ${name}`} onClick={() => remove(g.id)}>Delete</button>
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        )}

        <h2>Keep a copy</h2>
        <div class="button-row">
          <PrintButton />
          <button type="button" onClick={downloadJson}>Download as JSON</button>
          <button type="button" onClick={downloadIcs}>Add dates to a calendar (.ics)</button>
        </div>
        <p class="hint">
          The calendar file holds the review dates and the dates of milestones not yet done. The JSON file can be imported
          on the “Your data” page, here or in another browser.
        </p>
        <p class="goals-output-note" role="status">{outputNote}</p>

        <div id={undoId} tabIndex={-1} class="goals-undo">
          {undo && (
            <UndoNotice
              message={undo.message}
              onUndo={undoNow}
              onDismiss={() => {
                setUndo(null);
                focusById(addId);
              }}
            />
          )}
        </div>
        <p class="visually-hidden" role="status" aria-live="polite">{said}</p>
      </div>
      <GoalsPrint goals={active} pair={pair} today={today} />
    </div>
  );
}
