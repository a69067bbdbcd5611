import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import xss, { escapeAsText } from './xssAsText';

describe('the xss stand-in for vis-timeline', () => {
  it('turns every string into inert text', () => {
    const f = new xss.FilterXSS();
    expect(f.process('<img src=x onerror=alert(1)>Jan & "Feb"')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;Jan &amp; &quot;Feb&quot;',
    );
    expect(escapeAsText('2020')).toBe('2020');
  });

  it('covers what vis-timeline uses of xss: only the default import and new FilterXSS(options).process', () => {
    const vis = readFileSync('node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.js', 'utf8');
    expect(vis.match(/from ['"]xss['"]/g)).toEqual(["from 'xss'"]);
    expect(vis).toContain("import xssFilter from 'xss';");
    const uses = vis.match(/xssFilter\.\w+/g) ?? [];
    expect(new Set(uses)).toEqual(new Set(['xssFilter.FilterXSS']));
    expect(vis).toContain('customXSS.process(input)');
  });
});
