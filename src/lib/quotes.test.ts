import { describe, expect, it } from 'vitest';
import { locateQuote, prepareText } from './quotes';

const TEXT = 'He said "we will win" today.\n\nThe minister said: "we will win".  Later, the team left.';

describe('locateQuote', () => {
  it('finds a unique quote with JS string offsets', () => {
    const q = 'Later, the team left.';
    const r = locateQuote(TEXT, q);
    expect(r.ok).toBe(true);
    if (r.ok) expect(TEXT.slice(r.start, r.end)).toBe(q);
  });

  it('counts offsets in UTF-16 code units, like String.prototype.slice', () => {
    const text = 'Emoji 😀 first, “curly” then the quote here.';
    const r = locateQuote(text, 'the quote here.');
    expect(r.ok && text.slice(r.start, r.end)).toBe('the quote here.');
  });

  it('reports a quote found more than once without a hint', () => {
    const r = locateQuote(TEXT, '"we will win"');
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/occurs 2 times \(at offsets 8, 49\).*occurrence.*after/),
    });
  });

  it('takes the occurrence asked for', () => {
    const r = locateQuote(TEXT, '"we will win"', { occurrence: 2 });
    expect(r).toEqual({ ok: true, start: 49, end: 62 });
    expect(locateQuote(TEXT, '"we will win"', { occurrence: 3 })).toEqual({
      ok: false,
      error: expect.stringMatching(/occurs 2 time/),
    });
  });

  it('takes the first occurrence after the "after" text', () => {
    expect(locateQuote(TEXT, '"we will win"', { after: 'The minister' })).toEqual({ ok: true, start: 49, end: 62 });
    expect(locateQuote(TEXT, '"we will win"', { after: 'nowhere' })).toEqual({
      ok: false,
      error: expect.stringMatching(/"after" text "nowhere" is not in the article/),
    });
  });

  it('rejects curly quote marks where the article has straight ones, showing the closest match', () => {
    const r = locateQuote(TEXT, 'He said \u201Cwe will win\u201D today.');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('closest match at offset 0: "He said \\"we will win\\" today."');
      expect(r.error).toMatch(
        new RegExp(
          [
            'quote marks differ \\(curly vs straight\\) at quote character 8: ',
            'the quote has "\\u201C" \\(U\\+201C\\) where the article has """ \\(U\\+0022\\)',
          ].join(''),
        ),
      );
    }
  });

  it('finds the closest match by its words when both ends differ (curly quotes around the whole quote)', () => {
    const text = 'Intro. "India and Israel share similar challenges," Gantz said.';
    const r = locateQuote(text, '\u201CIndia and Israel share similar challenges,\u201D');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatch(
        /closest match at offset 7: .*quote marks differ \(curly vs straight\) at quote character 0/,
      );
  });

  it('rejects collapsed whitespace, saying whitespace differs', () => {
    const r = locateQuote(TEXT, 'today. The minister said:');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatch(
        /closest match at offset 22: "today.\\n\\nThe minister said:".*whitespace differs .* at quote character 6/,
      );
  });

  it('shows the closest match for a quote with a typo', () => {
    const r = locateQuote(TEXT, 'The minister sayd: "we will win".');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatch(
        /closest match at offset 30: .*the text differs at quote character 15: the quote has "y"/,
      );
  });

  it('finds the closest match by the end of the quote when its start is wrong', () => {
    const r = locateQuote(TEXT, 'XXThe minister said: "we will win".');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/closest match at offset 28/);
  });

  it('says so when nothing like the quote is in the article', () => {
    const r = locateQuote(TEXT, 'zzzz qqqq');
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/no part of it/) });
  });

  it('rejects an empty quote', () => {
    expect(locateQuote(TEXT, '')).toEqual({ ok: false, error: 'the quote is empty' });
  });

  it('finds a quote in a 5 MB article, and names the closest match of a misspelt one', () => {
    const para = 'The ministers met and discussed cooperation in research and procurement. ';
    const article = (bytes: number, closing: string) => para.repeat(Math.ceil(bytes / para.length)) + closing;
    const closing = 'A unique closing sentence.';
    const big = article(5_000_000, closing);
    expect(locateQuote(big, closing).ok).toBe(true);
    const miss = locateQuote(big, 'A unique closing sentense.');
    expect(miss.ok).toBe(false);
    if (!miss.ok) expect(miss.error).toMatch(/closest match at offset \d+: "A unique closing sentence\."/);
    // How the search grows with the text and the quote is timed in the benchmark (npm run bench:growth).
  });

  it('gives the same answers through the word index of a large article', () => {
    const lines = Array.from({ length: 12_000 }, (_, i) => `Line ${i % 8_000}: the ministers met on Friday.\n`);
    const text = lines.join('');
    const indexed = prepareText(text);
    expect(indexed.words).toBeDefined();
    for (const q of [
      'Line 7345: the ministers met on Friday.',
      'ne 25: the minis',
      'ministers met',
      'Line 7999: the ministers met on Friday.\nLine 0',
      'the ministers met on Frday',
      '\u201CLine 7: the\u201D',
    ]) {
      expect(locateQuote(indexed, q)).toEqual(locateQuote(text, q));
      expect(locateQuote(indexed, q, { occurrence: 2 })).toEqual(locateQuote(text, q, { occurrence: 2 }));
      expect(locateQuote(indexed, q, { after: 'Line 5000:' })).toEqual(locateQuote(text, q, { after: 'Line 5000:' }));
    }
  });
});
