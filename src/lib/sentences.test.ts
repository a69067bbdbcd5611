import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';
import { suggestDates } from './suggest';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps offsets true: text.slice(start, end) is the sentence', () => {
    const t = '  First one. Second "quoted" one!\n\nThird? Yes.';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
    expect(texts(t)).toEqual(['First one.', 'Second "quoted" one!', 'Third?', 'Yes.']);
  });

  it('never glues a caption or headline line to the first sentence', () => {
    expect(texts('Minister spoke with his counterpart on Friday\n\nThe minister on Friday held talks.')).toEqual([
      'Minister spoke with his counterpart on Friday',
      'The minister on Friday held talks.',
    ]);
  });

  it('splits off a "date YYYY-MM-DD" header on the same line', () => {
    expect(texts(' date 2022-06-03 India and Israel finalized a vision statement on Thursday.')).toEqual([
      'date 2022-06-03',
      'India and Israel finalized a vision statement on Thursday.',
    ]);
  });

  it('does not end a sentence at an abbreviation or an initial', () => {
    expect(texts('It is led by Col. Assaf Meller and Mr. R. Sharma. They left.')).toEqual([
      'It is led by Col. Assaf Meller and Mr. R. Sharma.',
      'They left.',
    ]);
  });

  it('ends a sentence after closing quote marks', () => {
    expect(texts('"We will win," he said. "Yes." She agreed.')).toEqual([
      '"We will win," he said.',
      '"Yes."',
      'She agreed.',
    ]);
  });
});

describe('suggestDates', () => {
  it('ignores "may" the verb but finds May the month', () => {
    const out = suggestDates('They may meet soon. The deal was signed in May 2021.', '2022-01-10');
    // since issue 13 "soon" is a vague future (precision "after"); "may" the verb is still no month
    expect(out.map((s) => [s.quote, s.date.expression, s.date.precision])).toEqual([
      ['They may meet soon.', 'soon', 'after'],
      ['The deal was signed in May 2021.', 'in May 2021', 'month'],
    ]);
  });

  it('takes a year with a preposition, not a bare number', () => {
    const out = suggestDates('India sent 2000 troops. The pact was signed in 2019.', '2022-01-10');
    expect(out.map((s) => [s.date.expression, s.date.start])).toEqual([['in 2019', '2019-01-01']]);
  });

  it('leaves out "earlier in the day" when no earlier sentence gives a day', () => {
    expect(suggestDates('Earlier in the day, he laid a wreath.', '2022-06-03')).toEqual([]);
  });

  it('suggests "earlier in the day" as the day of the nearest earlier dated sentence, saying so', () => {
    const out = suggestDates(
      'They met on Thursday. Talks went well. Earlier in the day, he laid a wreath.',
      '2022-06-03',
    );
    expect(out[1]!.date).toEqual({
      start: '2022-06-02',
      end: '2022-06-02',
      precision: 'day',
      expression: 'Earlier in the day',
      basis:
        '"Earlier in the day" in an article published Fri 3 Jun 2022: ' +
        'the day of the nearest earlier sentence dated to one day ("on Thursday"; confirm with date.sameDayAs), ' +
        'Thu 2 Jun 2022',
    });
  });

  it('gives one entry per date expression in a sentence', () => {
    const out = suggestDates('Talks held on Monday continue next week.', '2020-07-24');
    expect(out.map((s) => s.date.expression)).toEqual(['on Monday', 'next week']);
    expect(out.map((s) => s.date.start)).toEqual(['2020-07-20', '2020-07-27']);
  });
});
