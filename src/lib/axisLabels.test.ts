import { describe, expect, it } from 'vitest';
import moment from 'moment';
import { majorAxisLabel, minorAxisLabel } from './axisLabels';

const at = (year: number, month = 0, day = 1) => {
  const d = new Date(2000, month, day);
  d.setFullYear(year, month, day);
  return moment(d);
};

describe('timeline axis labels', () => {
  it('write years as the labels do: "600", "44 BC", "1 BC", "2020", never "0600" or "-0043"', () => {
    expect(minorAxisLabel(at(600), 'year')).toBe('600');
    expect(minorAxisLabel(at(-43), 'year')).toBe('44 BC');
    expect(minorAxisLabel(at(0), 'year')).toBe('1 BC');
    expect(minorAxisLabel(at(2020), 'year')).toBe('2020');
    expect(majorAxisLabel(at(-43, 2), 'month')).toBe('44 BC');
    expect(majorAxisLabel(at(602, 4), 'day')).toBe('May 602');
    expect(majorAxisLabel(at(-43, 2, 15), 'hour')).toBe('Fri 15 March 44 BC');
    expect(majorAxisLabel(at(2020), 'year')).toBe('');
  });
  it('keep vis-timeline formats where no year is written', () => {
    expect(minorAxisLabel(at(602, 4), 'month')).toBe('May');
    expect(minorAxisLabel(at(2020, 6, 24), 'day')).toBe('24');
    expect(minorAxisLabel(at(2020, 6, 24), 'weekday')).toBe('Fri 24');
  });
});
