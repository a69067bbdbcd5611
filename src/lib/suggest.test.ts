/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { suggestDates } from './suggest';

describe('suggestDates: the contract the proposer builds on', () => {
  const text =
    'India and Israel met on 14 March. The next day, they signed a pact.\nThe army chief will visit in February.';

  it('gives each expression its sentence, its own offsets, the date and whether the clause is future', () => {
    const out = suggestDates(text, '2023-11-06');
    for (const s of out) {
      expect(text.slice(s.start, s.end)).toBe(s.quote);
      expect(text.slice(s.expressionStart, s.expressionEnd)).toBe(s.date.expression);
    }
    expect(out.map((s) => [s.date.expression, s.date.start, s.date.end, s.future])).toEqual([
      ['on 14 March', '2023-03-14', '2023-03-14', false],
      ['The next day', '2023-03-15', '2023-03-15', false],
      ['in February', '2024-02-01', '2024-02-29', true],
    ]);
  });

  it('names the earlier expression an anaphor counts from', () => {
    const [, next] = suggestDates(text, '2023-11-06');
    expect(next!.date.basis).toBe(
      '"The next day" in an article published Mon 6 Nov 2023: 1 day after "on 14 March", ' +
        'the last day the article mentioned before it (Tue 14 Mar 2023), Wed 15 Mar 2023',
    );
  });

  it('does not take "said on Friday" (the day of the report) as the narrative anchor', () => {
    const out = suggestDates(
      'The deal was signed on 14 March, officials said on Friday. The next day, a payment was made.',
      '2023-06-05',
    );
    expect(out.map((s) => s.date.start)).toEqual(['2023-03-14', '2023-06-02', '2023-03-15']);
  });

  it('reads a dateline as the day of the report and "since" as past, whatever the clause', () => {
    const out = suggestDates(
      'NEW DELHI, Nov 6 (Reuters) - The minister, in office since 2019, will visit Israel.',
      '2023-11-06',
    );
    expect(out.map((s) => [s.date.expression, s.date.start, s.future])).toEqual([
      ['Nov 6', '2023-11-06', false],
      ['since 2019', '2019-01-01', false],
    ]);
  });

  it('marks the vague future as "after" and planned', () => {
    const [s] = suggestDates('An Israeli team will visit in the coming weeks.', '2020-07-24');
    expect(s).toMatchObject({ future: true, date: { start: '2020-07-24', end: null, precision: 'after' } });
  });

  it('never guesses an all-numeric day that reads two ways: it is listed to confirm, not suggested', () => {
    const out = suggestDates('The order was placed on 06/02/2022.', '2023-06-05');
    expect(out).toEqual([]);
    expect(out.ambiguous).toHaveLength(1);
    expect(out.ambiguous[0]!.readings.map((r) => r.start)).toEqual(['2022-02-06', '2022-06-02']);
    expect(out.ambiguous[0]!.problem).toMatch(/reads two ways/);
    expect(JSON.stringify(out)).not.toMatch(/ambiguous/);
  });

  it("reads it with the outlet's convention when dayFirst is known", () => {
    expect(suggestDates('The order was placed on 06/02/2022.', '2023-06-05', { dayFirst: true })[0]!.date.start).toBe(
      '2022-02-06',
    );
    expect(suggestDates('The order was placed on 06/02/2022.', '2023-06-05', { dayFirst: false })[0]!.date.start).toBe(
      '2022-06-02',
    );
    expect(suggestDates('The order was placed on 14/03/2022.', '2023-06-05')[0]!.date.start).toBe('2022-03-14');
  });

  it('proposes nothing for durations, counts and model names (rule 7)', () => {
    const t =
      'Rapid tests give results in under 30 seconds. Talks lasted 24 to 36 hours during a three-day visit. ' +
      'India reported 2,000 cases. The F-16, the S-400 and COVID-19 came up. Now, Israel is proud to reciprocate.';
    expect(suggestDates(t, '2020-07-24')).toEqual([]);
  });
});
