import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from './actions';
import { keyTableMarkdown, withKeyTable } from './keyTable';

describe("the README's key table", () => {
  it('is the one generated from the action table (run `npm run readme:keys` to update it)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withKeyTable(readme)).toBe(readme);
  });

  it('lists every action of the table', () => {
    const table = keyTableMarkdown();
    for (const a of ACTIONS) expect(table).toContain(`| ${a.description} |`);
  });
});
