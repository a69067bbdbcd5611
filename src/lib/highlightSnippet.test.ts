import { describe, expect, it } from 'vitest';
import { matchSnippet } from './highlight';

const text = (segs: { text: string }[]) => segs.map((s) => s.text).join('');

describe('matchSnippet', () => {
  it('takes the first text that matches, cut at word breaks around the match, marked', () => {
    const long = `${'word '.repeat(30)}the Ladakh standoff was discussed ${'tail '.repeat(30)}`;
    const s = matchSnippet(
      [
        { field: 'summary', text: 'Nothing here.' },
        { field: 'quote', text: long },
      ],
      ['ladakh'],
      20,
    );
    expect(s?.field).toBe('quote');
    expect(s?.segments.filter((x) => x.mark).map((x) => x.text)).toEqual(['Ladakh']);
    const shown = text(s?.segments ?? []);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).toContain('the Ladakh standoff');
    expect(shown.length).toBeLessThan(60);
    expect(shown).not.toMatch(/…\S*wor(?!d)/); // no word cut in half
  });
  it('keeps a short text whole and returns null without a match', () => {
    expect(text(matchSnippet([{ field: 'summary', text: 'Gantz met Doval.' }], ['doval'])?.segments ?? [])).toBe(
      'Gantz met Doval.',
    );
    expect(matchSnippet([{ field: 'summary', text: 'Gantz met Doval.' }], ['modi'])).toBeNull();
    expect(matchSnippet([{ field: 'summary', text: 'Gantz' }], [])).toBeNull();
  });
});
