import { describe, expect, it } from 'vitest';
import { withQuoteMarks } from './quoteMarks';

/** Every opening mark has its closing mark (apostrophes between letters are not marks). */
function balanced(s: string): boolean {
  const straight = (s.match(/"/g) ?? []).length % 2 === 0;
  const curly = (s.match(/“/g) ?? []).length === (s.match(/”/g) ?? []).length;
  return straight && curly;
}

describe('withQuoteMarks', () => {
  it('adds typographic marks to a plain quote', () => {
    expect(withQuoteMarks('India is the largest buyer.')).toBe('“India is the largest buyer.”');
  });
  it('adds none when the quote opens with its own mark, straight or curly, and keeps it verbatim', () => {
    for (const q of [
      '"I am sure…," he said.',
      '“I am sure,” he said.',
      "'Yes,' she said.",
      '‘Yes,’ she said.',
      '«Oui»',
    ])
      expect(withQuoteMarks(q)).toBe(q);
  });
  it('closes a mark the quote opens but never closes', () => {
    expect(withQuoteMarks('“India is a strategic partner')).toBe('“India is a strategic partner”');
    expect(withQuoteMarks('"We will deliver the systems on time.')).toBe('"We will deliver the systems on time."');
    expect(withQuoteMarks('‘India’s partner')).toBe('‘India’s partner’');
    expect(withQuoteMarks('“He said “yes” to it')).toBe('“He said “yes” to it”');
  });
  it('opens a mark the quote closes but never opened (the cut starts inside the speech)', () => {
    expect(withQuoteMarks("We hope it will 'restart' our economy,\" Gantz said.")).toBe(
      '"We hope it will \'restart\' our economy," Gantz said.',
    );
    expect(withQuoteMarks('the best partner,” he said.')).toBe('“the best partner,” he said.');
  });
  it('is balanced for every quote shape', () => {
    for (const q of ['plain', '"open', '“open', '"a" b', '“a” b', '“a “b” c', 'x "y" z', 'a," he said', 'a,” he said'])
      expect(balanced(withQuoteMarks(q)), q).toBe(true);
  });
});
