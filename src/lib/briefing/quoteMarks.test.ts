import { describe, expect, it } from 'vitest';
import { withQuoteMarks } from './quoteMarks';

describe('withQuoteMarks', () => {
  it('adds typographic marks to a plain quote', () => {
    expect(withQuoteMarks('India is the largest buyer.')).toBe('“India is the largest buyer.”');
  });
  it('adds none when the quote opens with its own mark, straight or curly, and keeps it verbatim', () => {
    for (const q of ['"I am sure…," he said.', '“I am sure,” he said.', "'Yes,' she said.", '‘Yes,’ she said.', '«Oui»'])
      expect(withQuoteMarks(q)).toBe(q);
  });
});
