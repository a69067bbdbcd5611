import { describe, expect, it } from 'vitest';
import { explainDate } from './dateExplain';

describe('explainDate', () => {
  it('says an exact day with its expression and basis', () => {
    expect(
      explainDate({
        start: '2022-06-02',
        end: '2022-06-02',
        precision: 'day',
        expression: 'on Thursday',
        basis: 'the Thursday before publication on Fri 3 Jun 2022',
      }),
    ).toEqual({
      label: '2 Jun 2022',
      precision: 'exact day',
      source: 'Resolved from “on Thursday”: the Thursday before publication on Fri 3 Jun 2022',
      undated: false,
      machineDay: '2022-06-02',
    });
  });
  it('never invents a date for an undated event', () => {
    const x = explainDate({
      start: null,
      end: '2020-07-24',
      precision: 'before',
      expression: 'lifted',
      basis: 'had happened by publication on Fri 24 Jul 2020',
    });
    expect(x.label).toBe('Undated: before 24 Jul 2020');
    expect(x.undated).toBe(true);
    expect(x.machineDay).toBeNull();
    expect(x.source).toBe(
      'The article gives no date for it (“lifted”). Had happened by publication on Fri 24 Jul 2020',
    );
  });
  it('keeps weeks and spans as ranges with no single machine day', () => {
    const w = explainDate({
      start: '2020-07-27',
      end: '2020-08-02',
      precision: 'week',
      expression: 'next week',
      basis: 'b',
    });
    expect(w).toMatchObject({ label: 'week of 27 Jul 2020', precision: 'within a week', machineDay: null });
    const s = explainDate({
      start: '2020-07-24',
      end: '2020-08-31',
      precision: 'span',
      expression: 'in the coming weeks',
      basis: 'b',
    });
    expect(s).toMatchObject({ label: '24 Jul 2020 – 31 Aug 2020', precision: 'over a period', machineDay: null });
  });
  it("says the expression once when the basis starts with it (the pipeline's wording)", () => {
    const day = explainDate({
      start: '2022-06-02',
      end: '2022-06-02',
      precision: 'day',
      expression: 'on Thursday',
      basis:
        '"on Thursday" in an article published Fri 3 Jun 2022: ' +
        'news usage: the latest Thursday on or before publication',
    });
    expect(day.source).toBe(
      'Resolved from “on Thursday” in an article published Fri 3 Jun 2022: ' +
        'news usage: the latest Thursday on or before publication',
    );
    const undated = explainDate({
      start: null,
      end: '2020-07-24',
      precision: 'before',
      expression: 'Modi lifted a ban',
      basis:
        '"Modi lifted a ban" in an article published Fri 24 Jul 2020: no time stated; it had happened by publication',
    });
    expect(undated.source).toBe(
      'No date given: “Modi lifted a ban” in an article published Fri 24 Jul 2020: ' +
        'no time stated; it had happened by publication',
    );
    expect(undated.label).toBe('Undated: before 24 Jul 2020');
  });
});
