/**
 * From validated inputs to the event list: locate every quote, resolve every date, check every
 * reference, and collect every problem (never stop at the first). Pure: the CLI reads and writes files.
 */
import {
  SCHEMA_VERSION,
  validateEventList,
  type EventList,
  type InputProblem,
  type Source,
  type TimelineEvent,
} from '../schema';
import { resolveDate, normaliseExpression } from '../dates';
import { firstKnownDay, lastKnownDay } from '../dateBounds';
import { locateQuote, prepareText, type ArticleText } from '../quotes';
import type { CuratedEvent, CuratedFile, SourceRow } from './inputs';
import { sourceTextPath } from './paths';

export interface LoadedSource {
  row: SourceRow;
  /** The article text decoded from UTF-8 (undefined when it could not be read: a problem was reported). */
  text: string | undefined;
  sha256: string;
}

export interface BuildInput {
  curated: CuratedFile;
  curatedFile: string;
  sources: LoadedSource[];
  /** Source ids with problems already reported by the loader: what cites them is not checked again. */
  broken?: Set<string>;
}

export type BuildResult = { ok: true; value: EventList } | { ok: false; problems: InputProblem[] };

export { SOURCE_TEXT_PREFIX } from './paths';

export function buildEventList(input: BuildInput): BuildResult {
  const { curated, curatedFile: file } = input;
  const problems: InputProblem[] = [];
  const sources = new Map(input.sources.map((s) => [s.row.id, s]));
  const themeIds = new Set(curated.themes.map((t) => t.id));
  const byId = new Map<string, CuratedEvent>();

  curated.events.forEach((ev) => {
    if (byId.has(ev.id)) problems.push({ file, id: ev.id, field: 'id', message: `duplicate event id "${ev.id}"` });
    else byId.set(ev.id, ev);
    ev.themes.forEach((t, j) => {
      if (!themeIds.has(t))
        problems.push({
          file,
          id: ev.id,
          field: `themes.${j}`,
          message: `unknown theme "${t}" (known: ${[...themeIds].join(', ')})`,
        });
    });
  });

  const broken = input.broken ?? new Set<string>();
  let incomplete = false;
  const prepared = new Map<string, ArticleText>();
  const article = (id: string, text: string) => {
    let a = prepared.get(id);
    if (!a) prepared.set(id, (a = prepareText(text)));
    return a;
  };
  const evidence = new Map<CuratedEvent, TimelineEvent['evidence']>();
  for (const ev of curated.events) {
    const located: TimelineEvent['evidence'] = [];
    ev.evidence.forEach((e, j) => {
      const src = sources.get(e.source);
      if ((!src && broken.has(e.source)) || (src && src.text === undefined)) {
        incomplete = true; // the source's own problem is reported once, by the loader
        return;
      }
      if (!src) {
        problems.push({ file, id: ev.id, field: `evidence.${j}.source`, message: `unknown source "${e.source}"` });
        return;
      }
      if (src.text === undefined) return;
      const r = locateQuote(article(e.source, src.text), e.quote, { occurrence: e.occurrence, after: e.after });
      if (r.ok) located.push({ source: e.source, quote: e.quote, start: r.start, end: r.end });
      else problems.push({ file, id: ev.id, field: `evidence.${j}.quote`, message: `${r.error} (in ${src.row.file})` });
    });
    evidence.set(ev, located);
  }

  const dates = resolveAll(curated.events, byId, sources, broken, file, problems);

  if (problems.length || incomplete || broken.size) return { ok: false, problems };
  const events: TimelineEvent[] = curated.events.map((ev) => ({
    id: ev.id,
    title: ev.title,
    summary: ev.summary,
    status: ev.status,
    date: dates.get(ev.id)!,
    themes: ev.themes,
    actors: ev.actors,
    evidence: evidence.get(ev)!,
  }));
  events.sort(compareEvents);
  const outSources: Source[] = input.sources.map((s) => ({
    id: s.row.id,
    outlet: s.row.outlet,
    agency: s.row.agency,
    headline: s.row.headline,
    published: s.row.published,
    url: s.row.url,
    text: sourceTextPath(s.row.id, s.sha256),
    sha256: s.sha256,
  }));
  const doc = {
    schemaVersion: SCHEMA_VERSION,
    title: curated.title,
    themes: curated.themes,
    sources: outSources,
    events,
  };
  // The same schema the app validates with: what the pipeline writes, the app accepts.
  const v = validateEventList(doc, 'events.json (output)');
  return v.ok ? { ok: true, value: v.value } : { ok: false, problems: v.problems };
}

