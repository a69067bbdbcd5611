/**
 * Briefings kept in the browser (localStorage), versioned and validated on load.
 * A corrupt entry is never silently lost: it is copied, as it was, under
 * `briefline.briefings.corrupt.<timestamp>` and reported, and the valid briefings are kept.
 */
import { z } from 'zod';
import { briefingSchema, describeIssues, type Briefing } from './model';

export const STORAGE_KEY = 'briefline.briefings.v1';
export const CORRUPT_PREFIX = 'briefline.briefings.corrupt.';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface StoredBriefings {
  currentId: string | null;
  briefings: Briefing[];
}

const envelopeSchema = z.object({
  version: z.literal(1),
  currentId: z.string().nullable(),
  briefings: z.array(z.unknown()),
});

export interface LoadResult extends StoredBriefings {
  /** One readable message per problem, naming where the damaged data was set aside. */
  problems: string[];
}

function setAside(storage: StorageLike, raw: string, now: number): string {
  let key = `${CORRUPT_PREFIX}${now}`;
  for (let n = 2; storage.getItem(key) !== null; n++) key = `${CORRUPT_PREFIX}${now}-${n}`;
  storage.setItem(key, raw);
  return key;
}

export function loadBriefings(storage: StorageLike, now: number): LoadResult {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return { currentId: null, briefings: [], problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    const key = setAside(storage, raw, now);
    storage.setItem(STORAGE_KEY, serializeBriefings({ currentId: null, briefings: [] }));
    return { currentId: null, briefings: [], problems: [`Saved briefings could not be read (not JSON); the data was set aside under "${key}".`] };
  }
  const env = envelopeSchema.safeParse(parsed);
  if (!env.success) {
    const key = setAside(storage, raw, now);
    storage.setItem(STORAGE_KEY, serializeBriefings({ currentId: null, briefings: [] }));
    return {
      currentId: null,
      briefings: [],
      problems: [`Saved briefings have an unknown layout (${describeIssues(env.error).join('; ')}); the data was set aside under "${key}".`],
    };
  }
  const briefings: Briefing[] = [];
  const bad: unknown[] = [];
  const problems: string[] = [];
  env.data.briefings.forEach((entry, i) => {
    const r = briefingSchema.safeParse(entry);
    if (r.success && !briefings.some((b) => b.id === r.data.id)) briefings.push(r.data);
    else {
      bad.push(entry);
      const name = typeof (entry as { name?: unknown })?.name === 'string' ? ` "${(entry as { name: string }).name}"` : '';
      const why = r.success ? `duplicate id "${r.data.id}"` : describeIssues(r.error).slice(0, 3).join('; ');
      problems.push(`Saved briefing ${i + 1}${name} is damaged (${why})`);
    }
  });
  if (bad.length) {
    const key = setAside(storage, JSON.stringify(bad), now);
    for (let i = 0; i < problems.length; i++) problems[i] += `; it was set aside under "${key}".`;
  }
  const currentId = briefings.some((b) => b.id === env.data.currentId) ? env.data.currentId : (briefings[0]?.id ?? null);
  if (bad.length) storage.setItem(STORAGE_KEY, serializeBriefings({ currentId, briefings }));
  return { currentId, briefings, problems };
}

export function serializeBriefings(state: StoredBriefings): string {
  return JSON.stringify({ version: 1, currentId: state.currentId, briefings: state.briefings });
}

/** Save; returns an error message instead of throwing when storage is full or unavailable. */
export function saveBriefings(storage: StorageLike, state: StoredBriefings): string | null {
  try {
    storage.setItem(STORAGE_KEY, serializeBriefings(state));
    return null;
  } catch (e) {
    return `Briefings could not be saved in this browser: ${e instanceof Error ? e.message : String(e)}`;
  }
}
