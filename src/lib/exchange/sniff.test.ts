import { describe, expect, it } from 'vitest';
import { looksLikeTimelineCsv } from './sniff';

describe('looksLikeTimelineCsv', () => {
  it('knows a TimelineJS sheet saved as text by its header row, and an article is not one', () => {
    const header = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text';
    expect(looksLikeTimelineCsv(`${header}\n2020,7,24,,,,,,,A,B\n`)).toBe(true);
    expect(looksLikeTimelineCsv(`\uFEFF"Year","Headline"\r\n1999,"x"`)).toBe(true);
    expect(looksLikeTimelineCsv('Year, Month, Day, headline')).toBe(true);
    const article = 'NEW DELHI: Defence Minister Rajnath Singh held talks on Monday, the year after the headline deal.';
    expect(looksLikeTimelineCsv(article)).toBe(false);
    expect(looksLikeTimelineCsv('Headline: Year of the drone\nText')).toBe(false);
    expect(looksLikeTimelineCsv('')).toBe(false);
  });
});
