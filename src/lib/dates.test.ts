import { describe, expect, it } from 'vitest';
import { resolveDate } from './dates';

type Row = [expression: string, published: string, start: string | null, end: string | null, precision: string];

// expression × publication day → resolved days. Publication days: Fri 24 Jul 2020, Fri 3 Jun 2022,
// Wed 15 Jan 2020, Mon 10 Jan 2022, Sun 31 Dec 2023.
const TABLE: Row[] = [
  // the seeds' expressions
  ['on Friday', '2020-07-24', '2020-07-24', '2020-07-24', 'day'],
  ['on Thursday', '2020-07-24', '2020-07-23', '2020-07-23', 'day'],
  ['next week', '2020-07-24', '2020-07-27', '2020-08-02', 'week'],
  ['on Thursday', '2022-06-03', '2022-06-02', '2022-06-02', 'day'],
  ['this morning', '2020-07-24', '2020-07-24', '2020-07-24', 'day'],
  ['over the last few years', '2020-07-24', null, '2020-07-24', 'before'],
  ['in the last couple of years', '2022-06-03', null, '2022-06-03', 'before'],
  ['During the first outbreak of COVID-19 in Israel', '2020-07-24', null, '2020-07-24', 'before'],
  ['since the outbreak of the pandemic', '2020-07-24', null, '2020-07-24', 'before'],
  ['2022-06-03', '2022-06-03', '2022-06-03', '2022-06-03', 'day'],
  // weekdays on and off the publication weekday
  ['on Saturday', '2020-07-24', '2020-07-18', '2020-07-18', 'day'],
  ['Wednesday', '2020-01-15', '2020-01-15', '2020-01-15', 'day'],
  ['on Tuesday', '2020-01-15', '2020-01-14', '2020-01-14', 'day'],
  ['on Thursday', '2020-01-15', '2020-01-09', '2020-01-09', 'day'],
  ['last Friday', '2020-07-24', '2020-07-17', '2020-07-17', 'day'],
  ['next Monday', '2020-07-24', '2020-07-27', '2020-07-27', 'day'],
  ['on Sunday', '2023-12-31', '2023-12-31', '2023-12-31', 'day'],
  // other relative expressions
  ['yesterday', '2020-07-24', '2020-07-23', '2020-07-23', 'day'],
  ['yesterday', '2022-01-01', '2021-12-31', '2021-12-31', 'day'],
  ['today', '2020-07-24', '2020-07-24', '2020-07-24', 'day'],
  ['last week', '2020-07-24', '2020-07-13', '2020-07-19', 'week'],
  ['next week', '2023-12-31', '2024-01-01', '2024-01-07', 'week'],
  ['this week', '2020-07-24', '2020-07-20', '2020-07-26', 'week'],
  ['earlier this week', '2020-07-24', '2020-07-20', '2020-07-24', 'span'],
  ['last month', '2020-07-24', '2020-06-01', '2020-06-30', 'month'],
  ['last month', '2020-01-15', '2019-12-01', '2019-12-31', 'month'],
  ['next month', '2023-12-31', '2024-01-01', '2024-01-31', 'month'],
  ['earlier this month', '2022-06-03', '2022-06-01', '2022-06-03', 'span'],
  ['earlier this year', '2020-07-24', '2020-01-01', '2020-07-24', 'span'],
  ['last year', '2020-07-24', '2019-01-01', '2019-12-31', 'year'],
  ['in 2019', '2020-07-24', '2019-01-01', '2019-12-31', 'year'],
  ['two days ago', '2020-07-24', '2020-07-22', '2020-07-22', 'day'],
  ['three weeks ago', '2020-07-24', '2020-06-29', '2020-07-05', 'week'],
  ['recently', '2020-07-24', null, '2020-07-24', 'before'],
  ['a few weeks back', '2020-07-24', null, '2020-07-24', 'before'],
  // explicit dates, with and without a year
  ['on June 2', '2022-06-03', '2022-06-02', '2022-06-02', 'day'],
  ['on June 2', '2022-01-10', '2021-06-02', '2021-06-02', 'day'],
  ['2 June 2022', '2022-06-03', '2022-06-02', '2022-06-02', 'day'],
  ['July 24, 2020', '2022-01-10', '2020-07-24', '2020-07-24', 'day'],
  ['in June 2020', '2022-01-10', '2020-06-01', '2020-06-30', 'month'],
  ['in March', '2022-01-10', '2021-03-01', '2021-03-31', 'month'],
  ['in February', '2024-03-05', '2024-02-01', '2024-02-29', 'month'],
  ['from 2 to 5 June 2022', '2022-06-10', '2022-06-02', '2022-06-05', 'span'],
  ['between June 2 and June 5, 2022', '2022-06-10', '2022-06-02', '2022-06-05', 'span'],
  // issue 13 rule 6: the vague future is no longer an error but precision "after" (open end)
  ['in the coming weeks', '2020-07-24', '2020-07-24', null, 'after'],
];

describe('resolveDate: expression × publication day', () => {
  it.each(TABLE)('%s published %s → %s..%s (%s)', (expression, published, start, end, precision) => {
    const r = resolveDate(expression, published);
    if (!r.ok) throw new Error(r.error);
    expect({ start: r.value.start, end: r.value.end, precision: r.value.precision }).toEqual({ start, end, precision });
    expect(r.value.expression).toBe(expression);
  });
});

describe('resolveDate: bases a reader can check', () => {
  it('names the expression and the publication day with its weekday', () => {
    const r = resolveDate('on Friday', '2020-07-24');
    expect(r.ok && r.value.basis).toMatch(/^"on Friday" in an article published Fri 24 Jul 2020/);
    const t = resolveDate('on Thursday', '2022-06-03');
    expect(t.ok && t.value.basis).toMatch(
      /^"on Thursday" in an article published Fri 3 Jun 2022: .*latest Thursday on or before publication/,
    );
  });

  it('says when no year was written', () => {
    const r = resolveDate('on June 2', '2022-01-10');
    expect(r.ok && r.value.basis).toMatch(/no year written/);
  });

  it('"earlier in the day" takes the day of the event it refers to', () => {
    const r = resolveDate('Earlier in the day', '2022-06-03', { sameDay: { id: 'talks', day: '2022-06-02' } });
    expect(r.ok && r.value).toMatchObject({ start: '2022-06-02', end: '2022-06-02', precision: 'day' });
    expect(r.ok && r.value.basis).toMatch(/the day of event talks, Thu 2 Jun 2022/);
  });

  it('an undated report is "before" publication, with no start', () => {
    const r = resolveDate('a cooperation agreement signed', '2022-06-03', { undated: true });
    expect(r.ok && r.value).toMatchObject({ start: null, end: '2022-06-03', precision: 'before' });
  });
});

describe('resolveDate: errors', () => {
  it.each([
    ['Earlier in the day', '2022-06-03', /refers to the day of another event/],
    ['banana', '2020-07-24', /cannot resolve "banana"/],
    ['', '2020-07-24', /empty/],
    ['on 2020-02-30', '2020-07-24', /"2020-02-30" is not a real calendar day/],
    ['2024-13-01', '2024-12-01', /"2024-13-01" is not a real calendar day/],
    ['from 5 June to 2 June 2022', '2022-06-10', /ends \(2022-06-02\) before it starts \(2022-06-05\)/],
    ['on Friday', '2020-02-30', /publication date "2020-02-30" is not a real calendar day/],
  ])('%s published %s', (expression, published, message) => {
    const r = resolveDate(expression, published);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});
