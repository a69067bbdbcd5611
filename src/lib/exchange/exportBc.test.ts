/** A BC event and one of the year 20 through every export and back (issue 15 §8): nothing crashes or lies. */
import { describe, expect, it } from 'vitest';
import { importArgs } from './__fixtures__/importArgs';
import { fixtureData } from '../briefing/__fixtures__/data';
import { parseCsv } from './csv';
import { exportCsv } from './exportCsv';
import { exportIcs } from './ics';
import { exportEventsJson } from './select';
import { exportTimelineJs } from './timelinejs';
import { importFile } from './importFile';
import { formatEventDate } from '../dateLabel';
import type { EventList, TimelineEvent } from '../schema';

const base = fixtureData();
const [a, b] = base.events as [TimelineEvent, TimelineEvent];
const caesar: TimelineEvent = {
  ...a,
  id: 'caesar',
  title: 'Caesar killed',
  date: { ...a.date, start: '-000043-03-15', end: '-000043-03-15', precision: 'day' },
};
const year20: TimelineEvent = {
  ...b,
  id: 'year-20',
  title: 'Year twenty',
  date: { ...b.date, start: '0020-01-01', end: '0020-12-31', precision: 'year' },
};
const data: EventList = { ...base, events: [caesar, year20] };
const reimport = async (name: string, text: string) => {
  const r = await importFile(importArgs(name, text, data));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value.events.map((e) => [e.id, e.date.start, e.date.end, formatEventDate(e.date)]);
};
const expected = [
  ['caesar', '-000043-03-15', '-000043-03-15', '15 Mar 44 BC'],
  ['year-20', '0020-01-01', '0020-12-31', '20'],
];

describe('exports of BC years and years 1–99', () => {
  it('events.json round-trips', async () => {
    expect(await reimport('e.json', exportEventsJson(data, data.events))).toEqual(expected);
  });
  it('TimelineJS JSON writes 44 BC as year -44 (TimelineJS labels it "44 BCE") and round-trips', async () => {
    const doc = exportTimelineJs(data, data.events);
    expect(doc.events[0]?.start_date).toEqual({ year: -44, month: 3, day: 15 });
    expect(doc.events[0]?.display_date).toBe('15 Mar 44 BC');
    expect(await reimport('t.json', JSON.stringify(doc))).toEqual(expected);
  });
  it('CSV writes year -44 and round-trips', async () => {
    const text = exportCsv(data, data.events);
    const { rows } = parseCsv(text.replace(/^\uFEFF/, ''));
    expect(rows[1]?.slice(0, 3)).toEqual(["'-44", '3', '15']); // the sign defused as a formula, restored on import
    expect(rows[1]?.[8]).toBe('15 Mar 44 BC');
    expect(await reimport('c.csv', text)).toEqual(expected);
  });
  it('iCalendar leaves the BC event out (its dates have four-digit years, no BC) and keeps the year 20', () => {
    const { text, omitted } = exportIcs(data, data.events, new Date('2026-01-01T00:00:00Z'));
    expect(omitted.map((e) => e.id)).toEqual(['caesar']);
    expect(text).toContain('DTSTART;VALUE=DATE:00200101');
    expect(text).toContain('DTEND;VALUE=DATE:00210101');
    expect(text).not.toContain('Caesar');
  });
});
