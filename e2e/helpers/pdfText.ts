/** Text of each page of a PDF, read with pdfjs-dist (works on any machine, no poppler needed). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfPages(data: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data, verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

/** Page text with line breaks removed, so addresses wrapped across lines read whole. */
export const joined = (s: string) => s.replace(/\n/g, '');

/** Page text with line breaks read as spaces, for prose that wraps between words. */
export const spaced = (s: string) => s.replace(/\s+/g, ' ');
