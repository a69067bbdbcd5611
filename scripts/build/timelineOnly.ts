/**
 * A build plugin that leaves Graph2d (vis-timeline's line and bar charts, which Briefline never draws) out of
 * vis-timeline's esnext bundle. The bundle is one file exporting Graph2d, Timeline and the `timeline`
 * namespace; Graph2d's classes are wired up by top-level statements (`LineGraph.prototype = new Component()`,
 * `Bargraph.draw = …`) that a bundler must keep as side effects. This plugin reads the file's syntax tree,
 * drops those statements and exports only Timeline, so tree-shaking removes the charts' code. It also leaves
 * out the options editor (Configurator, its colour picker and colour names), which vis builds only for the
 * `configure` option we never set. Together about 20 kB gzipped less to download at start-up.
 *
 * vis-timeline also copies all of vis-util into its `availableUtils` object (`...util`), which keeps every
 * vis-util export, among them vis-util's own Activator, ColorPicker, Configurator, Popup and Validator, of which
 * vis-timeline has copies of its own. The plugin lists the vis-util functions vis-timeline reads from that object
 * by name instead, and drops the top-level statements that wire up vis-util's unused Activator (and its export),
 * so tree-shaking removes the rest: about 9 kB gzipped less. It fails the build when either file no longer looks
 * as expected (vis-timeline and vis-data, which pins vis-util, are pinned to exact versions in package.json).
 */
import type { Plugin, Rollup } from 'vite';

