/**
 * A build plugin that leaves out of vis-timeline's stylesheet the rules only Graph2d (its charts: data axes,
 * legends, graph groups, bars and fills) and its options editor (`configure`) and rolling-mode button use, none
 * of which Briefline draws (the charts' code is left out too, timelineOnly.ts). The stylesheet is inlined in
 * index.html, so this is start-up bytes: about 1.6 kB gzipped. Read with lightningcss (Vite's own CSS
 * transformer), rule by rule: a rule goes only when every selector in it names one of those classes.
 */
import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

const VIS_CSS = /[\\/]vis-timeline[\\/]styles[\\/]vis-timeline-graph2d(\.min)?\.css$/;
/** Classes of Graph2d, the configurator and the rolling-mode button (never of Timeline's items or axis). */
export const UNUSED_CLASS =
  /^vis-(configuration|config-|data-axis|legend|graph-group|fill$|bar$|outline$|rolling-mode-btn$)/;

type Component = { type: string; name?: string };

/** Every selector of the rule names one of the unused classes. */
export const unusedRule = (selectors: readonly (readonly Component[])[]): boolean =>
  selectors.length > 0 &&
  selectors.every((sel) => sel.some((c) => c.type === 'class' && UNUSED_CLASS.test(c.name ?? '')));

export function timelineCssOnly(): Plugin {
  return {
    name: 'briefline:vis-timeline-css-only',
    enforce: 'pre',
    transform(code, id) {
      if (!VIS_CSS.test(id)) return undefined;
      let dropped = 0;
      const out = transform({
        filename: id,
        code: Buffer.from(code),
        visitor: {
          Rule: {
            style(rule) {
              if (!unusedRule(rule.value.selectors as readonly (readonly Component[])[])) return rule;
              dropped++;
              return [];
            },
          },
        },
      });
      // The stylesheet no longer looks as expected (vis-timeline is pinned): fail rather than ship it unknown.
      if (dropped < 20) this.error(`vis-timeline's CSS: only ${dropped} Graph2d rules found to leave out`);
      return { code: out.code.toString(), map: null };
    },
  };
}
