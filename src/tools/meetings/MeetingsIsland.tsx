import { $activeId } from '../../lib/relationships/store';
import { useGoalOptions } from '../linked/useGoalOptions';
import { pairSpec } from '../pair/store';
import { ToolFrame } from '../shared/ToolFrame';
import { TryExample } from '../shared/TryExample';
import { useAnnouncer } from '../shared/useAnnouncer';
import { useAtom } from '../shared/useAtom';
import { useScoped } from '../shared/useScoped';
import { fillMeetingsExample } from './fill-example';
import type { MeetingsProps } from './index';
import { MeetingsTool } from './MeetingsTool';
import { meetingsSpec } from './store';

/** The meeting record on a page: the active relationship's meetings, its names and goals, and its example. */
export function MeetingsIsland({ t, example, level }: MeetingsProps) {
  const [state, store] = useScoped(meetingsSpec);
  const [pair, pairStore] = useScoped(pairSpec);
  const goals = useGoalOptions();
  const relationship = useAtom($activeId);
  const { announce, region } = useAnnouncer();
  return (
    <ToolFrame class="meetings-tool" stores={[store, pairStore]}>
      <p class="no-print">
        <TryExample label={t.tryExample} fill={(rel) => fillMeetingsExample(example, rel)} announce={announce} said={example.filled} />
      </p>
      <MeetingsTool t={t} state={state} update={store.update} pair={pair} goals={goals} uidPrefix={relationship} level={level} />
      {region}
    </ToolFrame>
  );
}
