import { describe, expect, it } from 'vitest';
import { dayText, monthText, yearText } from './days';

describe('day labels read from the ISO string (no Date, no time zone)', () => {
  it('reads a day, its month and its year as date-fns wrote them', () => {
    expect(dayText('2020-07-24')).toBe('24 Jul 2020');
    expect(monthText('2020-07-24')).toBe('Jul 2020');
    expect(yearText('2020-07-24')).toBe('2020');
  });

  it('writes a three-digit year without padding and reads expanded years', () => {
    expect(dayText('0602-01-05')).toBe('5 Jan 602');
    expect(dayText('+012020-12-31')).toBe('31 Dec 12020');
    expect(yearText('0000-06-01')).toBe('1');
  });

  it('refuses what is not an ISO day', () => {
    expect(() => dayText('24 July 2020')).toThrow(RangeError);
  });
});
