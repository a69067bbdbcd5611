/**
 * Read a TimelineJS3 JSON document into import items. Every problem is collected
 * (slide, field, what is wrong). Media are not shown (a note says so); eras are kept as background bands.
 */
import type { Era, InputProblem } from '../schema';
import type { HtmlToText } from './html';
import { importedDate, noDateNote, parseParts, yearNoDateHolds, type DateProblem, type RawParts } from './importDates';
import type { ImportItem } from './imported';
import { SOURCES_CLASS } from './timelinejs';
import { erasNote, JSON_ERA_FIELDS, readEra } from './importEras';

export interface ItemsResult {
  title: string;
  items: ImportItem[];
  problems: InputProblem[];
  notes: string[];
  /** Background bands (absent when the file has none). */
  eras?: Era[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (x: unknown) => (Array.isArray(x) && x.every((t) => typeof t === 'string') ? (x as string[]) : undefined);
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** Text of a TimelineJS HTML field, without the sources paragraph Briefline itself adds on export. */
export function slideText(html: string, htmlToText: HtmlToText): string {
  return htmlToText(html, { skipClass: SOURCES_CLASS });
}

export function readHint(v: unknown): {
  precision?: string;
  status?: 'reported' | 'planned';
  themes?: string[];
  actors?: string[];
} {
  if (!isObj(v)) return {};
  return {
    precision: typeof v.precision === 'string' ? v.precision : undefined,
    status: v.status === 'planned' || v.status === 'reported' ? v.status : undefined,
    themes: list(v.themes),
    actors: list(v.actors),
  };
}

/** A media-only slide's title: its media caption, else its credit (as text). */
function mediaTitle(media: unknown, htmlToText: HtmlToText): string {
  if (!isObj(media)) return '';
  return htmlToText(str(media.caption)) || htmlToText(str(media.credit));
}

const untitledNote = (slides: number[]) =>
  `${slides.length === 1 ? 'slide' : 'slides'} ${slides.join(', ')} had no headline or text: ` +
  'titled from the media caption or credit, or "(untitled slide N)".';

/** `onProgress(done, total)` is called every few hundred slides (a large import shows how far it is). */
export function readTimelineJs(
  doc: unknown,
  file: string,
  htmlToText: HtmlToText,
  onProgress?: (done: number, total: number) => void,
): ItemsResult {
  const problems: InputProblem[] = [];
  const notes: string[] = [];
  if (!isObj(doc))
    return {
      title: '',
      items: [],
      notes,
      problems: [{ file, field: '(document)', message: 'expected a TimelineJS object with an "events" list' }],
    };
  if (!Array.isArray(doc.events))
    return { title: '', items: [], notes, problems: [{ file, field: 'events', message: 'expected a list of slides' }] };
  const title = isObj(doc.title) && isObj(doc.title.text) ? htmlToText(str(doc.title.text.headline)) : '';
  const eras = Array.isArray(doc.eras) ? readEras(doc.eras, file, htmlToText, problems, notes) : [];
  // The title slide's media counts too: it is not shown either.
  let media = isObj(doc.title) && isObj(doc.title.media) && str(doc.title.media.url).trim() ? 1 : 0;
  const untitled: number[] = [];
  const items: ImportItem[] = [];
  const total = doc.events.length;
  doc.events.forEach((slide: unknown, i) => {
    if (onProgress && i % 200 === 0) onProgress(i, total);
    const where = `event ${i + 1}`;
    const add = (field: string, message: string) => problems.push({ file, id: where, field, message });
    if (!isObj(slide)) return add('(slide)', 'expected an object');
    const dates = [isObj(slide.start_date) ? slide.start_date : {}, isObj(slide.end_date) ? slide.end_date : {}];
    const huge = yearNoDateHolds(...dates);
    if (huge !== null) return void notes.push(noDateNote(`slide ${i + 1}`, huge));
    if (isObj(slide.media) && str(slide.media.url).trim()) media++;
    const text = isObj(slide.text) ? slide.text : {};
    let headline = htmlToText(str(text.headline));
    const body = slideText(str(text.text), htmlToText);
    if (!headline && !body) {
      headline = mediaTitle(slide.media, htmlToText) || `(untitled slide ${i + 1})`;
      untitled.push(i + 1);
    }
    if (!isObj(slide.start_date)) return add('start_date', 'is required (an object with at least a year)');
    const dp: DateProblem[] = [];
    const start = parseParts(
      slide.start_date as RawParts,
      { year: 'start_date.year', month: 'start_date.month', day: 'start_date.day' },
      dp,
    );
    let end = null;
    if (slide.end_date !== undefined && slide.end_date !== null) {
      if (!isObj(slide.end_date)) dp.push({ field: 'end_date', message: 'expected an object' });
      else
        end = parseParts(
          slide.end_date as RawParts,
          { year: 'end_date.year', month: 'end_date.month', day: 'end_date.day' },
          dp,
        );
    }
    const hint = readHint(slide.briefline);
    const display = str(slide.display_date) || str((slide.start_date as Record<string, unknown>).display_date);
    const date =
      start && dp.length === 0
        ? importedDate(start, end, display, hint.precision, `imported from ${file}, ${where}`, 'end_date', dp)
        : null;
    dp.forEach((p) => add(p.field === 'Day' ? 'start_date.day' : p.field, p.message));
    if (!date) return;
    items.push({
      where,
      id: str(slide.unique_id) || undefined,
      title: headline || body.split('\n')[0]!.slice(0, 200),
      summary: body,
      date,
      status: hint.status,
      themes: hint.themes,
      actors: hint.actors,
      group: str(slide.group) || undefined,
      evidence: isObj(slide.briefline) ? slide.briefline.evidence : undefined,
    });
  });
  if (untitled.length) notes.push(untitledNote(untitled));
  if (media) notes.push(`${media} media item(s) not shown: Briefline shows text and sources only.`);
  if (doc.events.length === 0) problems.push({ file, field: 'events', message: 'the file has no events' });
  return { title, items, problems, notes, ...(eras.length ? { eras } : {}) };
}

/** A document's `eras` (TimelineJS3: slides with start_date, end_date and text.headline). */
function readEras(raw: unknown[], file: string, htmlToText: HtmlToText, problems: InputProblem[], notes: string[]) {
  const eras: Era[] = [];
  raw.forEach((era: unknown, i) => {
    const where = `era ${i + 1}`;
    if (!isObj(era)) return void problems.push({ file, id: where, field: '(era)', message: 'expected an object' });
    const text = isObj(era.text) ? era.text : {};
    const headline = htmlToText(str(text.headline)) || slideText(str(text.text), htmlToText).split('\n')[0]!;
    const parts = (v: unknown) => (isObj(v) ? (v as RawParts) : null);
    const read = readEra({ start: parts(era.start_date), end: parts(era.end_date), headline }, where, JSON_ERA_FIELDS, {
      file,
      problems,
      notes,
    });
    if (read) eras.push(read);
  });
  if (eras.length) notes.push(erasNote(eras.length));
  return eras;
}
