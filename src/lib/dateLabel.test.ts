import { describe, expect, it } from 'vitest';
import { formatEventDate } from './dateLabel';

const d = (start: string | null, end: string, precision: 'day' | 'week' | 'month' | 'year' | 'span' | 'before') => ({
  start,
  end,
  precision,
  expression: 'x',
  basis: 'y',
});

describe('formatEventDate', () => {
  it.each([
    [d('2020-07-24', '2020-07-24', 'day'), '24 Jul 2020'],
    [d('2020-07-27', '2020-08-02', 'week'), 'week of 27 Jul 2020'],
    [d('2020-07-01', '2020-07-31', 'month'), 'Jul 2020'],
    [d('2019-01-01', '2019-12-31', 'year'), '2019'],
    [d('2022-06-02', '2022-06-05', 'span'), '2 Jun 2022 – 5 Jun 2022'],
    [d(null, '2020-07-24', 'before'), 'before 24 Jul 2020'],
  ])('%o reads %s', (date, label) => {
    expect(formatEventDate(date)).toBe(label);
  });

  it('reads a vague future (precision "after", no end) as "after <publication day>"', () => {
    expect(
      formatEventDate({ start: '2020-07-24', end: null, precision: 'after', expression: 'soon', basis: 'y' }),
    ).toBe('after 24 Jul 2020');
  });
});
