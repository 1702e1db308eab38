import { useId, useMemo } from 'preact/hooks';
import { localDate, datedAround } from '../../lib/dates';
import { scopedStore } from '../../lib/relationships/store';
import { pairSpec } from '../pair/store';
import { PairFields } from '../pair/PairFields';
import { displayNames, isPairEmpty } from '../pair/model';
import { useScoped } from '../shared/useScoped';
import { useAnnouncer } from '../shared/useAnnouncer';
import { useUndo } from '../shared/useUndo';
import { ToolFrame } from '../shared/ToolFrame';
import { TryExample } from '../shared/TryExample';
import { heading } from '../shared/headings';
import type { GoalsProps } from './index';
import { goalsSpec } from './store';
import { goalActions } from './actions';
import { GoalCard } from './GoalCard';
import { GoalsOverview } from './GoalsOverview';
import { ArchivedGoals } from './ArchivedGoals';
import { KeepCopy } from './KeepCopy';
import { GoalsPrint } from './GoalsPrint';
import { ManyGoalsNote } from './ManyGoalsNote';
import { opensByItself } from './model';

/**
 * The goal-setting worksheet: names and dates, several goals with their plans, and ways to keep a copy.
 * Its words (texts.ts) and example (examples.ts) come from the page as JSON.
 */
export function GoalWorksheet({ t, example, level }: GoalsProps) {
  const H = heading(level);
  const [data, store] = useScoped(goalsSpec);
  const [pair, pairStore] = useScoped(pairSpec);
  const uid = useId();
  const today = localDate(new Date());
  const ids = { add: `${uid}-add`, archived: `${uid}-archived`, goals: `${uid}-goals` };
  const domId = (goal: { id: string }) => `${uid}-goal-${goal.id}`;
  const { announce, region } = useAnnouncer();
  const undo = useUndo(announce, { putBack: t.said.putBack }, ids.add);
  const actions = useMemo(() => goalActions({ store, t, domId, ids, announce, offerUndo: undo.offer }), [store, undo.offer]);
  const active = data.goals.filter((g) => !g.archived);
  const names = useMemo(() => displayNames(pair), [pair]);

  const fillExample = (relationship: string) => {
    const { goals, pair: examplePair } = datedAround(example, today);
    scopedStore(goalsSpec, relationship).replace(goals);
    const pairs = scopedStore(pairSpec, relationship);
    if (isPairEmpty(pairs.$data.get())) pairs.replace(examplePair);
  };

  return (
    <ToolFrame class="goals-tool" stores={[store, pairStore]} namesHere>
      <div class="no-print">
        <div class="button-row goals-start">
          <TryExample label={t.worksheet.tryExample} fill={fillExample} announce={announce} said={example.filled} focusId={ids.goals} />
        </div>
        <PairFields />
        <GoalsOverview t={t} H={H} id={ids.goals} goals={active} today={today} domId={domId} />
        {active.map((g, i) => (
          <GoalCard key={g.id} level={level} t={t} goal={g} index={i} count={active.length} domId={domId(g)} today={today} names={names} actions={actions} startOpen={opensByItself(g, active.length)} />
        ))}
        <ManyGoalsNote count={active.length} text={t.worksheet.many} />
        <button type="button" id={ids.add} class="goals-add" onClick={actions.add}>
          {t.worksheet.add}
        </button>
        <ArchivedGoals t={t} H={H} id={ids.archived} goals={data.goals} actions={actions} />
        <KeepCopy t={t} H={H} />
        {undo.element}
        {region}
      </div>
      <GoalsPrint t={t} goals={active} pair={pair} names={names} today={today} />
    </ToolFrame>
  );
}
