// Reads a PDF that Chromium printed: its text, page count and page sizes, for print tests.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfSummary {
  pages: number;
  /** Page sizes in millimetres, rounded. */
  sizes: { width: number; height: number }[];
  /** All text, pages joined by a form feed, items on a page joined by spaces. */
  text: string;
  pageTexts: string[];
}

const PT_TO_MM = 25.4 / 72;

export async function readPdf(bytes: Uint8Array | Buffer): Promise<PdfSummary> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const doc = await task.promise;
  const pageTexts: string[] = [];
  const sizes: { width: number; height: number }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , w, h] = page.view as [number, number, number, number];
    sizes.push({ width: Math.round(w * PT_TO_MM), height: Math.round(h * PT_TO_MM) });
    const content = await page.getTextContent();
    pageTexts.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/[ \t]+/g, ' '),
    );
  }
  const pages = doc.numPages;
  await task.destroy();
  return { pages, sizes, text: pageTexts.join('\f'), pageTexts };
}

/** A4 is 210 x 297 mm. */
export const isA4 = (size: { width: number; height: number }) =>
  Math.abs(size.width - 210) <= 1 && Math.abs(size.height - 297) <= 1;
