import { describe, expect, it } from 'vitest';
import { canonicalSpelling, variantsOf } from './spelling';

describe('British and American spellings', () => {
  it('are one word, stems and endings kept', () => {
    expect(canonicalSpelling('Defence')).toBe('defense');
    expect(canonicalSpelling('defences')).toBe('defenses');
    expect(canonicalSpelling('programmes')).toBe('programs');
    expect(canonicalSpelling('organised')).toBe('organized');
    expect(canonicalSpelling('missiles')).toBe('missiles');
    expect(canonicalSpelling('gantz')).toBe('gantz');
  });
  it('give back every spelling of a term for highlighting', () => {
    expect(variantsOf('defense')).toEqual(['defense', 'defence']);
    expect(variantsOf('programs')).toEqual(['programs', 'programmes']);
    expect(variantsOf('gantz')).toEqual(['gantz']);
  });
});
