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
import { downloadExport, downloadText, fileDate } from '../shared/download';
import { goalsStore } from './store';
import {
  counted, dueForReview, emptyGoal, exampleOn, fill, goalName, goalTitle, insertAt, isGoalsEmpty, localDate, moveGoal, newId,
  progress, progressText, removeGoal, updateGoal, type Goal,
} from './model';
import { buildIcs, calendarEvents } from './ics';
import type { Example } from './examples';
import type { GoalsTexts } from './texts';
import { GoalCard, type Undoable } from './GoalCard';
import { DueTag, Named } from './parts';
import { GoalsPrint } from './GoalsPrint';
import { heading, type Level } from '../shared/headings';
import { focusById } from './focus';
import { ManyGoalsNote } from './ManyGoalsNote';

/**
 * The goal-setting worksheet: names and dates, several goals with their plans, and ways to keep a copy.
 * Its words (texts.ts) and example (examples.ts) come from the page as JSON.
 */
export function GoalWorksheet({ t, example, level = 2 }: { t: GoalsTexts; example: Example; level?: Level }) {
  const H = heading(level);
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
  const nameOf = (goal: Goal) => goalName(goal, active.indexOf(goal), t.goalUntitled);
  const { worksheet: w, said: says } = t;
  /** What a goal is called in messages after it leaves the list (archived goals have no place in it). */
  const titleOf = (goal: Goal) => goalTitle(goal) || says.anUntitledGoal;

  function offerUndo(u: Undoable) {
    setUndo(u);
    announce(fill(says.undoWhere, u));
  }

  function addGoal() {
    const goal = emptyGoal(newId());
    goalsStore.update((s) => ({ goals: [...s.goals, goal] }));
    focusById(domId(goal), 'textarea');
    announce(fill(says.added, { n: active.length + 1 }));
  }

  function move(id: string, direction: -1 | 1) {
    const at = active.findIndex((g) => g.id === id);
    const goal = active[at]!;
    goalsStore.update((s) => moveGoal(s, id, direction));
    const dir = direction < 0 ? 'up' : 'down';
    // Keep focus on the button that was pressed; at the top or bottom it is disabled, so the other one.
    focusById(domId(goal), `[data-move="${dir}"]`, `[data-move="${direction < 0 ? 'down' : 'up'}"]`);
    announce(fill(says.moved[dir], { name: nameOf(goal), place: at + 1 + direction, count: active.length }));
  }

  function remove(id: string) {
    // From the store itself: what is rendered can be a few milliseconds behind the last keystroke.
    const removed = removeGoal(goalsStore.$data.get(), id);
    if (!removed) return;
    const { state, goal, index } = removed;
    goalsStore.update(() => state);
    offerUndo({
      message: fill(says.deleted, { name: titleOf(goal) }),
      restore: (s) => ({ goals: insertAt(s.goals, goal, index) }),
      focusId: goal.archived ? `${uid}-archived` : `${domId(goal)}-s`,
    });
    focusById(undoId);
  }

  function setArchived(id: string, archive: boolean) {
    const goal = data.goals.find((g) => g.id === id)!;
    update(id, (g) => ({ ...g, archived: archive }));
    if (archive) {
      announce(fill(says.archived, { name: nameOf(goal) }));
      focusById(`${uid}-archived`);
    } else {
      announce(fill(says.restored, { name: titleOf(goal) }));
      focusById(`${domId(goal)}-s`);
    }
  }

  function undoNow() {
    if (!undo) return;
    goalsStore.update(undo.restore);
    setUndo(null);
    announce(says.putBack);
    focusById(undo.focusId);
  }

  function fillExample() {
    const { goals, pair } = exampleOn(example, today);
    goalsStore.replace(goals);
    pairStore.replace(pair);
    setConfirming(false);
    setUndo(null);
    announce(example.filled);
    focusById(`${uid}-goals`);
  }

  const downloadJson = () => downloadExport('goals', [goalsStore, pairStore]);

  function downloadIcs() {
    const events = calendarEvents(goalsStore.$data.get(), pairStore.$data.get(), t.calendar);
    if (events.length) downloadText(`good-mentoring-guide-goals-${fileDate()}.ics`, buildIcs(events, new Date()), 'text/calendar');
    setOutputNote(counted(events.length, w.icsMade));
  }

  return (
    <div class="tool goals-tool">
      <div class="no-print">
        <SaveStatus stores={[goalsStore, pairStore]} />
        <StorageNotices stores={[goalsStore, pairStore]} />
        <div class="button-row goals-start">
          <button type="button" onClick={() => (isGoalsEmpty(data) && isPairEmpty(pair) ? fillExample() : setConfirming(true))}>
            {w.tryExample}
          </button>
        </div>
        {confirming && (
          <InlineConfirm
            message={w.confirmExample}
            confirmLabel={w.confirmLabel}
            onConfirm={fillExample}
            onCancel={() => setConfirming(false)}
          />
        )}
        <PairFields />

        <H id={`${uid}-goals`} tabIndex={-1}>{w.heading}</H>
        {active.length === 0 ? (
          <p>{w.none}</p>
        ) : (
          <ol class="goals-overview">
            {active.map((g) => (
              <li key={g.id}>
                <a href={`#${domId(g)}`} onClick={() => ((document.getElementById(domId(g)) as HTMLDetailsElement).open = true)}>
                  {nameOf(g)}
                </a>{' '}
                <span class="goal-meta">
                  {t.kinds[g.kind]} · {progressText(progress(g), t.milestones.progress)}
                  {dueForReview(g, today) && <DueTag t={t} />}
                </span>
              </li>
            ))}
          </ol>
        )}

        {active.map((g, i) => (
          <GoalCard level={level}
            key={g.id}
            t={t}
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
        <ManyGoalsNote count={active.length} text={w.many} />
        <button type="button" id={addId} class="goals-add" onClick={addGoal}>
          {w.add}
        </button>

        {archived.length > 0 && (
          <section class="goals-archived" aria-labelledby={`${uid}-archived`}>
            <H id={`${uid}-archived`} tabIndex={-1}>{w.archivedHeading}</H>
            <p class="hint">{w.archivedHint}</p>
            <ul>
              {archived.map((g) => {
                const name = goalTitle(g) || w.untitledGoal;
                return (
                  <li key={g.id}>
                    <span>
                      {name} <span class="goal-meta">({progressText(progress(g), t.milestones.progress)})</span>
                    </span>
                    <span class="button-row">
                      <Named words={t.buttons.restore} values={{ name }} onClick={() => setArchived(g.id, false)} />
                      <Named words={t.buttons.delete} values={{ name }} class="button-danger" onClick={() => remove(g.id)} />
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        )}

        <H>{w.keepCopy}</H>
        <div class="button-row">
          <PrintButton />
          <button type="button" onClick={downloadJson}>{w.downloadJson}</button>
          <button type="button" onClick={downloadIcs}>{w.downloadIcs}</button>
        </div>
        <p class="hint">{w.keepCopyHint}</p>
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
      <GoalsPrint t={t} goals={active} pair={pair} today={today} level={level} />
    </div>
  );
}
