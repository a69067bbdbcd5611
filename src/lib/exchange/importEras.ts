/**
 * TimelineJS eras (JSON `eras`, TimelineJS2 `era`, CSV rows of Type "era") as Briefline eras (schema.ts eraSchema):
 * a start and end day read as slide dates are (importDates.ts: the same years, BC ones too) and a headline as plain
 * text. They are drawn as background bands, never events. Every problem names the era ("era 2") and its field;
 * an era whose year no date can hold is listed in a note, as slides are.
 */
import type { Era, InputProblem } from '../schema';
import { importedDate, noDateNote, parseParts, yearNoDateHolds, type DateProblem, type RawParts } from './importDates';

/** One era as read from a file, before its dates are checked. */
export interface RawEra {
  start: RawParts | null;
  end: RawParts | null;
  /** Plain text already (HTML read by the caller). */
  headline: string;
}

/** How the file names an era's fields: JSON's "start_date.year", CSV's "Year". */
export interface EraFields {
  start: { year: string; month: string; day: string };
  end: { year: string; month: string; day: string };
}

export const JSON_ERA_FIELDS: EraFields = {
  start: { year: 'start_date.year', month: 'start_date.month', day: 'start_date.day' },
  end: { year: 'end_date.year', month: 'end_date.month', day: 'end_date.day' },
};

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/** The era, or null (with a problem or a note pushed) when it cannot be drawn. */
export function readEra(
  raw: RawEra,
  where: string,
  fields: EraFields,
  out: { file: string; problems: InputProblem[]; notes: string[] },
): Era | null {
  const add = (field: string, message: string) => out.problems.push({ file: out.file, id: where, field, message });
  if (!raw.start) {
    add(fields.start.year.replace(/\.year$/, ''), 'is required (an era needs a start, at least a year)');
    return null;
  }
  const huge = yearNoDateHolds(raw.start, raw.end ?? {});
  if (huge !== null) {
    out.notes.push(noDateNote(where, huge));
    return null;
  }
  const dp: DateProblem[] = [];
  const start = parseParts(raw.start, fields.start, dp);
  const end = raw.end ? parseParts(raw.end, fields.end, dp) : null;
  const date = start && dp.length === 0 ? importedDate(start, end, '', undefined, '', fields.end.year, dp) : null;
  dp.forEach((p) => add(p.field, p.message));
  if (!date || date.start === null || date.end === null) return null;
  const index = where.replace(/^\D+/, '');
  return { start: date.start, end: date.end, headline: clip(raw.headline.trim() || `(untitled era ${index})`, 200) };
}

export const erasNote = (n: number) =>
  `${n} era(s) drawn as background bands (not events: not counted, searched or listed).`;
