/** ISO 8601 expanded years (issue 15 §8): BC years and years 1–99 are days like any other. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  mondayOf,
  weekdayOf,
  compareDays,
  dayLabel,
  dayParts,
  dayString,
  lastOfMonth,
  localTime,
  toUtc,
  utcTime,
  ymd,
  yearLabel,
} from './days';
import { isRealDay } from './schema';
import { formatEventDate } from './dateLabel';

describe('days with any year a Date holds', () => {
  it('write years 0000–9999 with four digits and others expanded, and read them back', () => {
    expect(dayString(602, 3, 1)).toBe('0602-03-01');
    expect(dayString(-43, 3, 15)).toBe('-000043-03-15');
    expect(dayString(12_000, 1, 1)).toBe('+012000-01-01');
    expect(dayParts('-000043-03-15')).toEqual([-43, 3, 15]);
    expect(dayParts('0020-12-31')).toEqual([20, 12, 31]);
  });
  it('years 1–99 are not 1901–1999 (no Date.UTC two-digit rule)', () => {
    expect(toUtc('0020-03-01').getUTCFullYear()).toBe(20);
    expect(ymd(44, 3, 15)).toBe('0044-03-15');
    expect(addDays('0001-01-01', -1)).toBe('0000-12-31');
    expect(addDays('0000-01-01', -1)).toBe('-000001-12-31');
    expect(lastOfMonth(-43, 2)).toBe('-000043-02-28');
  });
  it('compare across signs, where string order is wrong', () => {
    const days = ['0602-01-01', '-000043-03-15', '2020-07-24', '-000489-01-01', '0000-06-01', '-000043-03-16'];
    expect(days.toSorted(compareDays)).toEqual([
      '-000489-01-01',
      '-000043-03-15',
      '-000043-03-16',
      '0000-06-01',
      '0602-01-01',
      '2020-07-24',
    ]);
    expect(compareDays('-000044-01-01', '-000043-01-01')).toBe(-1);
  });
  it('the schema takes real days in the one way to write them', () => {
    expect(isRealDay('-000043-03-15')).toBe(true);
    expect(isRealDay('0044-02-29')).toBe(true); // a leap year of the proleptic Gregorian calendar
    expect(isRealDay('-000043-02-29')).toBe(false);
    expect(isRealDay('+002020-01-01')).toBe(false); // 2020 is written 2020-01-01
    expect(isRealDay('-000000-01-01')).toBe(false); // year 0 is 0000
    expect(isRealDay('-300000-01-01')).toBe(false); // before what a Date holds
  });
  it('label years "602", "44 BC", "1 BC"', () => {
    expect(yearLabel(602)).toBe('602');
    expect(yearLabel(-43)).toBe('44 BC');
    expect(yearLabel(0)).toBe('1 BC');
    expect(dayLabel('-000043-03-15')).toBe('15 Mar 44 BC');
    const d = { expression: 'x', basis: 'y' };
    expect(formatEventDate({ ...d, start: '-000043-03-01', end: '-000043-03-31', precision: 'month' })).toBe(
      'Mar 44 BC',
    );
    expect(formatEventDate({ ...d, start: '-000489-01-01', end: '0014-12-31', precision: 'span' })).toBe(
      'Jan 490 BC – Dec 14',
    );
    expect(formatEventDate({ ...d, start: null, end: '0020-05-01', precision: 'before' })).toBe('before 1 May 20');
  });
});

/** The path for every year (setFullYear / setUTCFullYear), to compare the fast path with. */
const slowLocal = (y: number, m: number, d: number) => {
  const t = new Date(2000, 0, 1);
  t.setFullYear(y, m, d);
  return t.getTime();
};
const slowUtc = (y: number, m: number, d: number) => {
  const t = new Date(0);
  t.setUTCFullYear(y, m, d);
  return t.getTime();
};

describe('localTime and utcTime: any year, the fast path and the slow one agree', () => {
  it('matches setFullYear / setUTCFullYear across years 0–99, 100, BC and past 9999, with overflowing parts', () => {
    for (const y of [-44, 0, 1, 99, 100, 101, 602, 1453, 1970, 2020, 2024, 9999, 10000, 275000])
      for (const m of [-1, 0, 1, 11, 12, 13])
        for (const d of [0, 1, 28, 29, 31, 32]) {
          expect(localTime(y, m, d), `${y}-${m}-${d}`).toBe(slowLocal(y, m, d));
          expect(utcTime(y, m, d), `${y}-${m}-${d}`).toBe(slowUtc(y, m, d));
        }
  });
});

describe('calendar arithmetic (date-fns in UTC) gives the same days in every time zone', () => {
  // Zones with daylight saving at midnight (São Paulo until 2019), a skipped day (Apia, 30 Dec 2011) and odd
  // historical offsets (Kolkata): the day read back must never shift.
  const zones = ['UTC', 'America/Sao_Paulo', 'Pacific/Apia', 'Asia/Kolkata', 'Europe/London', 'America/Los_Angeles'];
  it('adds days, finds weekdays, Mondays and month ends the same way in each zone', () => {
    const before = process.env['TZ'];
    try {
      for (const zone of zones) {
        process.env['TZ'] = zone;
        const at = `in ${zone}`;
        expect(addDays('2018-11-03', 1), at).toBe('2018-11-04'); // São Paulo's clocks jumped at midnight
        expect(addDays('2011-12-29', 1), at).toBe('2011-12-30'); // Apia skipped 30 Dec 2011 locally
        expect(addDays('2020-02-28', 2), at).toBe('2020-03-01');
        expect(addDays('-000043-03-15', -15), at).toBe('-000043-02-28');
        expect(weekdayOf('2020-07-24'), at).toBe(5);
        expect(mondayOf('2020-07-26'), at).toBe('2020-07-20');
        expect(mondayOf('2011-12-31'), at).toBe('2011-12-26');
        expect(lastOfMonth(2020, 2), at).toBe('2020-02-29');
        expect(lastOfMonth(1900, 2), at).toBe('1900-02-28');
        expect(lastOfMonth(-43, 12), at).toBe('-000043-12-31');
      }
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });
});
