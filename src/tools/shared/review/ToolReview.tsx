import { clashesOf, countReports, fieldName, itemName, type ToolPlan } from './plan';
import { ClashChoice } from './ClashChoice';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One tool's part of a review: a summary line, what changes, and a choice for each field both sides changed. */
export function ToolReview(props: { plan: ToolPlan; level: 2 | 3; chosen: Map<string, unknown>; onChoose(key: string, value: unknown): void }) {
  const { plan } = props;
  const H = `h${props.level + 1}` as 'h3' | 'h4';
  const c = countReports(plan.reports);
  const summary = [
    c.new && `${plural(c.new, 'item')} new from them`,
    c.clashes && `${plural(c.clashes, 'item')} changed on both sides`,
    c.changedByThem && `${plural(c.changedByThem, 'item')} changed by them`,
    c.changedByMe && `${plural(c.changedByMe, 'item')} changed only here`,
    c.onlyMine && `${plural(c.onlyMine, 'item')} only here`,
    c.deleted && `${plural(c.deleted, 'item')} deleted on one side`,
    c.unchanged && `${plural(c.unchanged, 'item')} the same`,
  ].filter(Boolean);
  const listed = plan.reports.filter((r) => r.status !== 'unchanged' && !r.fields.some((f) => f.change === 'both'));
  return (
    <section class="tool-review" data-review={plan.item.spec.id}>
      <H>{plan.item.spec.label}</H>
      <p>{summary.join('; ') || 'Nothing in it.'}.</p>
      {listed.length > 0 && (
        <ul class="review-items">
          {listed.map((r) => (
            <li key={r.key} data-status={r.status}>
              <strong>{statusWords[r.status]}:</strong> {itemName(r)}
              {r.fields.length > 0 && ` (${r.fields.map((f) => fieldName(f.field)).join(', ')})`}
            </li>
          ))}
        </ul>
      )}
      {clashesOf(plan.reports).map(({ report, field }) => (
        <ClashChoice key={`${report.key}|${field.field}`} report={report} field={field} chosen={props.chosen.get(`${report.key}|${field.field}`)} onChoose={props.onChoose} />
      ))}
    </section>
  );
}

const statusWords = {
  new: 'New from them',
  changed: 'Changed',
  'only-mine': 'Only here',
  unchanged: 'The same',
  'deleted-by-them': 'Deleted by them',
  'deleted-here': 'Deleted here, stays deleted',
} as const;
