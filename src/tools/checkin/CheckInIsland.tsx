import { pairSpec } from '../pair/store';
import { ToolFrame } from '../shared/ToolFrame';
import { TryExample } from '../shared/TryExample';
import { useAnnouncer } from '../shared/useAnnouncer';
import { useScoped } from '../shared/useScoped';
import { CheckInTool } from '../meetings/CheckInTool';
import { fillMeetingsExample } from '../meetings/fill-example';
import { meetingsSpec } from '../meetings/store';
import type { CheckInProps } from './index';

/** The check-in on a page: the active relationship's check-ins and names, and the example. */
export function CheckInIsland({ t, example, level }: CheckInProps) {
  const [state, store] = useScoped(meetingsSpec);
  const [pair, pairStore] = useScoped(pairSpec);
  const { announce, region } = useAnnouncer();
  return (
    <ToolFrame class="checkin-tool" stores={[store, pairStore]}>
      <p class="no-print">
        <TryExample label={t.tryExample} fill={(rel) => fillMeetingsExample(example, rel)} announce={announce} said={example.filled} />
      </p>
      <CheckInTool t={t} state={state} update={store.update} pair={pair} level={level} />
      {region}
    </ToolFrame>
  );
}
