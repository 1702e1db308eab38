// Reading a file the page downloaded. The browser is the run's shared one, reached over a connection, so
// Playwright has no local path for it (download.path() throws): the file is read through its stream instead.
import type { Download } from 'playwright-core';

export async function downloadedText(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
