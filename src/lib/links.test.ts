import { describe, expect, it } from 'vitest';
import { linkHost, safeHref, safeTextPath } from './links';

describe('safeHref', () => {
  it('keeps absolute http and https addresses, normalised', () => {
    expect(safeHref('https://www.ndtv.com/india-news/x-2268566')).toBe('https://www.ndtv.com/india-news/x-2268566');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    expect(safeHref('HTTPS://Example.ORG/a b')).toBe('https://example.org/a%20b');
    expect(safeHref('  https://example.org/  ')).toBe('https://example.org/');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001\u001fjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'javascript&colon;alert(1)',
    'javascript://example.org/%0Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/uuid',
    'ftp://example.org/file',
    'mailto:someone@example.org',
    '//evil.example/x',
    '/relative/path',
    'relative/path',
    '#fragment',
    '',
    '   ',
    'https:',
    'https://',
    'http:/\\/',
    'not a url',
  ])('refuses %j', (raw) => {
    expect(safeHref(raw)).toBeNull();
  });

  it('refuses non-strings and absurdly long input', () => {
    expect(safeHref(undefined)).toBeNull();
    expect(safeHref(null)).toBeNull();
    expect(safeHref(42)).toBeNull();
    expect(safeHref({ toString: () => 'https://example.org' })).toBeNull();
    expect(safeHref(`https://example.org/${'a'.repeat(5000)}`)).toBeNull();
  });

  it('never returns a non-http(s) scheme, whatever the input', () => {
    const tricky = ['https://example.org/javascript:alert(1)', 'http://javascript:alert(1)@example.org/'];
    for (const t of tricky) {
      const h = safeHref(t);
      expect(h === null || /^https?:\/\//.test(h)).toBe(true);
    }
  });
});

describe('linkHost', () => {
  it('names the host of a linkable address only', () => {
    expect(linkHost('https://www.outlookindia.com/national/x')).toBe('www.outlookindia.com');
    expect(linkHost('javascript:alert(1)')).toBeNull();
  });
});

describe('safeTextPath', () => {
  it('keeps plain relative paths', () => {
    expect(safeTextPath('data/sources/ndtv-2020-07-24.txt')).toBe('data/sources/ndtv-2020-07-24.txt');
  });
  it.each([
    'https://evil.example/x.txt',
    '//evil.example/x.txt',
    '/data/sources/x.txt',
    '../secret.txt',
    'data/../../x.txt',
    'data/./x.txt',
    'data\\sources\\x.txt',
    'data/sources/x.txt?q=1',
    'data/sources/x.txt#f',
    'javascript:alert(1)',
    'data:text/plain,hi',
    'data//x.txt',
    '',
  ])('refuses %j', (raw) => {
    expect(safeTextPath(raw)).toBeNull();
  });
});
