/**
 * The layers point one way (issue 12 §4), checked over the import graph of src/ (every static,
 * dynamic and type-only import, read by TypeScript's own pre-processor):
 *
 *   main.tsx, App.tsx, lazyRegions.tsx   the page: composes the regions
 *   components/<region>/                 one region; may show another region's component (.tsx)
 *                                        but never uses its hooks or helpers
 *   components/common/                   helpers and widgets shared by regions
 *   app/                                 connects the store to the outside (address, storage,
 *                                        database, BroadcastChannel, printing), derived views, actions
 *   store/                               the state
 *   lib/                                 pure TypeScript, shared with the CLI
 *
 * A module may import its own layer and the layers below it, never one above, and no chain of
 * imports may lead back to where it started.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname);
const RANK = { lib: 0, store: 1, app: 2, common: 3, region: 4, page: 5 } as const;
type Layer = keyof typeof RANK;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

function layerOf(file: string): { layer: Layer; region?: string } {
  const [top, sub] = relative(SRC, file).split('/');
  if (top === 'lib' || top === 'store' || top === 'app') return { layer: top };
  if (top === 'components') return sub === 'common' ? { layer: 'common' } : { layer: 'region', region: sub };
  if (top === 'styles') return { layer: 'lib' };
  return { layer: 'page' };
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const p of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      // try the next spelling
    }
  }
  return null;
}

const graph = new Map<string, string[]>();
for (const f of files(SRC)) {
  const { importedFiles } = ts.preProcessFile(readFileSync(f, 'utf8'), true, true);
  const targets = importedFiles.map((i) => resolveImport(f, i.fileName)).filter((p): p is string => p !== null);
  graph.set(
    f,
    targets.filter((t) => /\.(ts|tsx)$/.test(t)),
  );
}
const rel = (p: string) => relative(SRC, p);

/** Every chain of imports that leads back to where it started (depth-first, one per back edge). */
function findCycles(g: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    path.push(f);
    for (const t of g.get(f) ?? []) {
      if (state.get(t) === 'open') cycles.push([...path.slice(path.indexOf(t)), t]);
      else if (!state.has(t)) visit(t);
    }
    path.pop();
    state.set(f, 'done');
  };
  for (const f of g.keys()) if (!state.has(f)) visit(f);
  return cycles;
}

describe('import graph of src/', () => {
  it('reads the whole tree', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get(join(SRC, 'App.tsx'))?.length).toBeGreaterThan(5);
  });

  it('has no upward import and no use of another region’s hooks or helpers', () => {
    const wrong: string[] = [];
    for (const [from, targets] of graph) {
      const a = layerOf(from);
      for (const to of targets) {
        const b = layerOf(to);
        if (RANK[b.layer] > RANK[a.layer]) wrong.push(`${rel(from)} (${a.layer}) imports ${rel(to)} (${b.layer})`);
        const otherRegion = a.layer === 'region' && b.layer === 'region' && a.region !== b.region;
        if (otherRegion && !/\/[A-Z][^/]*\.tsx$/.test(to)) {
          wrong.push(`${rel(from)} uses ${rel(to)}, a helper of the ${b.region} region`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(findCycles(graph).map((c) => c.map(rel).join(' → '))).toEqual([]);
  });

  it('would see a cycle and an upward import', () => {
    const [lib, store] = [join(SRC, 'lib/a.ts'), join(SRC, 'store/b.ts')];
    expect(
      findCycles(
        new Map([
          [lib, [store]],
          [store, [lib]],
        ]),
      ),
    ).toEqual([[lib, store, lib]]);
    expect(RANK[layerOf(store).layer] > RANK[layerOf(lib).layer]).toBe(true);
  });
});
