// Reading a file the page downloaded. The browser is a shared server the tests connect to, so a download has no
// local path: it is saved to a temporary file first.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download } from 'playwright-core';

const dir = mkdtempSync(join(tmpdir(), 'gmg-downloads-'));
let count = 0;

/** Saves a download to a file of its own and returns where, with its text. */
export async function saveDownload(download: Download): Promise<{ path: string; text: string; name: string }> {
  const name = download.suggestedFilename();
  const path = join(dir, `${count++}-${name}`);
  await download.saveAs(path);
  return { path, text: readFileSync(path, 'utf8'), name };
}
