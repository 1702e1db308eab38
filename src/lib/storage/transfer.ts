// Reading an export file or a share (see export-file.ts). Pure: the page does the file handling. Any problem
// refuses the whole file, so an import changes all or nothing; the messages say what to do instead.
import { decodeValue } from './decode';
import { EXPORT_APP, EXPORT_FORMAT, type SharedRelationship } from './export-file';
import { isRecord } from './read-fields';
import { leftOut } from './left-out';
import { isUsableId } from '../ids';
import type { SyncMeta } from '../sync/sync-meta';
import type { StoredSpec } from './types';

/** Far above any real relationship's data; a larger file is not ours or not safe to read into memory. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportItem<T = unknown> {
  spec: StoredSpec<T>;
  data: T;
  meta: SyncMeta;
  savedAt: string;
}

export interface ImportedRelationship {
  /** '' for a file from before relationships: the person chooses where it goes. */
  id: string;
  names: { mentee: string; mentor: string };
  from: '' | 'mentor' | 'mentee';
  items: ImportItem[];
}

export type ImportResult =
  | { ok: true; relationships: ImportedRelationship[]; ignored: string[]; leftOut: string[]; setAside: { key: string; raw: string }[]; exportedAt: string }
  | { ok: false; error: string };

const fail = (error: string): ImportResult => ({ ok: false, error });

/** What a file that is not JSON probably is, and what to choose instead. */
function notJson(text: string): string {
  const head = text.trimStart().slice(0, 200);
  const use = 'To bring data back, choose the .json file that “Download as JSON” or “Export everything” made.';
  if (head.startsWith('%PDF')) return `This is a PDF, made for reading and printing. ${use}`;
  if (/^BEGIN:VCALENDAR/.test(head)) return `This is a calendar file, for adding dates to a calendar. ${use}`;
  if (/^(#|\*\*|[-=]{3,}|[A-Z][^{[]*\n)/.test(head)) return `This looks like a text file (such as the agreement’s text file for editing), not an export. ${use}`;
  return `The file is not valid JSON, so it is not an export from this site (or it was cut short). ${use}`;
}

function readTools(
  tools: unknown, specs: readonly StoredSpec<any>[], ignored: Set<string>, dropped: string[], where: string,
): ImportItem[] | string {
  if (!isRecord(tools)) return 'it holds no worksheets';
  const items: ImportItem[] = [];
  for (const [id, envelope] of Object.entries(tools)) {
    const spec = specs.find((s) => s.id === id);
    if (!spec) {
      ignored.add(id);
      continue;
    }
    const decoded = decodeValue(spec, envelope);
    if (decoded.problem) return `the ${spec.label.toLowerCase()}${where} cannot be used: ${decoded.problem}`;
    dropped.push(...leftOut((envelope as { data?: unknown }).data, decoded.data).map((p) => `${spec.label}${where}: ${p}`));
    items.push({ spec, data: decoded.data, meta: decoded.meta, savedAt: decoded.savedAt ?? '' });
  }
  return items;
}

const names = (value: unknown) => {
  const n = isRecord(value) ? value : {};
  return { mentee: typeof n.mentee === 'string' ? n.mentee : '', mentor: typeof n.mentor === 'string' ? n.mentor : '' };
};

/** Reads an export file or a share's text. */
export function readImport(text: string, specs: readonly StoredSpec<any>[], byteSize = text.length): ImportResult {
  if (byteSize > MAX_IMPORT_BYTES) {
    return fail(`The file is ${(byteSize / 1024 / 1024).toFixed(1)} MB; an export from this site is far smaller, so it was not opened.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail(notJson(text));
  }
  if (!isRecord(value) || value.app !== EXPORT_APP) return fail('This file is not an export from The Good Mentoring Guide.');
  const format = value.format;
  if (format === undefined) return fail('This export has no format number, so it is damaged or incomplete. Nothing was changed.');
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) return fail('This export’s format number is not valid, so it is damaged. Nothing was changed.');
  if (format > EXPORT_FORMAT) return fail('This export was made by a newer version of the site; reload the page to get it, then try again.');
  const ignored = new Set<string>();
  const dropped: string[] = [];
  const relationships: ImportedRelationship[] = [];
  // Format 1: one set of tools, from before relationships.
  const listed = format === 1 ? [{ id: '', tools: value.tools }] : Array.isArray(value.relationships) ? value.relationships : null;
  if (!listed) return fail('The file holds no worksheets.');
  for (const [i, rel] of listed.entries()) {
    const r = isRecord(rel) ? (rel as Partial<SharedRelationship> & Record<string, unknown>) : {};
    const id = typeof r.id === 'string' ? r.id : '';
    if (format > 1 && !isUsableId(id)) return fail(`Relationship ${i + 1} in the file has no usable id, so it is damaged. Nothing was changed.`);
    const where = listed.length > 1 ? ` of relationship ${i + 1}` : '';
    const items = readTools(r.tools, specs, ignored, dropped, where);
    if (typeof items === 'string') return fail(`In the file, ${items}. Nothing was changed.`);
    const from = r.from === 'mentor' || r.from === 'mentee' ? r.from : '';
    if (items.length) relationships.push({ id, names: names(r.names), from, items });
  }
  if (relationships.length === 0) return fail(ignored.size ? 'The file holds nothing this site can use. Nothing was changed.' : 'The file holds no worksheets.');
  const setAside = Array.isArray(value.setAside)
    ? value.setAside.flatMap((e) => (isRecord(e) && typeof e.key === 'string' && typeof e.raw === 'string' ? [{ key: e.key, raw: e.raw }] : []))
    : [];
  return {
    ok: true, relationships, ignored: [...ignored], leftOut: dropped, setAside,
    exportedAt: typeof value.exportedAt === 'string' ? value.exportedAt : '',
  };
}
