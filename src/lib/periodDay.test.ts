import { describe, expect, it } from 'vitest';
import { parsePeriodDay, periodDayText } from './periodDay';

const day = (text: string, side: 'from' | 'to' = 'from') => {
  const r = parsePeriodDay(text, side);
  return r.ok ? r.day : `! ${r.message}`;
};

describe('parsePeriodDay', () => {
  it('reads ISO days, expanded ones too', () => {
    expect(day('2020-07-24')).toBe('2020-07-24');
    expect(day('-000043-03-15')).toBe('-000043-03-15');
    expect(day('0602-01-01', 'to')).toBe('0602-01-01');
    expect(day('2020-02-30')).toMatch(/^! not a real calendar day: 2020-02-30/);
  });
  it('a year is its first day in From and its last in To, AD or BC', () => {
    expect(day('602')).toBe('0602-01-01');
    expect(day('1453', 'to')).toBe('1453-12-31');
    expect(day('44 BC')).toBe('-000043-01-01');
    expect(day('44 bce', 'to')).toBe('-000043-12-31');
    expect(day('44 B.C.')).toBe('-000043-01-01');
    expect(day('1 BC')).toBe('0000-01-01');
    expect(day('AD 14')).toBe('0014-01-01');
    expect(day('79 CE', 'to')).toBe('0079-12-31');
    expect(day('-000043')).toBe('-000043-01-01');
    expect(day('12000', 'to')).toBe('+012000-12-31');
  });
  it('a month or a day, names long or short, day first or month first', () => {
    expect(day('Mar 44 BC')).toBe('-000043-03-01');
    expect(day('February 2020', 'to')).toBe('2020-02-29');
    expect(day('15 Mar 44 BC')).toBe('-000043-03-15');
    expect(day('March 15, 44 BC', 'to')).toBe('-000043-03-15');
    expect(day('29 May 1453')).toBe('1453-05-29');
    expect(day('sept 2001')).toBe('2001-09-01');
  });
  it('refuses what it cannot read, saying why', () => {
    expect(day('-44')).toBe('! write "44 BC" (or the ISO 8601 year "-000043")');
    expect(day('-14')).toBe('! write "14 BC" (or the ISO 8601 year "-000013")');
    expect(day('0')).toMatch(/^! there is no year 0/);
    expect(day('0 BC')).toMatch(/^! there is no year 0/);
    expect(day('yesterday')).toMatch(/^! not a day, month or year \(e\.g\./);
    expect(day('31 Feb 2020')).toBe('! not a real calendar day or a year a date holds');
    expect(day('300000')).toMatch(/^! not a real calendar day or a year a date holds/);
    expect(day('  ')).toMatch(/^! empty/);
  });
});

describe('periodDayText', () => {
  it('writes days of 1000–9999 as a date field does, others as labels it reads back', () => {
    expect(periodDayText(null)).toBe('');
    expect(periodDayText('2020-07-01')).toBe('2020-07-01');
    expect(periodDayText('0602-01-01')).toBe('1 Jan 602');
    expect(periodDayText('-000043-03-15')).toBe('15 Mar 44 BC');
    for (const d of ['0602-01-01', '-000043-03-15', '+012000-12-31', '2020-07-01'])
      expect(parsePeriodDay(periodDayText(d), 'from')).toEqual({ ok: true, day: d });
  });
});
