/**
 * "Export my articles" (issue 16): the articles added in this browser in the project's own input
 * format, as one .zip whose paths are relative to data/ — articles/<id>.txt byte-for-byte,
 * sources.json (their rows) and events.curated.json (their events, and any event of the loaded
 * list they added evidence to, with that event's own articles) — so that unpacking it into data/
 * and running `npm run extract` gives the same events. Pure (fflate is plain JavaScript).
 */
import { strToU8, zipSync } from 'fflate';
import type { EventList, TimelineEvent } from '../schema';
import type { CuratedEvent, CuratedFile, SourceRow } from '../extract/inputs';
import { curatedEvidence } from './drafts';
import { loadedSource, type AddedRecords } from './build';

export const EXPORT_FILE_NAME = 'briefline-my-articles.zip';

export interface ExportInput {
  added: AddedRecords;
  /** The list as shown (loaded + added): events of the loaded list that gained evidence come from here. */
  list: EventList;
  /** Texts of the loaded list's articles that such events cite, by source id. */
  loadedTexts: ReadonlyMap<string, string>;
}

/** Source ids of loaded-list articles the export needs (events that added articles corroborate). */
export function loadedSourcesNeeded(added: AddedRecords, list: EventList): string[] {
  const mine = new Set(added.articles.map((a) => a.id));
  const ids = new Set<string>();
  for (const e of corroboratedEvents(added, list))
    for (const q of e.evidence) if (!mine.has(q.source)) ids.add(q.source);
  return [...ids].toSorted();
}

function corroboratedEvents(added: AddedRecords, list: EventList): TimelineEvent[] {
  const mine = new Set(added.events.map((r) => r.id));
  const wanted = new Set(added.evidence.map((r) => r.eventId).filter((id) => !mine.has(id)));
  // An event dated "the same day as" another needs that one too.
  const byId = new Map(list.events.map((e) => [e.id, e]));
  const queue = [...wanted];
  while (queue.length) {
    const ref = sameDayRef(byId.get(queue.pop()!));
    if (ref && !wanted.has(ref) && byId.has(ref)) {
      wanted.add(ref);
      queue.push(ref);
    }
  }
  return list.events.filter((e) => wanted.has(e.id));
}

const sameDayRef = (e: TimelineEvent | undefined) =>
  e ? /the day of event ([a-z0-9-]+),/.exec(e.date.basis)?.[1] : undefined;

/** An event of the loaded list back in its curated form (the pipeline recomputes offsets and the date). */
export function curatedFromEvent(e: TimelineEvent, texts: ReadonlyMap<string, string>): CuratedEvent {
  const carrier = e.evidence.find((q) => q.quote.includes(e.date.expression)) ?? e.evidence[0]!;
  const date: CuratedEvent['date'] = { expression: e.date.expression, source: carrier.source };
  const ref = sameDayRef(e);
  if (ref) date.sameDayAs = ref;
  if (e.date.precision === 'before') date.undated = true;
  return {
    id: e.id,
    title: e.title,
    summary: e.summary,
    status: e.status,
    date,
    themes: e.themes,
    actors: e.actors,
    evidence: e.evidence.map((q) => {
      const text = texts.get(q.source);
      return text === undefined
        ? { source: q.source, quote: q.quote }
        : curatedEvidence(text, q.source, { text: q.quote, start: q.start, end: q.end });
    }),
  };
}

export function exportFiles(input: ExportInput): Record<string, string> {
  const { added, list, loadedTexts } = input;
  const files: Record<string, string> = {};
  const rows: SourceRow[] = [];
  const texts = new Map(loadedTexts);
  for (const a of added.articles) texts.set(a.id, a.text);
  for (const id of loadedSourcesNeeded(added, list)) {
    const s = list.sources.find((x) => x.id === id);
    const text = loadedTexts.get(id);
    if (!s || text === undefined) throw new Error(`the text of ${id} is not available`);
    rows.push({
      id: s.id,
      outlet: s.outlet,
      agency: s.agency,
      headline: s.headline,
      published: s.published,
      url: s.url,
      file: `articles/${s.id}.txt`,
    });
    files[`articles/${s.id}.txt`] = text;
  }
  for (const a of added.articles) {
    rows.push(loadedSource(a).row);
    files[`articles/${a.id}.txt`] = a.text;
  }
  const extra = new Map<string, CuratedEvent['evidence']>();
  for (const r of added.evidence) extra.set(r.eventId, [...(extra.get(r.eventId) ?? []), r.evidence]);
  const events: CuratedEvent[] = [];
  for (const e of corroboratedEvents(added, list)) {
    const own = curatedFromEvent({ ...e, evidence: e.evidence.filter((q) => loadedTexts.has(q.source)) }, texts);
    events.push({ ...own, evidence: [...own.evidence, ...(extra.get(e.id) ?? [])] });
  }
  for (const r of added.events)
    events.push({ ...r.event, evidence: [...r.event.evidence, ...(extra.get(r.id) ?? [])] });
  const used = new Set(events.flatMap((e) => e.themes));
  const curated: CuratedFile = { title: list.title, themes: list.themes.filter((t) => used.has(t.id)), events };
  if (curated.themes.length === 0) curated.themes = list.themes;
  files['sources.json'] = `${JSON.stringify(rows, null, 2)}\n`;
  files['events.curated.json'] = `${JSON.stringify(curated, null, 2)}\n`;
  return files;
}

export function exportZip(input: ExportInput): Uint8Array {
  const files = exportFiles(input);
  const fixed = new Date('2000-01-01T00:00:00Z'); // the same articles give the same bytes
  const entries = Object.fromEntries(
    Object.entries(files).map(([p, t]) => [p, [strToU8(t), { mtime: fixed }] as const]),
  );
  return zipSync(entries as unknown as Parameters<typeof zipSync>[0], { level: 6 });
}
