import { describe, expect, it } from 'vitest';
import { shownSummary } from './summary';

describe('shownSummary', () => {
  it('is the summary, or nothing when it only repeats the title', () => {
    expect(shownSummary({ title: 'Talks held', summary: 'The ministers met in Delhi.' })).toBe(
      'The ministers met in Delhi.',
    );
    expect(shownSummary({ title: 'Talks held', summary: 'Talks held' })).toBe('');
    expect(shownSummary({ title: 'Talks held ', summary: ' Talks held' })).toBe('');
  });
});
