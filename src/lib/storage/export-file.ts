// The file (and share link) shape: what "Download as JSON", "Export everything" and "Share" make, and what
// Your data and the share page read back. Format 2 holds relationships, each with its tools' envelopes (with their
// edit stamps, so that what arrives can be merged); format 1 files (before relationships) are still read.
import type { Envelope } from './types';

export const EXPORT_APP = 'good-mentoring-guide';
export const EXPORT_FORMAT = 2;

export interface SharedRelationship {
  /** The relationship's id: the same on both people's devices once shared, so the next share merges into it. */
  id: string;
  /** The pair's names, to show and to name a relationship this browser does not have yet. */
  names: { mentee: string; mentor: string };
  /** The sender's role in it, so the receiver's can be set to the other one. */
  from?: 'mentor' | 'mentee' | '';
  /** Store id -> its envelope. A file made from one tool holds that tool only, and touches only it. */
  tools: Record<string, Envelope>;
}

export interface ExportFile {
  app: typeof EXPORT_APP;
  format: number;
  exportedAt: string;
  relationships: SharedRelationship[];
  /** "Export everything" also carries text that was set aside because it could not be read. */
  setAside?: { key: string; raw: string }[];
}

export function buildExport(relationships: SharedRelationship[], now = new Date(), setAside?: ExportFile['setAside']): ExportFile {
  const file: ExportFile = { app: EXPORT_APP, format: EXPORT_FORMAT, exportedAt: now.toISOString(), relationships };
  if (setAside?.length) file.setAside = setAside;
  return file;
}
