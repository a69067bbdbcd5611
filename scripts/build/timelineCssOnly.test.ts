import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timelineCssOnly, unusedRule } from './timelineCssOnly';

const FILE = 'node_modules/vis-timeline/styles/vis-timeline-graph2d.css';
const cls = (name: string) => ({ type: 'class', name });

function run(code: string, id = `/x/${FILE}`): string {
  const plugin = timelineCssOnly();
  const transform = plugin.transform as (this: unknown, code: string, id: string) => { code: string } | undefined;
  const ctx = {
    error(msg: string): never {
      throw new Error(msg);
    },
  };
  return transform.call(ctx, code, id)?.code ?? code;
}

describe('timelineCssOnly: vis-timeline CSS without Graph2d and the configurator', () => {
  const out = run(readFileSync(FILE, 'utf8'));

  it('keeps what the timeline draws: items, axis, panels, selection, tooltip', () => {
    for (const sel of ['.vis-item.vis-box', '.vis-item.vis-range', '.vis-time-axis', '.vis-panel', '.vis-selected'])
      expect(out, sel).toContain(sel);
    expect(out).toContain('div.vis-tooltip');
    expect(out).toContain('.vis-item.vis-point');
  });

  it('leaves out the charts, legends, data axes, configurator and rolling-mode button', () => {
    for (const name of ['vis-legend', 'vis-data-axis', 'vis-graph-group0', 'vis-configuration', 'vis-rolling-mode-btn'])
      expect(out, name).not.toContain(name);
    expect(out.length).toBeLessThan(readFileSync(FILE, 'utf8').length * 0.75);
  });

  it('keeps a rule any of whose selectors is the timeline own', () => {
    expect(unusedRule([[cls('vis-legend')], [cls('vis-item')]])).toBe(false);
    expect(unusedRule([[cls('vis-data-axis'), cls('vis-left')]])).toBe(true);
    expect(unusedRule([[cls('vis-left')]])).toBe(false);
  });

  it('fails the build when the stylesheet no longer has the rules it expects', () => {
    expect(() => run('.vis-item{color:red}')).toThrow(/only 0 Graph2d rules/);
    expect(run('.a{color:red}', '/x/other.css')).toBe('.a{color:red}');
  });
});
