import { describe, expect, it } from 'vitest';
import { compareByDate, knownDateOrdered, neighbours, sortByDate } from './eventOrder';
import type { EventDate, TimelineEvent } from './schema';

function ev(id: string, date: Partial<EventDate> & { end: string }, title = id): TimelineEvent {
  return {
    id,
    title,
    summary: 's',
    status: 'reported',
    date: { start: date.end, precision: 'day', expression: 'x', basis: 'y', ...date },
    themes: ['t'],
    actors: [],
    evidence: [{ source: 's', quote: 'q', start: 0, end: 1 }],
  };
}

const a = ev('a', { end: '2020-07-24' });
const before = ev('before', { start: null, end: '2020-07-24', precision: 'before' });
const week = ev('week', { start: '2020-07-27', end: '2020-08-02', precision: 'week' });
const b = ev('b', { end: '2022-06-02' }, 'B title');
const b2 = ev('b2', { end: '2022-06-02' }, 'A title');
const span = ev('span', { start: '2019-01-01', end: '2023-01-01', precision: 'span' });

describe('sortByDate', () => {
  it('orders by first possible day, undated first on a tie, then end, then title, then id', () => {
    expect(sortByDate([b, week, a, b2, before, span]).map((e) => e.id)).toEqual([
      'span',
      'before',
      'a',
      'week',
      'b2',
      'b',
    ]);
  });
  it('is total: equal only for the same id', () => {
    const twin = ev('a2', { end: '2020-07-24' });
    expect(compareByDate(a, twin)).toBeLessThan(0);
    expect(compareByDate(twin, a)).toBeGreaterThan(0);
    expect(compareByDate(a, a)).toBe(0);
  });
});

describe('neighbours', () => {
  const all = [b, week, a, b2, before, span];
  it('gives previous and next in date order with the position', () => {
    expect(neighbours(all, 'a')).toMatchObject({ previous: before, next: week, position: 3, total: 6 });
  });
  it('has no previous at the start and no next at the end', () => {
    expect(neighbours(all, 'span')).toMatchObject({ previous: null, next: before, position: 1 });
    expect(neighbours(all, 'b')).toMatchObject({ previous: b2, next: null, position: 6 });
  });
  it('walks around an event that is not among the visible ones, by its own date', () => {
    const visible = [a, b, span];
    expect(neighbours(visible, 'week', week)).toMatchObject({ previous: a, next: b, position: 0, total: 3 });
    expect(neighbours(visible, 'gone')).toMatchObject({ previous: null, next: null, position: 0 });
  });
  it('copes with an empty list', () => {
    expect(neighbours([], 'a', a)).toEqual({ previous: null, next: null, position: 0, total: 0 });
  });
});

describe('knownDateOrdered', () => {
  it('makes neighbours take the list as it is, without sorting a copy', () => {
    const early = ev('a', { start: '2020-01-01', end: '2020-01-01' });
    const late = ev('b', { start: '2021-01-01', end: '2021-01-01' });
    // Unmarked, any order is sorted first.
    expect(neighbours([late, early], 'a')).toMatchObject({ previous: null, next: late, position: 1, total: 2 });
    // Marked as ordered, the list's own order is used (it is trusted, not re-sorted).
    const marked = [late, early];
    expect(knownDateOrdered(marked)).toBe(marked);
    expect(neighbours(marked, 'a')).toMatchObject({ previous: late, next: null, position: 2, total: 2 });
  });
});

describe('date order across the sign of the year (ISO 8601 expanded years)', () => {
  it('puts 490 BC before 44 BC before the year 20 before 602', () => {
    const marathon = ev('marathon', { end: '-000489-09-12' });
    const caesar = ev('caesar', { end: '-000043-03-15' });
    const twenty = ev('twenty', { end: '0020-01-01' });
    const phocas = ev('phocas', { end: '0602-11-23' });
    expect(sortByDate([phocas, twenty, caesar, marathon]).map((e) => e.id)).toEqual([
      'marathon',
      'caesar',
      'twenty',
      'phocas',
    ]);
  });
});
