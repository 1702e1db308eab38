import { agreementSpec } from '../agreement/store';
import { feedbackSpec } from '../feedback/store';
import { goalsSpec } from '../goals/store';
import { meetingsSpec } from '../meetings/store';
import { WhereWeStand } from '../meetings/WhereWeStand';
import { pairSpec } from '../pair/store';
import { ToolFrame } from '../shared/ToolFrame';
import { useScoped } from '../shared/useScoped';
import type { StandingProps } from './index';

/**
 * Where the active relationship stands, from each tool's own store (its parser, its migrations). It has no "Who and
 * when" of its own, so the names are set under "Manage this relationship".
 */
export function StandingIsland({ t, level }: StandingProps) {
  const [pair, pairStore] = useScoped(pairSpec);
  const [goals, goalsStore] = useScoped(goalsSpec);
  const [agreement, agreementStore] = useScoped(agreementSpec);
  const [feedback, feedbackStore] = useScoped(feedbackSpec);
  const [meetings, meetingsStore] = useScoped(meetingsSpec);
  return (
    <ToolFrame class="standing-tool" stores={[pairStore, goalsStore, agreementStore, feedbackStore, meetingsStore]}>
      <WhereWeStand t={t} pair={pair} goals={goals} agreement={agreement} feedback={feedback} meetings={meetings} agreementPrintedOn={agreement.printedOn ?? ''} level={level} />
    </ToolFrame>
  );
}
