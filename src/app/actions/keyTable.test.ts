import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from './actions';
import { keyTableMarkdown, unpadded, withKeyTable } from './keyTable';

describe("the README's key table", () => {
  it('is the one generated from the action table (run `npm run readme:keys` to update it)', () => {
    const readme = readFileSync('README.md', 'utf8');
    // Compared without the column padding Prettier adds to markdown tables.
    expect(unpadded(withKeyTable(readme))).toBe(unpadded(readme));
  });

  it('ignores only column padding: a changed key or description still fails', () => {
    const table = keyTableMarkdown();
    const padded = table.replace('| Next step |', '|   Next step   |').replace('| --- |', '| :-------- |');
    expect(unpadded(padded)).toBe(unpadded(table.replace('| --- |', '| :--- |')));
    expect(unpadded(table.replace('Next step', 'Forward'))).not.toBe(unpadded(table));
  });

  it('lists every action of the table', () => {
    const table = keyTableMarkdown();
    for (const a of ACTIONS) expect(table).toContain(`| ${a.description} |`);
  });
});
