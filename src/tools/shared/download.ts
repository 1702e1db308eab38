import { buildExport, type StoredState } from '../../lib/storage';

/** Offers text as a file download, made in the browser: nothing is sent anywhere. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A date for file names, in the person's own time zone: 2026-11-26. */
export function fileDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Downloads the given stores as an export file that the "Your data" page can import: good-mentoring-guide-<name>-<date>.json. */
export function downloadExport(name: string, stores: StoredState<any>[]): void {
  const envelopes = Object.fromEntries(stores.map((store) => [store.spec.id, store.envelope()]));
  downloadText(`good-mentoring-guide-${name}-${fileDate()}.json`, JSON.stringify(buildExport(envelopes), null, 2));
}
