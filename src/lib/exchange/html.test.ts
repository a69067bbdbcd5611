import { describe, expect, it } from 'vitest';
import { htmlToTextParse5 } from './htmlParse5';
import { escapeHtml, tidyText } from './html';
import { checkHtmlToText } from './__fixtures__/htmlCases';

describe('htmlToText with parse5 (Node, tests, the import worker)', () => {
  it('decodes every named entity, leaks no attribute text, drops scripts, keeps line structure; linear time', () => {
    checkHtmlToText(htmlToTextParse5);
  });
  it('is the inverse of escapeHtml for any text', () => {
    const s = 'a < b & "c" \'d\' > e';
    expect(htmlToTextParse5(escapeHtml(s))).toBe(s);
  });
  it('tidies only plain text', () => {
    expect(tidyText('  a   b \n  c\n\n\n\nd  ')).toBe('a b\nc\n\nd');
  });
});
