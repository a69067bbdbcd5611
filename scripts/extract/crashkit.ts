/**
 * Helpers for the fault-injection tests: an output folder holding an older published state plus what
 * interrupted runs leave, a data change that touches events.json and two article texts, and a
 * judgement of what an output folder publishes (the old state whole, the new one whole, or neither).
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { findLeftovers } from './published.ts';
import { plan } from './run.ts';
import type { Sandbox } from './testkit.ts';

export interface State {
  events: Buffer;
  texts: Map<string, Buffer>;
}

/** Leftovers of earlier interrupted runs, each kind once: a temporary file, an old text, an old version's folder. */
export const PLANTED = [
  '.extract-99999-events.json',
  '.extract-tmp-123-1700000000000',
  'sources/gone-2019-01-01.0123456789abcdef.txt',
];

/**
 * Publishes the current data (the old state), plants PLANTED, changes the data (the new state), and
 * returns both states with a pristine copy of the old folder to restore before each faulty run.
 */
export function prepareChange(sb: Sandbox): { old: State; next: State; pristine: string } {
  const first = sb.run();
  expect(first.code, first.stderr).toBe(0);
  const old = expectedState(sb);
  writeFileSync(join(sb.out, PLANTED[0]!), '{"half": ');
  mkdirSync(join(sb.out, PLANTED[1]!, 'sources'), { recursive: true });
  writeFileSync(join(sb.out, PLANTED[1]!, 'events.json'), '{}');
  writeFileSync(join(sb.out, PLANTED[2]!), 'an older generation');
  // two articles change (appended text keeps every offset), and so does events.json
  appendFileSync(join(sb.data, 'articles', 'ndtv-2020-07-24.txt'), '\nUpdated later.\n');
  appendFileSync(join(sb.data, 'articles', 'outlook-2022-06-03.txt'), '\nCorrected.\n');
  const next = expectedState(sb);
  expect(next.events.equals(old.events)).toBe(false);
  const pristine = join(sb.root, 'pristine');
  cpSync(sb.out, pristine, { recursive: true });
  return { old, next, pristine };
}

/** What extract would publish from the sandbox's data right now. */
export function expectedState(sb: Sandbox): State {
  const p = plan(sb.data);
  if (!p.ok) throw new Error(p.problems.map((x) => x.message).join('\n'));
  const texts = new Map([...p.files].filter(([rel]) => rel !== 'events.json'));
  return { events: p.files.get('events.json')!, texts };
}

export function restore(sb: Sandbox, pristine: string): void {
  rmSync(sb.out, { recursive: true, force: true });
  cpSync(pristine, sb.out, { recursive: true });
}

export type Published = 'old' | 'new' | 'neither';

/** Which state the folder publishes: events.json is one state's, and every text it names is there with its SHA-256. */
export function published(out: string, old: State, next: State): Published {
  let events: Buffer;
  try {
    events = readFileSync(join(out, 'events.json'));
  } catch {
    return 'neither';
  }
  const state = events.equals(old.events) ? 'old' : events.equals(next.events) ? 'new' : 'neither';
  if (state === 'neither') return state;
  const doc = JSON.parse(events.toString('utf8')) as { sources: { text: string; sha256: string }[] };
  for (const s of doc.sources) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(out, '..', s.text));
    } catch {
      return 'neither';
    }
    if (createHash('sha256').update(bytes).digest('hex') !== s.sha256) return 'neither';
  }
  return state;
}

export const leftovers = (out: string) => findLeftovers(out);
