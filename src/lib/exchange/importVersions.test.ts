import { describe, expect, it } from 'vitest';
import { importArgs } from './__fixtures__/importArgs';
import { fixtureData } from '../briefing/__fixtures__/data';
import { exportCsv } from './exportCsv';
import { exportEventsJson } from './select';
import { exportTimelineJs } from './timelinejs';
import { importFile } from './importFile';
import type { EventList } from '../schema';

const data = fixtureData();
const args = (name: string, text: string) => importArgs(name, text, data);

describe('importing Briefline lists of either schema version (issue 13)', () => {
  it('reads a version-1 events.json, migrated to version 2', async () => {
    const v1 = { ...JSON.parse(exportEventsJson(data, data.events)), schemaVersion: 1 };
    const r = await importFile(args('old-events.json', JSON.stringify(v1)));
    expect(r.ok && r.value.schemaVersion).toBe(2);
    expect(r.ok && r.value.events.map((e) => e.date)).toEqual(data.events.map((e) => e.date));
  });

  const withAfter: EventList = {
    ...data,
    events: data.events.map((e, i) =>
      i === 0
        ? {
            ...e,
            status: 'planned' as const,
            date: {
              start: '2020-07-24',
              end: null,
              precision: 'after' as const,
              expression: 'in the coming weeks',
              basis: 'vague future',
            },
          }
        : e,
    ),
  };

  it('round-trips an "after" event through events.json', async () => {
    const r = await importFile(args('events.json', exportEventsJson(withAfter, withAfter.events)));
    expect(r.ok && r.value.events.find((e) => e.id === withAfter.events[0]!.id)?.date).toMatchObject({
      start: '2020-07-24',
      end: null,
      precision: 'after',
    });
  });

  it.each([
    ['timeline.json', () => JSON.stringify(exportTimelineJs(withAfter, withAfter.events))],
    ['events.csv', () => exportCsv(withAfter, withAfter.events)],
  ])('round-trips an "after" event through %s by its "after …" label', async (name, make) => {
    const r = await importFile(args(name, make()));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const e = r.value.events.find((x) => x.title === withAfter.events[0]!.title)!;
    expect(e.date).toMatchObject({ start: '2020-07-24', end: null, precision: 'after' });
  });
});
