import { formatDate, localDate } from '../../lib/dates';
import { fill } from '../../lib/words';
import type { Level } from '../shared/headings';
import { heading } from '../shared/headings';
import { PrintButton } from '../shared/PrintButton';
import { namesOf, Tag } from './parts';
import { standing, type StandingInput } from './standing';
import { AgreementPart, CheckInsPart, FeedbackPart, GoalsPart, ReviewsPart, ToolLinkTo } from './StandingParts';
import type { StandingTexts } from './texts';

export type WhereWeStandProps = Omit<StandingInput, 'today'> & { t: StandingTexts; today?: string; level?: Level };

/**
 * "Where we stand": the next meeting, open actions and who owes them, goals, review dates, the agreement, the latest
 * check-ins and the feedback notes, each linking to its tool. It prints as a one-page summary.
 */
export function WhereWeStand({ t, level = 2, today = localDate(new Date()), ...input }: WhereWeStandProps) {
  const s = standing({ ...input, today });
  const names = namesOf(input.pair, t.names);
  const H = heading(level);
  const next = s.nextMeeting.meeting;
  const parts = { t, names, level };
  return (
    <div class="tool mt-standing">
      <div class="print-only mt-print-meta">
        <p><strong>{fill(t.printHeading, names)}</strong></p>
        <p>{fill(t.printDate, { date: formatDate(today) })}</p>
      </div>
      <p class="hint no-print">{t.intro}</p>
      <section>
        <H>{t.next.heading}</H>
        <p>
          {next ? (
            <ToolLinkTo tool={s.nextMeeting.tool}>{fill(t.next.meeting, { date: formatDate(next.date), kind: t.kinds[next.kind] })}</ToolLinkTo>
          ) : t.next.none}
        </p>
      </section>
      <section>
        <H>{t.actions.heading}</H>
        {s.actions.length === 0 ? <p>{t.actions.none}</p> : (
          <table class="mt-table">
            <thead>
              <tr><th scope="col">{t.actions.what}</th><th scope="col">{t.actions.who}</th><th scope="col">{t.actions.due}</th></tr>
            </thead>
            <tbody>
              {s.actions.map((o) => (
                <tr key={o.action.id}>
                  <td><ToolLinkTo tool={o.tool}>{o.action.text.trim() || t.actions.what}</ToolLinkTo></td>
                  <td>{o.ownerName || names[o.owner]}</td>
                  <td>
                    {formatDate(o.action.due) || t.actions.noDate}
                    {o.overdue && <> <Tag warn>{t.actions.overdue}</Tag></>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <GoalsPart {...parts} goals={s.goals} />
      <ReviewsPart {...parts} reviews={s.reviews} />
      <AgreementPart {...parts} agreement={s.agreement} />
      <CheckInsPart {...parts} checkIns={s.checkIns} />
      <FeedbackPart {...parts} feedback={s.feedback} />
      <div class="button-row no-print">
        <PrintButton />
      </div>
    </div>
  );
}
