import { describe, expect, it } from 'vitest';
import { fixtureData } from './__fixtures__/data';
import { createBriefing } from './edit';
import { EMPTY_FILTERS } from './model';
import { CORRUPT_PREFIX, loadBriefings, saveBriefings, serializeBriefings, STORAGE_KEY, type StorageLike } from './storage';
import { briefingFileName, briefingToFile, parseBriefingFile } from './file';

class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}
const data = fixtureData();
const b = createBriefing({ id: 'b1', name: 'Cabinet', visibleEvents: data.events, filters: EMPTY_FILTERS, now: 'x' });

describe('briefing storage', () => {
  it('round-trips through storage', () => {
    const s = new MemoryStorage();
    expect(saveBriefings(s, { currentId: 'b1', briefings: [b] })).toBeNull();
    const r = loadBriefings(s, 1);
    expect(r).toEqual({ currentId: 'b1', briefings: [b], problems: [] });
  });
  it('is empty without a saved entry', () => {
    expect(loadBriefings(new MemoryStorage(), 1)).toEqual({ currentId: null, briefings: [], problems: [] });
  });
  it('sets aside text that is not JSON and reports it', () => {
    const s = new MemoryStorage();
    s.setItem(STORAGE_KEY, '{broken');
    const r = loadBriefings(s, 42);
    expect(r.briefings).toEqual([]);
    expect(r.problems[0]).toContain(`${CORRUPT_PREFIX}42`);
    expect(s.getItem(`${CORRUPT_PREFIX}42`)).toBe('{broken');
  });
  it('sets aside an unknown layout', () => {
    const s = new MemoryStorage();
    s.setItem(STORAGE_KEY, JSON.stringify({ version: 9 }));
    const r = loadBriefings(s, 7);
    expect(r.problems).toHaveLength(1);
    expect(s.getItem(`${CORRUPT_PREFIX}7`)).toBe(JSON.stringify({ version: 9 }));
  });
  it('keeps valid briefings and sets aside only the damaged one, never overwriting an earlier copy', () => {
    const s = new MemoryStorage();
    s.setItem(`${CORRUPT_PREFIX}5`, 'earlier');
    const damaged = { ...b, id: 'b2', name: 'Damaged', steps: [{ kind: 'event', eventId: 'BAD ID', talkingPoints: '' }] };
    s.setItem(STORAGE_KEY, JSON.stringify({ version: 1, currentId: 'b2', briefings: [b, damaged] }));
    const r = loadBriefings(s, 5);
    expect(r.briefings).toEqual([b]);
    expect(r.currentId).toBe('b1');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toContain('"Damaged"');
    expect(r.problems[0]).toContain(`${CORRUPT_PREFIX}5-2`);
    expect(s.getItem(`${CORRUPT_PREFIX}5`)).toBe('earlier');
    expect(JSON.parse(s.getItem(`${CORRUPT_PREFIX}5-2`) ?? '')).toEqual([damaged]);
    expect(s.getItem(STORAGE_KEY)).toBe(serializeBriefings({ currentId: 'b1', briefings: [b] }));
  });
  it('reports a full storage instead of throwing', () => {
    const s: StorageLike = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(saveBriefings(s, { currentId: null, briefings: [] })).toContain('QuotaExceededError');
  });
});

describe('briefing file', () => {
  it('exports and imports the same briefing', () => {
    const r = parseBriefingFile(briefingToFile(b), 'c.json');
    expect(r).toEqual({ ok: true, briefing: b });
    expect(briefingFileName(b)).toBe('cabinet.briefing.json');
  });
  it('lists every problem with the step', () => {
    const bad = { format: 'briefline-briefing', version: 1, briefing: { ...b, name: '', steps: [{ kind: 'event', eventId: 'Bad', talkingPoints: 1 }] } };
    const r = parseBriefingFile(JSON.stringify(bad), 'bad.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['briefing.name', 'briefing.steps.0.eventId', 'briefing.steps.0.talkingPoints']));
      expect(r.problems.find((p) => p.field === 'briefing.steps.0.eventId')?.id).toBe('step 1');
    }
    const notJson = parseBriefingFile('nope', 'x.json');
    expect(notJson.ok).toBe(false);
  });
});