/** Chronological, undated ("before") events placed at the day they are known by; ties by id. */
function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const ka = firstKnownDay(a.date);
  const kb = firstKnownDay(b.date);
  if (ka !== kb) return ka < kb ? -1 : 1;
  const [ea, eb] = [lastKnownDay(a.date), lastKnownDay(b.date)];
  if (ea !== eb) return ea < eb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

type Dates = Map<string, TimelineEvent['date']>;

function resolveAll(
  events: CuratedEvent[],
  byId: Map<string, CuratedEvent>,
  sources: Map<string, LoadedSource>,
  broken: Set<string>,
  file: string,
  problems: InputProblem[],
): Dates {
  const dates: Dates = new Map();
  const failed = new Set<string>();
  // Events dated by another event's day are resolved after it; a chain is followed, a cycle reported.
  let pending = events.filter((ev) => !failed.has(ev.id));
  for (let pass = 0; pending.length && pass <= events.length; pass++) {
    const next: CuratedEvent[] = [];
    for (const ev of pending) {
      const ref = ev.date.sameDayAs;
      if (ref && !dates.has(ref)) {
        if (!byId.has(ref))
          problems.push({ file, id: ev.id, field: 'date.sameDayAs', message: `unknown event "${ref}"` });
        else if (failed.has(ref)) failed.add(ev.id);
        else next.push(ev);
        continue;
      }
      const d = resolveOne(ev, ref ? { id: ref, date: dates.get(ref)! } : undefined, sources, broken);
      if ('error' in d) {
        failed.add(ev.id);
        if (d.error) problems.push({ file, id: ev.id, field: d.field, message: d.error });
      } else dates.set(ev.id, d);
    }
    if (next.length === pending.length) {
      next.forEach((ev) =>
        problems.push({
          file,
          id: ev.id,
          field: 'date.sameDayAs',
          message: "events refer to each other's day in a cycle",
        }),
      );
      break;
    }
    pending = next;
  }
  return dates;
}

function resolveOne(
  ev: CuratedEvent,
  ref: { id: string; date: TimelineEvent['date'] } | undefined,
  sources: Map<string, LoadedSource>,
  broken: Set<string>,
): TimelineEvent['date'] | { error: string; field: string } {
  const expr = normaliseExpression(ev.date.expression);
  const carriers = ev.evidence.filter(
    (e) => (!ev.date.source || e.source === ev.date.source) && e.quote.includes(expr),
  );
  if (carriers.length === 0) {
    return {
      field: 'date.expression',
      error:
        `"${expr}" is not in any evidence quote${ev.date.source ? ` from ${ev.date.source}` : ''}: ` +
        'the sentence carrying the date must be one of the quotes',
    };
  }
  const src = sources.get(carriers[0]!.source);
  if (!src || broken.has(src.row.id)) return { field: 'date', error: '' }; // unknown or broken source: already reported
  if (ref && (ref.date.precision !== 'day' || ref.date.start === null)) {
    return { field: 'date.sameDayAs', error: `event "${ref.id}" has no single day (precision ${ref.date.precision})` };
  }
  // the tense is read from the quote that carries the expression (rule 1 of docs/dates.md)
  const quote = carriers[0]!.quote;
  const context = { sentence: quote, index: quote.indexOf(expr) };
  const sameDay = ref ? { id: ref.id, day: ref.date.start! } : undefined;
  const r = resolveDate(expr, src.row.published, { sameDay, undated: ev.date.undated, context });
  if (!r.ok) return { field: 'date.expression', error: `${r.error} (published ${src.row.published} in ${src.row.id})` };
  return r.value;
}
