export interface Bytes { raw: number; gzip: number }
export interface PageWeight {
  kind: 'prose' | 'tool';
  html: Bytes;
  css: Bytes & { files: number };
  jsBeforeInteraction: Bytes & { files: number };
  externalReferences: string[];
  jsFiles: { path: string; gzip: number }[];
  inlineJsGzip: number;
}
export function gzipSize(text: string): number;
export function htmlPages(dir: string): [string, string][];
export function staticImports(code: string): string[];
export function externalReferences(html: string, css: string, siteOrigin?: string): string[];
export function pageWeight(dir: string, filePath: string, siteOrigin?: string): PageWeight;
export function siteWeights(dir?: string, siteOrigin?: string): (PageWeight & { url: string })[];
export const projectRoot: string;
