// Names for the files the site makes, so that every download reads the same way in a downloads folder.
import { localDate } from './dates';

/** good-mentoring-guide-<parts>-<date>.<extension>, with each part made safe for any file system. */
export function fileName(parts: string[], extension: string, now = new Date()): string {
  const safe = parts
    .map((p) => p.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').toLowerCase())
    .filter(Boolean);
  return ['good-mentoring-guide', ...safe, localDate(now)].join('-') + `.${extension}`;
}
