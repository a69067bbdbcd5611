/**
 * The colour variables in global.css keep their contrast in light and dark:
 * text 4.5:1 on every background it sits on, theme colours (borders, swatches) 3:1.
 */
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, mix } from '../lib/contrast';
import { KNOWN_THEME_IDS } from '../lib/themeColor';

const css = readFileSync(new URL('./global.css', import.meta.url), 'utf8');
const vars: Record<string, [string, string]> = {};
for (const m of css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi))
  vars[m[1]!] = [m[2]!, m[3]!];
const v = (name: string, mode: 0 | 1) => {
  const pair = vars[name];
  if (!pair) throw new Error(`--${name} is not a light-dark() colour`);
  return pair[mode];
};

describe.each([
  ['light', 0],
  ['dark', 1],
] as const)('%s colours', (_name, mode) => {
  const bg = v('bg', mode);
  const panel = v('panel-bg', mode);
  it('text, muted text, accent buttons, focus ring and marks are readable', () => {
    for (const back of [bg, panel, v('raised-bg', mode)]) {
      expect(contrast(v('fg', mode), back)).toBeGreaterThanOrEqual(7);
      expect(contrast(v('muted', mode), back)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(v('accent-fg', mode), v('accent', mode))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v('accent', mode), bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v('focus', mode), bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(v('mark-fg', mode), v('mark-bg', mode))).toBeGreaterThanOrEqual(4.5);
  });
  it('every theme colour stands out and its item fill keeps text readable', () => {
    const themes = [...KNOWN_THEME_IDS, 'other-0', 'other-1', 'other-2', 'other-3'];
    for (const t of themes) {
      const c = v(`theme-${t}`, mode);
      expect(contrast(c, bg), t).toBeGreaterThanOrEqual(3);
      expect(contrast(c, panel), t).toBeGreaterThanOrEqual(3);
      const fill = mix(c, bg, 0.16); // timeline items: color-mix(in srgb, theme 16%, bg)
      expect(contrast(v('fg', mode), fill), t).toBeGreaterThanOrEqual(7);
      expect(contrast(v('muted', mode), fill), t).toBeGreaterThanOrEqual(4.5);
    }
  });
});
