// Import of an export file (see export-file.ts for its shape). Pure: the page does the file handling.
import { decodeValue } from './decode';
import { EXPORT_APP, EXPORT_FORMAT } from './export-file';
import { isRecord } from './read-fields';
import type { StoredSpec } from './types';
/** Far above any real worksheet; a larger file is not ours or not safe to read into memory. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportItem<T = unknown> {
  spec: StoredSpec<T>;
  data: T;
  savedAt: string;
}

export type ImportResult =
  | { ok: true; items: ImportItem[]; ignored: string[]; exportedAt: string }
  | { ok: false; error: string };

/** Reads an export file. Any problem rejects the whole file, so an import changes all or nothing. */
export function readImport(text: string, specs: readonly StoredSpec<any>[], byteSize = text.length): ImportResult {
  if (byteSize > MAX_IMPORT_BYTES) {
    return { ok: false, error: `The file is ${(byteSize / 1024 / 1024).toFixed(1)} MB; an export from this site is far smaller, so it was not opened.` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not valid JSON, so it is not an export from this site (or it was cut short).' };
  }
  if (!isRecord(value) || value.app !== EXPORT_APP) {
    return { ok: false, error: 'This file is not an export from The Good Mentoring Guide.' };
  }
  if (typeof value.format !== 'number' || value.format > EXPORT_FORMAT) {
    return { ok: false, error: 'This export was made by a newer version of the site; reload the page to get it, then try again.' };
  }
  if (!isRecord(value.tools)) return { ok: false, error: 'The file holds no worksheets.' };
  const items: ImportItem[] = [];
  const ignored: string[] = [];
  for (const [id, envelope] of Object.entries(value.tools)) {
    const spec = specs.find((s) => s.id === id);
    if (!spec) {
      ignored.push(id);
      continue;
    }
    const decoded = decodeValue(spec, envelope);
    if (decoded.problem) return { ok: false, error: `The ${spec.label.toLowerCase()} in the file cannot be used: ${decoded.problem}. Nothing was changed.` };
    items.push({ spec, data: decoded.data, savedAt: decoded.savedAt ?? '' });
  }
  if (items.length === 0) return { ok: false, error: 'The file holds nothing this site can use. Nothing was changed.' };
  return { ok: true, items, ignored, exportedAt: typeof value.exportedAt === 'string' ? value.exportedAt : '' };
}
