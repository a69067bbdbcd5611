/**
 * Read a TimelineJS spreadsheet exported as CSV (columns Year, Month, Day, Time, End Year,
 * End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption,
 * Media Thumbnail, Type, Group, Background), plus Briefline's own columns when present.
 * Rows of Type "title" name the list; "era" rows are kept as background bands (importEras.ts).
 */
import { parseCsv, unsafeCell } from './csv';
import { TIMELINE_CSV_REQUIRED } from './sniff';
import { parseEvidenceCell } from './evidence';
import type { HtmlToText } from './html';
import { importedDate, noDateNote, parseParts, yearNoDateHolds, type DateProblem } from './importDates';
import type { ImportItem } from './imported';
import { readHint, slideText, type ItemsResult } from './importTimelineJs';
import type { Era, InputProblem } from '../schema';
import { erasNote, readEra, type EraFields } from './importEras';

const CSV_ERA_FIELDS: EraFields = {
  start: { year: 'Year', month: 'Month', day: 'Day' },
  end: { year: 'End Year', month: 'End Month', day: 'End Day' },
};

const REQUIRED = TIMELINE_CSV_REQUIRED;

export function readTimelineCsv(text: string, file: string, htmlToText: HtmlToText): ItemsResult {
  const { rows, problems: csvProblems } = parseCsv(text);
  const problems: InputProblem[] = csvProblems.map((p) => ({
    file,
    id: `line ${p.line}`,
    field: '(CSV)',
    message: p.message,
  }));
  const notes: string[] = [];
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c.toLowerCase()));
  if (!rows.length)
    return {
      title: '',
      items: [],
      notes,
      problems: [...problems, { file, field: '(file)', message: 'the file is empty' }],
    };
  if (missing.length)
    problems.push({
      file,
      id: 'row 1',
      field: missing.join(', '),
      message: 'required column missing from the header row',
    });
  if (problems.length) return { title: '', items: [], notes, problems };
  const col = (row: string[], name: string) => unsafeCell(row[header.indexOf(name.toLowerCase())] ?? '').trim();
  // Briefline's own CSV export holds plain text; a TimelineJS sheet holds HTML.
  const plain = header.includes('briefline id');
  const asText = (v: string) => (plain ? v : htmlToText(v));
  let title = '';
  const eras: Era[] = [];
  let media = 0;
  const untitled: number[] = [];
  const items: ImportItem[] = [];
  rows.slice(1).forEach((row, i) => {
    const where = `row ${i + 2}`;
    if (row.length !== header.length)
      problems.push({
        file,
        id: where,
        field: '(row)',
        message: `has ${row.length} cells, the header has ${header.length}`,
      });
    const type = col(row, 'Type').toLowerCase();
    if (type === 'title') {
      if (col(row, 'Media')) media++;
      title = asText(col(row, 'Headline'));
      return;
    }
    if (type === 'era') {
      const start = { year: col(row, 'Year'), month: col(row, 'Month'), day: col(row, 'Day') };
      const end = { year: col(row, 'End Year'), month: col(row, 'End Month'), day: col(row, 'End Day') };
      const headline = asText(col(row, 'Headline')) || asText(col(row, 'Text')).split('\n')[0]!;
      const era = readEra(
        { start: start.year ? start : null, end: end.year || end.month || end.day ? end : null, headline },
        where,
        CSV_ERA_FIELDS,
        { file, problems, notes },
      );
      if (era) eras.push(era);
      return;
    }
    const huge = yearNoDateHolds({ year: col(row, 'Year') }, { year: col(row, 'End Year') });
    if (huge !== null) return void notes.push(noDateNote(where, huge));
    if (col(row, 'Media')) media++;
    let headline = asText(col(row, 'Headline'));
    const body = plain ? col(row, 'Text') : slideText(col(row, 'Text'), htmlToText);
    // A row with media but no headline or text (as TimelineJS allows): titled like a JSON slide.
    const mediaOnly =
      !headline && !body && (col(row, 'Media') || col(row, 'Media Caption') || col(row, 'Media Credit'));
    if (mediaOnly) {
      headline = asText(col(row, 'Media Caption')) || asText(col(row, 'Media Credit')) || `(untitled ${where})`;
      untitled.push(i + 2);
    }
    // Headline is a required column of the sheet: an empty one is a problem even if Text has words.
    if (!headline)
      problems.push({
        file,
        id: where,
        field: 'Headline',
        message: body ? 'is empty (every row needs a headline)' : 'is empty (an event needs a headline or text)',
      });
    const dp: DateProblem[] = [];
    const precision = col(row, 'Precision') || undefined;
    const endParts = { year: col(row, 'End Year'), month: col(row, 'End Month'), day: col(row, 'End Day') };
    // Briefline's own export of an undated event: no start, the End columns hold the day it happened by.
    const byDay = precision === 'before' && !col(row, 'Year') && !!endParts.year;
    const startRaw = byDay ? endParts : { year: col(row, 'Year'), month: col(row, 'Month'), day: col(row, 'Day') };
    const start = parseParts(
      startRaw,
      byDay ? { year: 'End Year', month: 'End Month', day: 'End Day' } : { year: 'Year', month: 'Month', day: 'Day' },
      dp,
    );
    const hasEnd = !byDay && (endParts.year || endParts.month || endParts.day);
    const end = hasEnd ? parseParts(endParts, { year: 'End Year', month: 'End Month', day: 'End Day' }, dp) : null;
    const status = col(row, 'Status');
    const date =
      start && dp.length === 0
        ? importedDate(
            start,
            end,
            col(row, 'Display Date'),
            precision,
            `imported from ${file}, ${where}`,
            'End Year',
            dp,
          )
        : null;
    if (status && status !== 'reported' && status !== 'planned')
      dp.push({ field: 'Status', message: `"${status}" is not reported or planned` });
    dp.forEach((p) => problems.push({ file, id: where, field: p.field, message: p.message }));
    if (!date || !headline || dp.length) return;
    const hint = readHint({
      status,
      themes: col(row, 'Themes') ? col(row, 'Themes').split(/\s+/) : undefined,
      actors: col(row, 'Actors') ? col(row, 'Actors').split(/;\s*/) : undefined,
    });
    items.push({
      where,
      id: col(row, 'Briefline ID') || undefined,
      title: headline,
      summary: body,
      date,
      status: hint.status,
      themes: hint.themes,
      actors: hint.actors,
      group: col(row, 'Group') || undefined,
      evidence: parseEvidenceCell(row[header.indexOf('evidence')] ?? ''),
    });
  });
  if (eras.length) notes.push(erasNote(eras.length));
  if (untitled.length)
    notes.push(
      `${untitled.length === 1 ? 'row' : 'rows'} ${untitled.join(', ')} had no headline or text: ` +
        'titled from the media caption or credit, or "(untitled row N)".',
    );
  if (media) notes.push(`${media} media item(s) not shown: Briefline shows text and sources only.`);
  if (rows.length < 2) problems.push({ file, field: '(file)', message: 'the file has no event rows' });
  return { title, items, problems, notes, ...(eras.length ? { eras } : {}) };
}
