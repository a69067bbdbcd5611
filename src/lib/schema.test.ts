/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, isRealDay, validateEventList } from './schema';

const seed = () => JSON.parse(readFileSync('public/data/events.json', 'utf8'));

describe('validateEventList', () => {
  it('accepts the pipeline output', () => {
    const v = validateEventList(seed());
    expect(v.ok).toBe(true);
  });

  it('names file, event id and field for each problem, all at once', () => {
    const doc = seed();
    doc.events[0].date.end = '2020-02-30';
    doc.events[1].themes = ['space'];
    doc.events[2].title = 'x'.repeat(201);
    doc.events[3].id = doc.events[4].id;
    const v = validateEventList(doc, 'events.json');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const lines = v.problems.map(formatProblem);
    expect(lines).toContain(`events.json [${doc.events[0].id}] date.end: not a real calendar day: 2020-02-30`);
    expect(lines).toContain(`events.json [${doc.events[1].id}] themes.0: unknown theme "space"`);
    expect(lines.some((l) => l.startsWith(`events.json [${doc.events[2].id}] title:`))).toBe(true);
    expect(lines).toContain(`events.json [${doc.events[4].id}] id: duplicate event id "${doc.events[4].id}"`);
  });

  it('rejects an end before the start, a start on an undated event, and quote offsets that do not fit', () => {
    const doc = seed();
    const dayEvent = doc.events.find((e: { date: { precision: string } }) => e.date.precision === 'day');
    dayEvent.date.end = '2000-01-01';
    const undated = doc.events.find((e: { date: { precision: string } }) => e.date.precision === 'before');
    undated.date.start = '2000-01-01';
    dayEvent.evidence[0].end += 1;
    const v = validateEventList(doc);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const fields = v.problems.map((p) => `${p.id} ${p.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([`${dayEvent.id} date.end`, `${undated.id} date.start`, `${dayEvent.id} evidence.0.end`]),
    );
  });

  it('rejects an empty event list and a wrong schema version', () => {
    const doc = seed();
    doc.events = [];
    // version 2 is current and version 1 is migrated on read (issue 13): 3 is unknown
    doc.schemaVersion = 3;
    const v = validateEventList(doc);
    expect(v.ok ? [] : v.problems.map((p) => p.field).toSorted()).toEqual(['events', 'schemaVersion']);
  });
});

describe('isRealDay', () => {
  it.each([
    ['2020-02-29', true],
    ['2021-02-29', false],
    ['2020-02-30', false],
    ['2024-13-01', false],
    ['', false],
    ['2020-7-24', false],
  ])('%j → %s', (day, ok) => expect(isRealDay(day)).toBe(ok));
});

const withDate = (date: unknown) => {
  const doc = seed();
  doc.events[0].date = date;
  return validateEventList(doc);
};

const fieldsOf = (date: unknown) => {
  const v = withDate(date);
  return v.ok ? [] : v.problems.map((p) => `${p.field}: ${p.message}`);
};

describe('schema version 2: precision "after" and version-1 lists', () => {
  it('accepts "after" with the publication day as start and no end', () => {
    expect(withDate({ start: '2020-07-24', end: null, precision: 'after', expression: 'soon', basis: 'b' }).ok).toBe(
      true,
    );
  });

  it('rejects "after" with an end or without a start, and an end-less date of any other precision', () => {
    const fields = fieldsOf;
    expect(fields({ start: '2020-07-24', end: '2020-07-30', precision: 'after', expression: 's', basis: 'b' })).toEqual(
      ['date.end: must be null when precision is "after" (no end is known)'],
    );
    expect(fields({ start: null, end: null, precision: 'after', expression: 's', basis: 'b' })).toEqual([
      'date.start: is required when precision is "after"',
    ]);
    expect(fields({ start: '2020-07-24', end: null, precision: 'day', expression: 's', basis: 'b' })).toEqual([
      'date.end: is required when precision is "day"',
    ]);
  });

  it('reads a version-1 list as version 2 (migrated on read, nothing else changes)', () => {
    const doc = seed();
    doc.schemaVersion = 1;
    const v = validateEventList(doc);
    expect(v.ok && v.value.schemaVersion).toBe(2);
    expect(v.ok && v.value.events).toEqual(seed().events);
  });
});
