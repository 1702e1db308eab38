// The parts of "Where we stand" after the next meeting and the actions: each a heading, a few lines, and links to the
// tool that holds them.
import type { ComponentChildren } from 'preact';
import { formatDate } from '../../lib/dates';
import { counted, fill } from '../../lib/words';
import { heading, type Level } from '../shared/headings';
import { people } from './model';
import { Tag, type Names } from './parts';
import { toolHref, type Standing, type ToolId } from './standing';
import type { StandingTexts } from './texts';

/** A link to the tool that holds an item. */
export const ToolLinkTo = ({ tool, children }: { tool: ToolId; children: ComponentChildren }) => <a href={toolHref(tool)}>{children}</a>;

interface Common {
  t: StandingTexts;
  names: Names;
  level: Level;
}

export function GoalsPart({ t, level, goals }: Common & { goals: Standing['goals'] }) {
  const H = heading(level);
  return (
    <section>
      <H>{t.goals.heading}</H>
      {goals.length === 0 ? <p>{t.goals.none}</p> : (
        <ul>
          {goals.map((g) => (
            <li key={g.id}>
              <ToolLinkTo tool={g.tool}>{g.title || t.goals.untitled}</ToolLinkTo>: {counted(g.progress.total, t.goals.progress, g.progress)}
              {g.due && <> <Tag warn>{t.goals.due}</Tag></>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ReviewsPart({ t, level, reviews }: Common & { reviews: Standing['reviews'] }) {
  const H = heading(level);
  return (
    <section>
      <H>{t.reviews.heading}</H>
      {reviews.length === 0 ? <p>{t.reviews.none}</p> : (
        <ul>
          {reviews.map((r) => (
            <li key={r.kind + r.date + r.title}>
              {formatDate(r.date)}:{' '}
              <ToolLinkTo tool={r.tool}>{r.kind === 'pair' ? t.reviews.pair : fill(t.reviews.goal, { title: r.title || t.goals.untitled })}</ToolLinkTo>
              {r.due && <> <Tag warn>{t.reviews.due}</Tag></>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function AgreementPart({ t, level, agreement: a }: Common & { agreement: Standing['agreement'] }) {
  const H = heading(level);
  const w = t.agreement;
  return (
    <section>
      <H>{w.heading}</H>
      <p>
        <ToolLinkTo tool={a.tool}>{a.written ? w.written : w.notWritten}</ToolLinkTo>{' '}
        {a.printedOn ? fill(w.printed, { date: formatDate(a.printedOn) }) : w.notPrinted}{' '}
        {a.reviewDate ? fill(w.review, { date: formatDate(a.reviewDate) }) : w.noReview}
      </p>
    </section>
  );
}

export function CheckInsPart({ t, names, level, checkIns }: Common & { checkIns: Standing['checkIns'] }) {
  const H = heading(level);
  return (
    <section>
      <H>{t.checkIns.heading}</H>
      <ul>
        {people.map((by) => {
          const latest = checkIns.latest[by];
          return (
            <li key={by}>
              <ToolLinkTo tool={checkIns.tool}>
                {latest ? fill(t.checkIns.latest, { name: names[by], date: formatDate(latest.date) }) : fill(t.checkIns.none, { name: names[by] })}
              </ToolLinkTo>
            </li>
          );
        })}
      </ul>
      <p>{counted(checkIns.concerns, t.checkIns.concerns)}</p>
    </section>
  );
}

export function FeedbackPart({ t, level, feedback }: Common & { feedback: Standing['feedback'] }) {
  const H = heading(level);
  return (
    <section>
      <H>{t.feedback.heading}</H>
      <p><ToolLinkTo tool={feedback.tool}>{counted(feedback.notes, t.feedback.count)}</ToolLinkTo></p>
    </section>
  );
}