const VIS_TIMELINE_ESNEXT = /[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.m?js$/;
const VIS_UTIL_ESNEXT = /[\\/]vis-util[\\/]esnext[\\/]esm[\\/]vis-util\.m?js$/;
/**
 * Code of Timeline's that Briefline never runs, each cut where Timeline starts it (Graph2d's own uses are among the
 * statements dropped), so that what only it uses goes too: the options editor (`configure`), the click-to-use
 * overlay (`clickToUse`, with keycharm) and the check of the options against vis's option schema, which only logs
 * when an option is misspelt (ours are typed by vis-timeline's TimelineOptions and fixed in controller.ts).
 */
const CUT_IN_TIMELINE: readonly { what: string; code: string; instead: string }[] = [
  {
    what: 'its configurator',
    code: 'return new Configurator(this, this.dom.container, configureOptions);',
    instead: 'throw new Error("this build of vis-timeline has no configurator (timelineOnly)");',
  },
  {
    what: 'its click-to-use overlay',
    code: 'this.activator = new Activator(this.dom.root);',
    instead: 'throw new Error("this build of vis-timeline has no clickToUse (timelineOnly)");',
  },
  {
    what: 'its options check',
    code: [
      'let errorFound = Validator.validate(options, allOptions);',
      '',
      '    if (errorFound === true) {',
      '      console.log(',
      '        "%cErrors have been found in the supplied options object.",',
      '        printStyle,',
      '      );',
      '    }',
    ].join('\n'),
    instead: '// (options not checked against their schema in this build: timelineOnly)',
  },
];
/** Graph2d and the classes only it uses. */
const CHART_ONLY = new Set(['Graph2d', 'LineGraph', 'Legend', 'Bargraph', 'Line', 'Points', 'GraphGroup']);
/** vis-timeline's object of helpers: all of vis-util, spread, and two of its own (plus an `xss` getter). */
const ALL_UTILS = 'const availableUtils = {\n  ...util,\n  convert,\n  setupXSSProtection,\n};';
const OWN_UTILS = new Set(['convert', 'setupXSSProtection', 'xss']);
/** vis-util's Activator (click-to-use overlay): vis-timeline uses its own copy. */
const VIS_UTIL_ACTIVATOR = new Set(['Activator$1']);
const ACTIVATOR_EXPORT = 'export { Activator, ';

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

/** `X.y = …` or `f(X.prototype)` at the top level, for an X among `names`. */
function isWiringOf(names: ReadonlySet<string>, statement: Node): boolean {
  if (statement.type !== 'ExpressionStatement') return false;
  const e = statement.expression as Node;
  if (e.type === 'CallExpression') {
    const args = e.arguments as Node[];
    return args.length === 1 && args[0]?.type === 'MemberExpression' && names.has(rootName(args[0]) ?? '');
  }
  if (e.type !== 'AssignmentExpression') return false;
  const left = e.left as Node;
  return left.type === 'MemberExpression' && names.has(rootName(left) ?? '');
}

/** The code with the given top-level statements cut out (`replace` says what stands in for one). */
function cutStatements(code: string, cuts: Node[], replace: (s: Node) => string = () => ''): string {
  let out = '';
  let at = 0;
  for (const s of cuts.toSorted((a, b) => a.start - b.start)) {
    out += code.slice(at, s.start) + replace(s);
    at = s.end;
  }
  return out + code.slice(at);
}

/** `availableUtils` with the vis-util functions vis-timeline reads from it by name, instead of all of vis-util. */
function utilsByName(code: string, fail: (why: string) => never): string {
  const uses = [...code.matchAll(/\bavailableUtils\b(\s*\.\s*([A-Za-z_$][\w$]*))?/g)];
  // besides the definition and `Object.defineProperty(availableUtils, "xss", …)`, only reads of one name
  const whole = uses.filter((m) => m[2] === undefined).length;
  if (
    code.split(ALL_UTILS).length !== 2 ||
    whole !== 2 ||
    !code.includes('Object.defineProperty(availableUtils, "xss"')
  )
    fail('its availableUtils object');
  const names = [...new Set(uses.map((m) => m[2]).filter((n) => n !== undefined && !OWN_UTILS.has(n)))].toSorted();
  const listed = names.map((n) => `  ${n}: util.${n},\n`).join('');
  return code.replace(ALL_UTILS, `const availableUtils = {\n${listed}  convert,\n  setupXSSProtection,\n};`);
}

function notAsWrittenFor(ctx: Rollup.TransformPluginContext, file: string) {
  return (what: string): never => ctx.error(`${file} is not the one timelineOnly() was written for (${what})`);
}

function timelineWithoutCharts(ctx: Rollup.TransformPluginContext, code: string): string {
  const fail = notAsWrittenFor(ctx, "vis-timeline's bundle");
  const body = (ctx.parse(code) as unknown as { body: Node[] }).body;
  const cuts = body.filter((s) => isWiringOf(CHART_ONLY, s));
  const exports = body.filter((s) => s.type === 'ExportNamedDeclaration');
  const exported = exports.flatMap((s) =>
    ((s.specifiers as Node[] | undefined) ?? []).map((x) => (x.exported as Node).name as string),
  );
  if (cuts.length < 40) fail(`${cuts.length} statements`);
  if (exports.length !== 1 || !exported.includes('Timeline') || !exported.includes('Graph2d')) fail('its exports');
  let out = cutStatements(code, [...cuts, ...exports], (s) =>
    s.type === 'ExportNamedDeclaration' ? 'export { Timeline };' : '',
  );
  for (const cut of CUT_IN_TIMELINE) {
    if (out.split(cut.code).length !== 2) fail(cut.what);
    out = out.replace(cut.code, cut.instead);
  }
  return utilsByName(out, fail);
}

function utilWithoutActivator(ctx: Rollup.TransformPluginContext, code: string): string {
  const fail = notAsWrittenFor(ctx, "vis-util's bundle");
  const body = (ctx.parse(code) as unknown as { body: Node[] }).body;
  const cuts = body.filter((s) => isWiringOf(VIS_UTIL_ACTIVATOR, s));
  if (cuts.length !== 6) fail(`${cuts.length} Activator statements`);
  if (code.split(ACTIVATOR_EXPORT).length !== 2) fail('its exports');
  // without the export, a module that imports vis-util's Activator fails the build instead of getting a broken one
  return cutStatements(code, cuts).replace(ACTIVATOR_EXPORT, 'export { ');
}

export function timelineOnly(): Plugin {
  return {
    name: 'briefline:vis-timeline-only',
    apply: 'build',
    transform(code, id) {
      if (VIS_TIMELINE_ESNEXT.test(id)) return { code: timelineWithoutCharts(this, code), map: null };
      if (VIS_UTIL_ESNEXT.test(id)) return { code: utilWithoutActivator(this, code), map: null };
      return null;
    },
  };
}
