/** Export, then import: Briefline's events.json, TimelineJS JSON and CSV give the same events back. */
import { describe, expect, it } from 'vitest';
import { importArgs } from './__fixtures__/importArgs';
import { fixtureData } from '../briefing/__fixtures__/data';
import { exportCsv } from './exportCsv';
import { exportEventsJson } from './select';
import { exportTimelineJs } from './timelinejs';
import { importFile, type ImportResult } from './importFile';
import type { EventList, TimelineEvent } from '../schema';

const data = fixtureData();
// A hostile copy: markup, formula-like text and quotes must survive as text.
const hostile: EventList = {
  ...data,
  events: data.events.map((e, i) =>
    i === 0
      ? {
          ...e,
          title: '<img src=x onerror=alert(1)> & "quoted"',
          summary: '=HYPERLINK("http://evil")\nsecond line, with comma',
        }
      : e,
  ),
};
const args = (name: string, text: string) => importArgs(name, text, data);
/** As imported by an app that does not have the exported articles. */
const argsNoSources = (name: string, text: string) => ({ ...args(name, text), knownSources: [] });
const same = (e: TimelineEvent) => ({
  id: e.id,
  title: e.title,
  summary: e.summary,
  status: e.status,
  start: e.date.start,
  end: e.date.end,
  precision: e.date.precision,
  themes: e.themes,
  actors: e.actors,
});
const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 1));
  return r;
};

describe('round trips: export then import gives the same events', () => {
  it('Briefline events.json, exactly', async () => {
    const r = ok(await importFile(args('events.json', exportEventsJson(hostile, hostile.events))));
    expect(r.format).toBe('briefline');
    expect(r.value.events).toEqual(hostile.events);
  });
  it('TimelineJS JSON', async () => {
    const r = ok(await importFile(args('timeline.json', JSON.stringify(exportTimelineJs(hostile, hostile.events)))));
    expect(r.format).toBe('timelinejs-json');
    expect(r.value.events.map(same)).toEqual(hostile.events.map(same));
    expect(r.value.events.map((e) => e.evidence)).toEqual(hostile.events.map((e) => e.evidence));
    expect(r.value.sources.map((x) => x.id).toSorted()).toEqual(
      [...new Set(hostile.events.flatMap((e) => e.evidence.map((q) => q.source)))].toSorted(),
    );
    expect(r.value.title).toBe(hostile.title);
  });
  it('CSV', async () => {
    const r = ok(await importFile(args('events.csv', exportCsv(hostile, hostile.events))));
    expect(r.format).toBe('timelinejs-csv');
    expect(r.value.events.map(same)).toEqual(hostile.events.map(same));
    expect(r.value.events.map((e) => e.evidence)).toEqual(hostile.events.map((e) => e.evidence));
    for (const x of r.value.sources) expect(x).toEqual(data.sources.find((d) => d.id === x.id));
  });
  const fallsBack =
    'evidence citing a source the app does not have (or with another url) falls back to the imported file';
  it(fallsBack, async () => {
    const moved = { ...data, sources: data.sources.map((x) => ({ ...x, url: `${x.url}?moved` })) };
    const r = ok(await importFile({ ...args('events.csv', exportCsv(moved, moved.events)) }));
    expect(r.value.sources.map((x) => x.outlet)).toEqual(['Imported file (unverified)']);
    expect(r.value.events.every((e) => e.evidence.every((q) => q.source === r.value.sources[0]!.id))).toBe(true);
  });
  it('the imported file travels with the list as the text its quotes are taken from', async () => {
    const r = ok(await importFile(argsNoSources('timeline.json', JSON.stringify(exportTimelineJs(data, data.events)))));
    const source = r.value.sources[0]!;
    const text = r.texts[source.text];
    expect(text).toBeDefined();
    for (const ev of r.value.events) for (const q of ev.evidence) expect(text!.slice(q.start, q.end)).toBe(q.quote);
  });
  it('imported events cite the imported file, honestly, named with the import date', async () => {
    const r = ok(await importFile(argsNoSources('timeline.json', JSON.stringify(exportTimelineJs(data, data.events)))));
    expect(r.value.sources).toHaveLength(1);
    expect(r.value.sources[0]).toMatchObject({
      outlet: 'Imported file (unverified)',
      headline: 'timeline.json, imported 1 Jan 2026',
      url: 'urn:briefline:imported:timeline.json',
    });
    const e = r.value.events[0]!;
    expect(e.evidence[0]?.quote.startsWith(e.title)).toBe(true);
  });
});
