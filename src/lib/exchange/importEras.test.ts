/** TimelineJS eras (issue 15 §8): carried in the list as background bands, BC ones too, and written back on export. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importArgs } from './__fixtures__/importArgs';
import { importFile } from './importFile';
import { exportTimelineJs } from './timelinejs';
import { exportEventsJson } from './select';
import { exportCsv } from './exportCsv';
import { validateEventList } from '../schema';
import { fixtureData } from '../briefing/__fixtures__/data';

const rome = readFileSync('e2e/fixtures/timelinejs/rome-eras.json', 'utf8');
const run = async (name: string, text: string) => {
  const r = await importFile(importArgs(name, text));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
};
const ROME_ERAS = [
  // TimelineJS's -133 is the year it labels "133 BCE": ISO 8601 year -132.
  { start: '-000132-01-01', end: '-000027-12-31', headline: 'Late Republic & civil wars' },
  { start: '-000026-01-16', end: '0068-06-09', headline: 'Julio-Claudian dynasty' },
  { start: '0069-01-01', end: '0096-12-31', headline: 'Flavian dynasty' },
];

const doc = (eras: unknown[]) =>
  JSON.stringify({ events: [{ start_date: { year: 2000 }, text: { headline: 'x' } }], eras });

describe('TimelineJS eras', () => {
  it('are kept with their BC days and plain-text headlines, beside the events (which they are not)', async () => {
    const r = await run('rome.json', rome);
    expect(r.value.eras).toEqual(ROME_ERAS);
    expect(r.value.events).toHaveLength(5);
    expect(r.notes).toContain('3 era(s) drawn as background bands (not events: not counted, searched or listed).');
  });

  it('TimelineJS export writes them back as eras, and they import again as they were', async () => {
    const r = await run('rome.json', rome);
    const out = exportTimelineJs(r.value, r.value.events);
    expect(out.eras?.[0]).toEqual({
      start_date: { year: -133 },
      end_date: { year: -28 },
      text: { headline: 'Late Republic &amp; civil wars' },
    });
    expect(out.eras?.[1]).toMatchObject({ start_date: { year: -27, month: 1, day: 16 } });
    const again = await run('again.json', JSON.stringify(out));
    expect(again.value.eras).toEqual(ROME_ERAS);
    const json = await run('again.events.json', exportEventsJson(r.value, r.value.events));
    expect(json.value.eras).toEqual(ROME_ERAS);
    // The CSV export writes TimelineJS "era" rows, which import as the same eras (and no events more).
    const csv = await run('again.csv', exportCsv(r.value, r.value.events));
    expect(csv.value.eras).toEqual(ROME_ERAS);
    expect(csv.value.events).toHaveLength(5);
  });

  it('a list without eras exports none, and its schema needs none (the built-in list)', () => {
    const data = fixtureData();
    expect(data.eras).toBeUndefined();
    expect(exportTimelineJs(data, data.events)).not.toHaveProperty('eras');
    expect(JSON.parse(exportEventsJson(data, data.events))).not.toHaveProperty('eras');
  });

  it('a bad era is a problem naming the era and its field; an era no date holds is a note', async () => {
    const bad = await importFile(
      importArgs(
        'eras.json',
        doc([
          { end_date: { year: 1 }, text: { headline: 'no start' } },
          { start_date: { year: 20 }, end_date: { year: 10 }, text: { headline: 'backwards' } },
          { start_date: { year: 'x' }, text: { headline: 'bad year' } },
        ]),
      ),
    );
    expect(!bad.ok && bad.problems.map((p) => [p.id, p.field])).toEqual([
      ['era 1', 'start_date'],
      ['era 2', 'end_date.year'],
      ['era 3', 'start_date.year'],
    ]);
    const cosmic = await run(
      'cosmic.json',
      doc([{ start_date: { year: -13_800_000_000 }, end_date: { year: 1 }, text: {} }, { start_date: { year: 5 } }]),
    );
    expect(cosmic.notes).toContain('era 1: the year -13800000000 is outside what a date can hold.');
    expect(cosmic.value.eras).toEqual([{ start: '0005-01-01', end: '0005-12-31', headline: '(untitled era 2)' }]);
  });

  it('TimelineJS2 "era" lists are read too', async () => {
    const tl2 = {
      timeline: {
        headline: 'T',
        type: 'default',
        date: [{ startDate: '2001,1,1', headline: 'one' }],
        era: [{ startDate: '2000', endDate: '2002', headline: 'An era' }],
      },
    };
    const r = await run('tl2.json', JSON.stringify(tl2));
    expect(r.value.eras).toEqual([{ start: '2000-01-01', end: '2002-12-31', headline: 'An era' }]);
  });

  it('the schema checks eras: real days, end not before start, a headline', () => {
    const data = fixtureData();
    const check = (eras: unknown) => validateEventList({ ...data, eras }, 'x.json');
    expect(check([{ start: '-000043-03-15', end: '0001-01-01', headline: 'ok' }]).ok).toBe(true);
    const r = check([{ start: '0010-01-01', end: '0005-01-01', headline: '' }]);
    expect(!r.ok && r.problems.map((p) => [p.id, p.field])).toEqual([
      ['era 1', 'headline'],
      ['era 1', 'end'],
    ]);
  });
});
