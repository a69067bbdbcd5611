/**
 * What a dropped text file is, from its first line, without the importers (this module is in the start-up
 * bundle; the importers load on first use).
 */

/** The columns a TimelineJS spreadsheet saved as CSV must have. */
export const TIMELINE_CSV_REQUIRED = ['Year', 'Headline'] as const;

/**
 * Whether a text file is a TimelineJS spreadsheet saved as CSV (its header row names the Year and Headline
 * columns), as opposed to an article: a dropped .txt goes to Import if so, to "Add article" if not.
 */
export function looksLikeTimelineCsv(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const cells = new Set(first.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase()));
  return TIMELINE_CSV_REQUIRED.every((c) => cells.has(c.toLowerCase()));
}
