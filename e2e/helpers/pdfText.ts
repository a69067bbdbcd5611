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

/**
 * How full each page is: the share of the printable height (A4 less the handout's @page margins,
 * 16 mm top and 18 mm bottom) from its top down to the lowest line of text on the page.
 */
export async function pdfPageFill(data: Uint8Array, marginTopMm = 16, marginBottomMm = 18): Promise<number[]> {
  const doc = await getDocument({ data, verbosity: 0, isEvalSupported: false }).promise;
  const mm = 72 / 25.4;
  const fills: number[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , , height] = page.view as [number, number, number, number];
    const top = height - marginTopMm * mm;
    const bottom = marginBottomMm * mm;
    const items = (await page.getTextContent()).items.filter((it) => 'str' in it && it.str.trim() !== '');
    const lowest = Math.min(
      ...items.map((it) => ('transform' in it ? (it.transform[5] as number) - it.height * 0.25 : top)),
    );
    fills.push(Math.max(0, Math.min(1, (top - lowest) / (top - bottom))));
  }
  await doc.destroy();
  return fills;
}
