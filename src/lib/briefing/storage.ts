/**
 * Briefings kept in the browser (localStorage), one key per briefing so that one bad write cannot
 * take the others with it:
 *   briefline.briefing.v2.<id>     {"version":2,"briefing":{...}}     one briefing
 *   briefline.briefings.v2         {"version":2,"currentId","order"}  which is open, in what order
 *   briefline.briefings.corrupt.<time>                                 what could not be read, as it was
 * The old single key briefline.briefings.v1 is migrated on load (and whenever an older tab writes it).
 *
 * Nothing is lost: what cannot be read is copied aside, as it was, before its key is reused; if it
 * cannot be copied (storage full) the key is guarded and never written. What a newer version wrote is
 * left exactly as it is and never written over. Saving is in src/lib/briefing/storageSave.ts.
 */
import { z } from '../zodMini';
import { briefingSchema, BRIEFING_VERSION, describeIssues, type Briefing } from './model';
import { STATE_TABLE } from '../appState';

export const STORAGE_VERSION = 2;
/** Both keys are the state table's rows for briefings (src/lib/appState.ts). */
export const KEY_PREFIX: string = STATE_TABLE.briefings.key;
export const INDEX_KEY: string = STATE_TABLE.currentBriefingId.key;
export const LEGACY_KEY = 'briefline.briefings.v1';
export const CORRUPT_PREFIX = 'briefline.briefings.corrupt.';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** What this tab knows of storage: the text it last read or wrote per briefing, and keys it must never write. */
export interface StorageContext {
  known: Map<string, string>;
  guarded: Set<string>;
}

export const newContext = (): StorageContext => ({ known: new Map(), guarded: new Set() });

export type Entry =
  { kind: 'briefing'; briefing: Briefing } | { kind: 'newer'; version: number } | { kind: 'unreadable'; why: string };

export const briefingKey = (id: string) => `${KEY_PREFIX}${id}`;
export const idOfKey = (key: string) => (key.startsWith(KEY_PREFIX) ? key.slice(KEY_PREFIX.length) : null);

export function serializeEntry(b: Briefing): string {
  return JSON.stringify({ version: STORAGE_VERSION, briefing: b });
}

const versionOf = (v: unknown) =>
  typeof v === 'object' && v !== null && typeof (v as { version?: unknown }).version === 'number'
    ? (v as { version: number }).version
    : null;

/** Read one briefing key's text. */
export function readEntry(raw: string, id: string | null): Entry {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', why: 'not JSON' };
  }
  const version = versionOf(parsed);
  if (version !== null && version > STORAGE_VERSION) return { kind: 'newer', version };
  if (version !== STORAGE_VERSION) return { kind: 'unreadable', why: 'unknown layout' };
  const inner = (parsed as { briefing?: unknown }).briefing;
  const innerVersion = versionOf(inner);
  if (innerVersion !== null && innerVersion > BRIEFING_VERSION) return { kind: 'newer', version: innerVersion };
  const r = briefingSchema.safeParse(inner);
  if (!r.success) return { kind: 'unreadable', why: describeIssues(r.error).slice(0, 3).join('; ') };
  if (id !== null && r.data.id !== id)
    return { kind: 'unreadable', why: `its id "${r.data.id}" is not the one in its key` };
  return { kind: 'briefing', briefing: r.data };
}

/** Copy text aside under a new corrupt key (never over an earlier copy); throws when storage refuses. */
export function setAside(storage: StorageLike, raw: string, now: number): string {
  let key = `${CORRUPT_PREFIX}${now}`;
  for (let n = 2; storage.getItem(key) !== null; n++) key = `${CORRUPT_PREFIX}${now}-${n}`;
  storage.setItem(key, raw);
  return key;
}

export function isQuotaError(e: unknown): boolean {
  const name = typeof e === 'object' && e !== null ? (e as { name?: unknown }).name : undefined;
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

const label = (id: string) => `Saved briefing "${id}"`;

/**
 * Set aside a key's unreadable text and free the key; if storage refuses the copy, guard the key
 * instead (it is then left exactly as it is). Returns the message for the user.
 */
export function setAsideKey(
  storage: StorageLike,
  ctx: StorageContext,
  key: string,
  raw: string,
  what: string,
  now: number,
): string {
  try {
    const aside = setAside(storage, raw, now);
    storage.removeItem(key);
    ctx.guarded.delete(key);
    return `${what}; the data was set aside under "${aside}".`;
  } catch {
    ctx.guarded.add(key);
    return `${what}; it could not be set aside (storage is full), so it is left as it is and not written over.`;
  }
}

function allKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k !== null) keys.push(k);
  }
  return keys;
}

export interface LoadResult {
  currentId: string | null;
  briefings: Briefing[];
  /** One readable message per problem, naming where damaged data was set aside. */
  problems: string[];
}

const indexSchema = z.object({
  version: z.literal(STORAGE_VERSION),
  currentId: z.nullable(z.string()),
  order: z.array(z.string()),
});
const legacySchema = z.object({
  version: z.literal(1),
  currentId: z.nullable(z.string()),
  briefings: z.array(z.unknown()),
});

