// What an import or a share would do to this browser's data, worked out before anything changes: for each
// relationship in it, where it goes, and for each tool, the item-by-item comparison the person reviews. Pure apart
// from reading the local copies it is handed.
import { compareCopies, type FieldDiff, type ItemReport } from '../../../lib/sync/compare';
import type { Copy } from '../../../lib/sync/merge';
import type { ImportedRelationship, ImportItem } from '../../../lib/storage';
import type { Relationship } from '../../../lib/relationships/model';

export interface ToolPlan {
  item: ImportItem;
  reports: ItemReport[];
}

/** The relationship here that a shared one belongs to: the same id, or one that took it in before. */
export const knownTarget = (incoming: ImportedRelationship, list: Relationship[]): Relationship | undefined =>
  incoming.id ? list.find((r) => r.id === incoming.id || r.aliases.includes(incoming.id)) : undefined;

export function planTools(incoming: ImportedRelationship, local: (item: ImportItem) => Copy): ToolPlan[] {
  return incoming.items.map((item) => ({
    item,
    reports: compareCopies(item.spec.shape ?? {}, local(item), { data: item.data, meta: item.meta }),
  }));
}

export interface Counts {
  new: number;
  changedByThem: number;
  changedByMe: number;
  clashes: number;
  onlyMine: number;
  unchanged: number;
  deleted: number;
}

/** How many items of each kind, for the one-line summary of a tool. The data's own fields count as one item. */
export function countReports(reports: ItemReport[]): Counts {
  const c: Counts = { new: 0, changedByThem: 0, changedByMe: 0, clashes: 0, onlyMine: 0, unchanged: 0, deleted: 0 };
  for (const r of reports) {
    if (r.status === 'new') c.new++;
    else if (r.status === 'only-mine') c.onlyMine++;
    else if (r.status === 'unchanged') c.unchanged++;
    else if (r.status === 'deleted-by-them' || r.status === 'deleted-here') c.deleted++;
    else if (r.fields.some((f) => f.change === 'both')) c.clashes++;
    else if (r.fields.some((f) => f.change === 'them')) c.changedByThem++;
    else c.changedByMe++;
  }
  return c;
}

/** The fields both sides changed, which the person decides. */
export const clashesOf = (reports: ItemReport[]): { report: ItemReport; field: FieldDiff }[] =>
  reports.flatMap((report) => report.fields.filter((f) => f.change === 'both').map((field) => ({ report, field })));

/** How an item is named in the review: its title or text, shortened, or its kind. */
export function itemName(report: ItemReport): string {
  const item = report.theirs ?? report.mine ?? {};
  const text = ['title', 'text', 'person', 'happened', 'mentee'].map((k) => item[k]).find((v) => typeof v === 'string' && v.trim()) as string | undefined;
  const kind = report.kind || 'details';
  if (!text) return kind;
  const short = text.trim().length > 60 ? `${text.trim().slice(0, 57)}…` : text.trim();
  return `${kind} “${short}”`;
}

/** A field's path as words: "firstStepDate" -> "first step date", "fields.situation" -> "situation". */
export const fieldName = (path: string): string =>
  (path.split('.').pop() ?? path).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
