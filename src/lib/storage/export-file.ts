// The export file's shape, shared by every worksheet's "Download as JSON" and the "Your data" page.
import type { Envelope } from './types';

export const EXPORT_APP = 'good-mentoring-guide';
export const EXPORT_FORMAT = 1;

export interface ExportFile {
  app: typeof EXPORT_APP;
  format: number;
  exportedAt: string;
  tools: Record<string, Envelope>;
}

export function buildExport(envelopes: Record<string, Envelope>, now = new Date()): ExportFile {
  return { app: EXPORT_APP, format: EXPORT_FORMAT, exportedAt: now.toISOString(), tools: envelopes };
}
