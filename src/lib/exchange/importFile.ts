/**
 * Import any supported file: a Briefline events.json, a TimelineJS3 JSON or a TimelineJS CSV.
 * Validated first; every problem is listed and nothing is shown while there are problems.
 */
import { validateEventList, type EventList, type InputProblem, type Source, type Theme } from '../schema';
import { buildImportedList } from './imported';
import { readTimelineJs } from './importTimelineJs';
import { asTimelineJs3 } from './importTimelineJs2';
import { readTimelineCsv } from './importTimelineCsv';
import type { HtmlToText } from './html';

export type ImportFormat = 'briefline' | 'timelinejs-json' | 'timelinejs-csv';

export type ImportResult =
  | { ok: true; format: ImportFormat; value: EventList; notes: string[]; texts: Record<string, string> }
  | { ok: false; format: ImportFormat | null; problems: InputProblem[] };

export interface ImportArgs {
  name: string;
  text: string;
  knownThemes: readonly Theme[];
  knownSources?: readonly Source[];
  today: string;
  /** The HTML reader (src/lib/exchange/html.ts): DOMParser in the page, parse5 in Node and the worker. */
  htmlToText: HtmlToText;
  onProgress?: (done: number, total: number) => void;
}

export async function importFile(args: ImportArgs): Promise<ImportResult> {
  const { name, text } = args;
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (/\.json$/i.test(name) || trimmed.startsWith('{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(trimmed);
    } catch (e) {
      return {
        ok: false,
        format: null,
        problems: [
          { file: name, field: '(file)', message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` },
        ],
      };
    }
    if (typeof doc === 'object' && doc !== null && 'schemaVersion' in doc) {
      const r = validateEventList(doc, name);
      return r.ok
        ? { ok: true, format: 'briefline', value: r.value, notes: [], texts: {} }
        : { ok: false, format: 'briefline', problems: r.problems };
    }
    const tl3 = asTimelineJs3(doc);
    const read = readTimelineJs(tl3.doc, name, args.htmlToText, args.onProgress);
    return finish('timelinejs-json', { ...read, notes: [...tl3.notes, ...read.notes] }, args);
  }
  if (/\.(csv|txt)$/i.test(name) || /^[^\n]*\bheadline\b/i.test(trimmed))
    return finish('timelinejs-csv', readTimelineCsv(text, name, args.htmlToText), args);
  return {
    ok: false,
    format: null,
    problems: [
      { file: name, field: '(file)', message: 'not a Briefline events.json, TimelineJS JSON or TimelineJS CSV file' },
    ],
  };
}

/** An import that yields nothing says why in words (the notes say what was skipped and why). */
const noEvents = (file: string, reasons: string[]): InputProblem => ({
  file,
  field: '(file)',
  message: `No events could be read from ${file}: ${reasons.join(' ') || 'it has no slides or rows.'}`,
});

async function finish(
  format: ImportFormat,
  r: ReturnType<typeof readTimelineJs>,
  args: { name: string; knownThemes: readonly Theme[]; knownSources?: readonly Source[]; today: string },
): Promise<ImportResult> {
  if (r.problems.length) return { ok: false, format, problems: r.problems };
  if (!r.items.length) return { ok: false, format, problems: [noEvents(args.name, r.notes)] };
  const built = await buildImportedList({
    file: args.name,
    title: r.title,
    items: r.items,
    eras: r.eras,
    knownThemes: args.knownThemes,
    knownSources: args.knownSources,
    today: args.today,
  });
  return built.ok
    ? { ok: true, format, value: built.value, notes: r.notes, texts: built.texts }
    : { ok: false, format, problems: built.problems };
}