/** Read one briefing key into `out` (or guard / set it aside). */
function loadKey(
  storage: StorageLike,
  ctx: StorageContext,
  key: string,
  out: Briefing[],
  problems: string[],
  now: number,
): void {
  const id = idOfKey(key);
  const raw = storage.getItem(key);
  if (id === null || raw === null) return;
  const entry = readEntry(raw, id);
  if (entry.kind === 'briefing') {
    out.push(entry.briefing);
    ctx.known.set(id, raw);
  } else if (entry.kind === 'newer') {
    ctx.guarded.add(key);
    problems.push(
      `${label(id)} was saved by a newer version of Briefline (format ${entry.version}); ` +
        'it is kept as it is and not shown here.',
    );
  } else problems.push(setAsideKey(storage, ctx, key, raw, `${label(id)} could not be read (${entry.why})`, now));
}

/**
 * Move the old single key (v1) into one key per briefing. A briefing that already has its own key
 * keeps it. Damaged entries are set aside; the old key is removed only when everything in it is safe.
 */
export function migrateLegacy(
  storage: StorageLike,
  ctx: StorageContext,
  now: number,
): { briefings: Briefing[]; currentId: string | null; problems: string[] } {
  const none = { briefings: [], currentId: null, problems: [] };
  const raw = storage.getItem(LEGACY_KEY);
  if (raw === null) return none;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {
      ...none,
      problems: [setAsideKey(storage, ctx, LEGACY_KEY, raw, 'Saved briefings could not be read (not JSON)', now)],
    };
  }
  const env = legacySchema.safeParse(parsed);
  if (!env.success) {
    const why = `Saved briefings have an unknown layout (${describeIssues(env.error).join('; ')})`;
    return { ...none, problems: [setAsideKey(storage, ctx, LEGACY_KEY, raw, why, now)] };
  }
  const briefings: Briefing[] = [];
  const bad: unknown[] = [];
  const problems: string[] = [];
  env.data.briefings.forEach((entry, i) => {
    const r = briefingSchema.safeParse(entry);
    if (r.success && !briefings.some((b) => b.id === r.data.id)) briefings.push(r.data);
    else {
      bad.push(entry);
      const name =
        typeof (entry as { name?: unknown })?.name === 'string' ? ` "${(entry as { name: string }).name}"` : '';
      const why = r.success ? `duplicate id "${r.data.id}"` : describeIssues(r.error).slice(0, 3).join('; ');
      problems.push(`Saved briefing ${i + 1}${name} is damaged (${why})`);
    }
  });
  try {
    if (bad.length) {
      const key = setAside(storage, JSON.stringify(bad), now);
      for (let i = 0; i < problems.length; i++) problems[i] += `; it was set aside under "${key}".`;
    }
    const moved: Briefing[] = [];
    for (const b of briefings) {
      const key = briefingKey(b.id);
      if (storage.getItem(key) !== null) continue; // its own key is newer than the old list
      const text = serializeEntry(b);
      storage.setItem(key, text);
      ctx.known.set(b.id, text);
      moved.push(b);
    }
    storage.removeItem(LEGACY_KEY);
    return { briefings: moved, currentId: env.data.currentId, problems };
  } catch {
    problems.push(
      'Saved briefings could not be moved to the new layout (storage is full); they are kept under the old key.',
    );
    ctx.guarded.add(LEGACY_KEY);
    return { briefings, currentId: env.data.currentId, problems };
  }
}

/** Read the index (which briefing is open, the order); unreadable is set aside, newer is guarded. */
export function readIndex(
  storage: StorageLike,
  ctx: StorageContext,
  now: number,
  problems: string[],
): { currentId: string | null; order: string[] } | null {
  const raw = storage.getItem(INDEX_KEY);
  if (raw === null) return null;
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(raw);
  } catch {
    /* set aside below */
  }
  const version = versionOf(parsed);
  if (version !== null && version > STORAGE_VERSION) {
    ctx.guarded.add(INDEX_KEY);
    return null;
  }
  const r = indexSchema.safeParse(parsed);
  if (r.success) return { currentId: r.data.currentId, order: r.data.order };
  problems.push(setAsideKey(storage, ctx, INDEX_KEY, raw, 'The list of saved briefings could not be read', now));
  return null;
}

/** Load every saved briefing (migrating the old key); never throws, never drops readable data. */
export function loadBriefings(storage: StorageLike, now: number, ctx: StorageContext = newContext()): LoadResult {
  const problems: string[] = [];
  const briefings: Briefing[] = [];
  for (const key of allKeys(storage))
    if (key.startsWith(KEY_PREFIX)) loadKey(storage, ctx, key, briefings, problems, now);
  const legacy = migrateLegacy(storage, ctx, now);
  problems.push(...legacy.problems);
  for (const b of legacy.briefings) if (!briefings.some((x) => x.id === b.id)) briefings.push(b);
  const index = readIndex(storage, ctx, now, problems);
  const order = index?.order ?? [];
  const rank = (b: Briefing) => (order.includes(b.id) ? order.indexOf(b.id) : order.length);
  briefings.sort((a, b) => rank(a) - rank(b) || a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id));
  const wanted = index?.currentId ?? legacy.currentId;
  const currentId = briefings.some((b) => b.id === wanted) ? wanted : (briefings[0]?.id ?? null);
  return { currentId, briefings, problems };
}
