/**
 * A build plugin that leaves Graph2d (vis-timeline's line and bar charts, which Briefline never draws) out of
 * vis-timeline's esnext bundle. The bundle is one file exporting Graph2d, Timeline and the `timeline`
 * namespace; Graph2d's classes are wired up by top-level statements (`LineGraph.prototype = new Component()`,
 * `Bargraph.draw = …`) that a bundler must keep as side effects. This plugin reads the file's syntax tree,
 * drops those statements and exports only Timeline, so tree-shaking removes the charts' code. It also leaves
 * out the options editor (Configurator, its colour picker and colour names), which vis builds only for the
 * `configure` option we never set. Together about 20 kB gzipped less to download at start-up. It fails the
 * build when the file no longer looks as expected (vis-timeline is pinned to an exact version in package.json).
 */
import type { Plugin } from 'vite';

const VIS_TIMELINE_ESNEXT = /[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.m?js$/;
/** Graph2d and the classes only it uses. */
/** Timeline's one use of the options editor (Graph2d's own is among the statements dropped). */
const CONFIGURATOR = 'return new Configurator(this, this.dom.container, configureOptions);';
const NO_CONFIGURATOR = 'throw new Error("this build of vis-timeline has no configurator (timelineOnly)");';
const CHART_ONLY = new Set(['Graph2d', 'LineGraph', 'Legend', 'Bargraph', 'Line', 'Points', 'GraphGroup']);

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** The identifier a member chain such as `LineGraph.prototype._create` starts from. */
function rootName(node: Node): string | null {
  let n = node;
  while (n.type === 'MemberExpression') n = n.object as Node;
  return n.type === 'Identifier' ? (n.name as string) : null;
}

function isChartWiring(statement: Node): boolean {
  if (statement.type !== 'ExpressionStatement') return false;
  const e = statement.expression as Node;
  if (e.type !== 'AssignmentExpression') return false;
  const left = e.left as Node;
  return left.type === 'MemberExpression' && CHART_ONLY.has(rootName(left) ?? '');
}

export function timelineOnly(): Plugin {
  return {
    name: 'briefline:vis-timeline-only',
    apply: 'build',
    transform(code, id) {
      if (!VIS_TIMELINE_ESNEXT.test(id)) return null;
      const body = (this.parse(code) as unknown as { body: Node[] }).body;
      const cuts = body.filter(isChartWiring);
      const exports = body.filter((s) => s.type === 'ExportNamedDeclaration');
      const exported = exports.flatMap((s) =>
        ((s.specifiers as Node[] | undefined) ?? []).map((x) => (x.exported as Node).name as string),
      );
      if (
        code.split(CONFIGURATOR).length !== 2 ||
        cuts.length < 40 ||
        exports.length !== 1 ||
        !exported.includes('Timeline') ||
        !exported.includes('Graph2d')
      )
        this.error(`vis-timeline's bundle is not the one timelineOnly() was written for (${cuts.length} statements)`);
      let out = '';
      let at = 0;
      for (const s of [...cuts, ...exports].toSorted((a, b) => a.start - b.start)) {
        out += code.slice(at, s.start) + (s.type === 'ExportNamedDeclaration' ? 'export { Timeline };' : '');
        at = s.end;
      }
      return { code: (out + code.slice(at)).replace(CONFIGURATOR, NO_CONFIGURATOR), map: null };
    },
  };
}
