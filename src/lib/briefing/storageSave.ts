/**
 * Saving briefings (one key each, see storage.ts) and taking in what another tab wrote.
 * Only briefings that changed are written; a key holding text this tab cannot read, or that a
 * newer version wrote, is never written over; a full storage is reported, never thrown, and the
 * caller keeps its state in memory. Pure: storage is passed in.
 */
import type { Briefing } from './model';
import {
  briefingKey,
  idOfKey,
  INDEX_KEY,
  isQuotaError,
  KEY_PREFIX,
  LEGACY_KEY,
  migrateLegacy,
  readEntry,
  readIndex,
  serializeEntry,
  setAside,
  setAsideKey,
  STORAGE_VERSION,
  type StorageContext,
  type StorageLike,
} from './storage';

export interface SaveState {
  currentId: string | null;
  briefings: readonly Briefing[];
  /** Briefings shown but not kept (a shared presentation link's, until "Keep this briefing"). */
  unsaved?: ReadonlySet<string>;
}

export interface SaveResult {
  /** The browser refused a write because its storage is full (nothing else went wrong). */
  full: boolean;
  /** Other problems, as readable lines. */
  problems: string[];
}

function write(storage: StorageLike, key: string, text: string, r: SaveResult): boolean {
  try {
    storage.setItem(key, text);
    return true;
  } catch (e) {
    if (isQuotaError(e)) r.full = true;
    else r.problems.push(`Briefings could not be saved in this browser: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}

export function saveBriefings(storage: StorageLike, state: SaveState, ctx: StorageContext, now: number): SaveResult {
  const r: SaveResult = { full: false, problems: [] };
  const ids = new Set(state.briefings.map((b) => b.id));
  for (const b of state.briefings) {
    if (state.unsaved?.has(b.id)) continue;
    const key = briefingKey(b.id);
    const text = serializeEntry(b);
    if (ctx.known.get(b.id) === text || ctx.guarded.has(key)) continue;
    const stored = storage.getItem(key);
    if (stored !== null && stored !== ctx.known.get(b.id)) {
      // Someone else wrote this key since we last saw it: never write over what we cannot read.
      const entry = readEntry(stored, b.id);
      if (entry.kind === 'newer') {
        ctx.guarded.add(key);
        r.problems.push(
          `The briefing "${b.name}" was saved by a newer version of Briefline in another window; ` +
            'this window will not write over it (export it to keep this copy).',
        );
        continue;
      }
      if (entry.kind === 'unreadable') {
        r.problems.push(
          setAsideKey(storage, ctx, key, stored, `The saved copy of "${b.name}" could not be read (${entry.why})`, now),
        );
        if (ctx.guarded.has(key)) continue;
      }
    }
    if (write(storage, key, text, r)) ctx.known.set(b.id, text);
  }
  // Deleted here: remove the key only if it still holds what this tab last saw.
  for (const [id, text] of ctx.known) {
    if (ids.has(id)) continue;
    const key = briefingKey(id);
    if (storage.getItem(key) === text) {
      try {
        storage.removeItem(key);
      } catch {
        /* removing never needs space; a failure leaves the briefing saved, which loses nothing */
      }
    }
    ctx.known.delete(id);
  }
  if (!ctx.guarded.has(INDEX_KEY)) {
    const order = state.briefings.filter((b) => !state.unsaved?.has(b.id)).map((b) => b.id);
    const currentId = state.currentId !== null && state.unsaved?.has(state.currentId) ? null : state.currentId;
    const text = JSON.stringify({ version: STORAGE_VERSION, currentId, order });
    if (storage.getItem(INDEX_KEY) !== text) write(storage, INDEX_KEY, text, r);
  }
  return r;
}

export interface StorageChange {
  /** The briefings this tab should now hold, or null when nothing changes. */
  briefings: Briefing[] | null;
  problems: string[];
}

/**
 * Take in a `storage` event (another tab wrote `key`; null = storage was cleared). This tab keeps
 * every briefing it holds unless another tab saved a readable newer copy or deleted it; what it
 * cannot read is set aside and, once set aside, this tab's copy is written back by the next save.
 */
export function applyStorageChange(
  storage: StorageLike,
  ctx: StorageContext,
  memory: readonly Briefing[],
  key: string | null,
  now: number,
): StorageChange {
  if (key === null) {
    // Cleared: everything this tab holds is written again by the next save.
    ctx.known.clear();
    ctx.guarded.clear();
    return { briefings: [...memory], problems: [] };
  }
  if (key === LEGACY_KEY) {
    // An older version's tab wrote the old single key: move its briefings into their own keys.
    const m = migrateLegacy(storage, ctx, now);
    const added = m.briefings.filter((b) => !memory.some((x) => x.id === b.id));
    return { briefings: added.length ? [...memory, ...added] : null, problems: m.problems };
  }
  if (key === INDEX_KEY) {
    const problems: string[] = [];
    readIndex(storage, ctx, now, problems);
    return { briefings: null, problems };
  }
  const id = idOfKey(key);
  if (!key.startsWith(KEY_PREFIX) || id === null) return { briefings: null, problems: [] };
  const raw = storage.getItem(key);
  const mine = memory.find((b) => b.id === id);
  if (raw === null) {
    // Deleted in another tab: follow, unless it was never saved from here.
    const wasKnown = ctx.known.delete(id);
    ctx.guarded.delete(key);
    return { briefings: mine && wasKnown ? memory.filter((b) => b.id !== id) : null, problems: [] };
  }
  if (raw === ctx.known.get(id)) return { briefings: null, problems: [] };
  const entry = readEntry(raw, id);
  if (entry.kind === 'briefing') {
    ctx.known.set(id, raw);
    ctx.guarded.delete(key);
    return {
      briefings: mine ? memory.map((b) => (b.id === id ? entry.briefing : b)) : [...memory, entry.briefing],
      problems: [],
    };
  }
  const name = mine ? `"${mine.name}"` : `"${id}"`;
  if (entry.kind === 'newer') {
    ctx.guarded.add(key);
    const keep = mine ? ' This window keeps showing its copy and will not write over it; export it to keep it.' : '';
    return {
      briefings: null,
      problems: [`The briefing ${name} was saved by a newer version of Briefline in another window.${keep}`],
    };
  }
  ctx.known.delete(id);
  const what =
    `Another window wrote a copy of the briefing ${name} that cannot be read (${entry.why})` +
    (mine ? '; this window keeps its copy' : '');
  if (mine) {
    // Copy the unreadable text aside, then put this window's copy straight back (no moment without it).
    try {
      const aside = setAside(storage, raw, now);
      const text = serializeEntry(mine);
      try {
        storage.setItem(key, text);
        ctx.known.set(id, text);
      } catch {
        /* the next save tries again; the text is already set aside */
      }
      return { briefings: null, problems: [`${what}; the data was set aside under "${aside}".`] };
    } catch {
      ctx.guarded.add(key);
      return {
        briefings: null,
        problems: [
          `${what}; it could not be set aside (storage is full), so it is left as it is and not written over.`,
        ],
      };
    }
  }
  return { briefings: null, problems: [setAsideKey(storage, ctx, key, raw, what, now)] };
}
