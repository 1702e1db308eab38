import type { Server } from 'node:http';

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}
export function parseHeadersFile(text: string): HeaderRule[];
export function startStaticServer(options?: {
  root?: string;
  host?: string;
  port?: number;
}): Promise<{ server: Server; url: string; close(): Promise<void> }>;
