import { describe, expect, it } from 'vitest';
import { b1, b2 } from './__fixtures__/briefings';
import { MemoryStorage } from './__fixtures__/memoryStorage';
import {
  briefingKey,
  CORRUPT_PREFIX,
  INDEX_KEY,
  LEGACY_KEY,
  loadBriefings,
  newContext,
  serializeEntry,
} from './storage';
import { applyStorageChange, saveBriefings } from './storageSave';

const state = (briefings = [b1, b2], currentId: string | null = 'b1') => ({ currentId, briefings });

describe('saving briefings', () => {
  it('writes one key per briefing and the index, and nothing when nothing changed', () => {
    const s = new MemoryStorage();
    const ctx = newContext();
    expect(saveBriefings(s, state(), ctx, 1)).toEqual({ full: false, problems: [] });
    expect(s.getItem(briefingKey('b1'))).toBe(serializeEntry(b1));
    expect(JSON.parse(s.getItem(INDEX_KEY)!)).toEqual({ version: 2, currentId: 'b1', order: ['b1', 'b2'] });
    let writes = 0;
    const set = s.setItem.bind(s);
    s.setItem = (k, v) => (writes++, set(k, v));
    saveBriefings(s, state(), ctx, 2);
    expect(writes).toBe(0);
    expect(loadBriefings(s, 3).briefings).toEqual([b1, b2]);
  });
  it('full storage is reported, never thrown; the next save after space frees writes everything', () => {
    const s = new MemoryStorage();
    const ctx = newContext();
    s.full = true;
    expect(saveBriefings(s, state(), ctx, 1)).toEqual({ full: true, problems: [] });
    expect(s.getItem(briefingKey('b1'))).toBeNull();
    s.full = false;
    expect(saveBriefings(s, state(), ctx, 2).full).toBe(false);
    expect(loadBriefings(s, 3).briefings).toEqual([b1, b2]);
  });
  it('never writes over what another window wrote that this one cannot read: sets it aside first', () => {
    const s = new MemoryStorage();
    const ctx = newContext();
    saveBriefings(s, state(), ctx, 1);
    s.map.set(briefingKey('b1'), 'written by someone else');
    const renamed = { ...b1, name: 'Renamed' };
    const r = saveBriefings(s, state([renamed, b2]), ctx, 9);
    expect(r.problems[0]).toContain(`set aside under "${CORRUPT_PREFIX}9"`);
    expect(s.getItem(`${CORRUPT_PREFIX}9`)).toBe('written by someone else');
    expect(s.getItem(briefingKey('b1'))).toBe(serializeEntry(renamed));
  });
  it('never writes over what a newer version wrote', () => {
    const s = new MemoryStorage();
    const ctx = newContext();
    saveBriefings(s, state(), ctx, 1);
    const newer = JSON.stringify({ version: 3, briefing: {} });
    s.map.set(briefingKey('b1'), newer);
    const r = saveBriefings(s, state([{ ...b1, name: 'Mine' }, b2]), ctx, 2);
    expect(r.problems[0]).toContain('newer version');
    expect(s.getItem(briefingKey('b1'))).toBe(newer);
  });
  it('a deleted briefing is removed only if its key still holds what this window saw', () => {
    const s = new MemoryStorage();
    const ctx = newContext();
    saveBriefings(s, state(), ctx, 1);
    saveBriefings(s, state([b1]), ctx, 2);
    expect(s.getItem(briefingKey('b2'))).toBeNull();
    const other = newContext();
    saveBriefings(s, state([b1, b2]), other, 3);
    s.map.set(briefingKey('b2'), serializeEntry({ ...b2, name: 'Changed elsewhere' }));
    saveBriefings(s, state([b1]), other, 4);
    expect(s.getItem(briefingKey('b2'))).not.toBeNull();
  });
  it("a shared link's briefing is not saved until kept", () => {
    const s = new MemoryStorage();
    const ctx = newContext();
    saveBriefings(s, { ...state(), currentId: 'b2', unsaved: new Set(['b2']) }, ctx, 1);
    expect(s.getItem(briefingKey('b2'))).toBeNull();
    expect(JSON.parse(s.getItem(INDEX_KEY)!)).toEqual({ version: 2, currentId: null, order: ['b1'] });
    saveBriefings(s, { ...state(), currentId: 'b2', unsaved: new Set() }, ctx, 2);
    expect(s.getItem(briefingKey('b2'))).toBe(serializeEntry(b2));
  });
});

const setup = () => {
  const s = new MemoryStorage();
  const ctx = newContext();
  saveBriefings(s, state(), ctx, 1);
  return { s, ctx };
};

describe('storage events from other windows', () => {
  it("an unreadable write keeps this window's briefings, sets the text aside and puts this window's copy back", () => {
    const { s, ctx } = setup();
    s.map.set(briefingKey('b1'), '[]');
    const change = applyStorageChange(s, ctx, [b1, b2], briefingKey('b1'), 7);
    expect(change.briefings).toBeNull();
    expect(change.problems[0]).toContain('this window keeps its copy');
    expect(s.getItem(`${CORRUPT_PREFIX}7`)).toBe('[]');
    expect(s.getItem(briefingKey('b1'))).toBe(serializeEntry(b1));
  });
  it('garbage in the old single key takes nothing: it is set aside, the briefings stay', () => {
    const { s, ctx } = setup();
    s.map.set(LEGACY_KEY, 'garbage');
    const change = applyStorageChange(s, ctx, [b1, b2], LEGACY_KEY, 4);
    expect(change.briefings).toBeNull();
    expect(s.getItem(`${CORRUPT_PREFIX}4`)).toBe('garbage');
    expect(loadBriefings(s, 5).briefings).toEqual([b1, b2]);
  });
  it("a newer version's write is kept as written and guarded; this window keeps its copy", () => {
    const { s, ctx } = setup();
    const newer = JSON.stringify({ version: 3, briefing: { id: 'b2' } });
    s.map.set(briefingKey('b2'), newer);
    const change = applyStorageChange(s, ctx, [b1, b2], briefingKey('b2'), 4);
    expect(change.problems[0]).toContain('newer version');
    saveBriefings(s, state([b1, { ...b2, name: 'Edited here' }]), ctx, 5);
    expect(s.getItem(briefingKey('b2'))).toBe(newer);
  });
  it('a readable change or a deletion in another window is followed', () => {
    const { s, ctx } = setup();
    const renamed = { ...b2, name: 'Renamed there' };
    s.map.set(briefingKey('b2'), serializeEntry(renamed));
    expect(applyStorageChange(s, ctx, [b1, b2], briefingKey('b2'), 2).briefings).toEqual([b1, renamed]);
    s.map.delete(briefingKey('b2'));
    expect(applyStorageChange(s, ctx, [b1, renamed], briefingKey('b2'), 3).briefings).toEqual([b1]);
  });
  it('storage cleared: this window keeps everything and the next save writes it back', () => {
    const { s, ctx } = setup();
    s.map.clear();
    expect(applyStorageChange(s, ctx, [b1, b2], null, 2).briefings).toEqual([b1, b2]);
    saveBriefings(s, state(), ctx, 3);
    expect(loadBriefings(s, 4).briefings).toEqual([b1, b2]);
  });
});
