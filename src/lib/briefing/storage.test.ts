import { describe, expect, it } from 'vitest';
import { b1 as b, b2 } from './__fixtures__/briefings';
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
import { briefingFileName, briefingToFile, parseBriefingFile } from './file';

const corrupt = (s: MemoryStorage) => [...s.map].filter(([k]) => k.startsWith(CORRUPT_PREFIX));

describe('briefing storage: one key per briefing', () => {
  it('loads every briefing key in the saved order', () => {
    const s = new MemoryStorage();
    s.setItem(briefingKey('b2'), serializeEntry(b2));
    s.setItem(briefingKey('b1'), serializeEntry(b));
    s.setItem(INDEX_KEY, JSON.stringify({ version: 2, currentId: 'b2', order: ['b1', 'b2'] }));
    expect(loadBriefings(s, 1)).toEqual({ currentId: 'b2', briefings: [b, b2], problems: [] });
  });
  it('is empty without a saved entry', () => {
    expect(loadBriefings(new MemoryStorage(), 1)).toEqual({ currentId: null, briefings: [], problems: [] });
  });
  it('one unreadable key takes nothing else with it: it alone is set aside, as it was', () => {
    const s = new MemoryStorage();
    s.setItem(briefingKey('b1'), serializeEntry(b));
    s.setItem(briefingKey('b2'), '{broken');
    const r = loadBriefings(s, 42);
    expect(r.briefings).toEqual([b]);
    expect(r.problems).toEqual([
      `Saved briefing "b2" could not be read (not JSON); the data was set aside under "${CORRUPT_PREFIX}42".`,
    ]);
    expect(s.getItem(`${CORRUPT_PREFIX}42`)).toBe('{broken');
    expect(s.getItem(briefingKey('b2'))).toBeNull();
  });
  it('a key whose briefing names another id is set aside, not loaded under the wrong key', () => {
    const s = new MemoryStorage();
    s.setItem(briefingKey('b9'), serializeEntry(b));
    const r = loadBriefings(s, 3);
    expect(r.briefings).toEqual([]);
    expect(r.problems[0]).toContain('is not the one in its key');
  });
  it('leaves what a newer version wrote exactly as it is, and never writes that key', () => {
    const s = new MemoryStorage();
    const newer = JSON.stringify({ version: 3, briefing: { id: 'b2', shape: 'future' } });
    s.setItem(briefingKey('b2'), newer);
    s.setItem(briefingKey('b1'), serializeEntry(b));
    const ctx = newContext();
    const r = loadBriefings(s, 5, ctx);
    expect(r.briefings).toEqual([b]);
    expect(r.problems[0]).toMatch(/"b2" was saved by a newer version of Briefline/);
    expect(s.getItem(briefingKey('b2'))).toBe(newer);
    expect(ctx.guarded.has(briefingKey('b2'))).toBe(true);
    expect(corrupt(s)).toEqual([]);
  });
  it('an unreadable key that cannot be set aside (storage full) is left as it is and guarded', () => {
    const s = new MemoryStorage();
    s.setItem(briefingKey('b2'), 'garbage');
    s.full = true;
    const ctx = newContext();
    const r = loadBriefings(s, 6, ctx);
    expect(r.problems[0]).toContain('could not be set aside (storage is full)');
    expect(s.getItem(briefingKey('b2'))).toBe('garbage');
    expect(ctx.guarded.has(briefingKey('b2'))).toBe(true);
  });
  it('an unreadable index is set aside; the briefings still load', () => {
    const s = new MemoryStorage();
    s.setItem(briefingKey('b1'), serializeEntry(b));
    s.setItem(INDEX_KEY, 'nonsense');
    const r = loadBriefings(s, 8);
    expect(r.briefings).toEqual([b]);
    expect(r.currentId).toBe('b1');
    expect(s.getItem(`${CORRUPT_PREFIX}8`)).toBe('nonsense');
  });
});

describe('migration from briefline.briefings.v1', () => {
  it('moves each briefing into its own key and removes the old key', () => {
    const s = new MemoryStorage();
    s.setItem(LEGACY_KEY, JSON.stringify({ version: 1, currentId: 'b2', briefings: [b, b2] }));
    const r = loadBriefings(s, 1);
    expect(r).toEqual({ currentId: 'b2', briefings: [b, b2], problems: [] });
    expect(s.getItem(briefingKey('b1'))).toBe(serializeEntry(b));
    expect(s.getItem(briefingKey('b2'))).toBe(serializeEntry(b2));
    expect(s.getItem(LEGACY_KEY)).toBeNull();
  });
  it('sets aside text that is not JSON and reports it', () => {
    const s = new MemoryStorage();
    s.setItem(LEGACY_KEY, '{broken');
    const r = loadBriefings(s, 42);
    expect(r.briefings).toEqual([]);
    expect(r.problems[0]).toContain(`${CORRUPT_PREFIX}42`);
    expect(s.getItem(`${CORRUPT_PREFIX}42`)).toBe('{broken');
  });
  it('sets aside an unknown layout', () => {
    const s = new MemoryStorage();
    s.setItem(LEGACY_KEY, JSON.stringify({ version: 9 }));
    const r = loadBriefings(s, 7);
    expect(r.problems).toHaveLength(1);
    expect(s.getItem(`${CORRUPT_PREFIX}7`)).toBe(JSON.stringify({ version: 9 }));
  });
  it('keeps valid briefings and sets aside only the damaged one, never overwriting an earlier copy', () => {
    const s = new MemoryStorage();
    s.setItem(`${CORRUPT_PREFIX}5`, 'earlier');
    const damaged = {
      ...b,
      id: 'b2',
      name: 'Damaged',
      steps: [{ kind: 'event', eventId: 'BAD ID', talkingPoints: '' }],
    };
    s.setItem(LEGACY_KEY, JSON.stringify({ version: 1, currentId: 'b2', briefings: [b, damaged] }));
    const r = loadBriefings(s, 5);
    expect(r.briefings).toEqual([b]);
    expect(r.currentId).toBe('b1');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toContain('"Damaged"');
    expect(r.problems[0]).toContain(`${CORRUPT_PREFIX}5-2`);
    expect(s.getItem(`${CORRUPT_PREFIX}5`)).toBe('earlier');
    expect(JSON.parse(s.getItem(`${CORRUPT_PREFIX}5-2`) ?? '')).toEqual([damaged]);
    expect(s.getItem(briefingKey('b1'))).toBe(serializeEntry(b));
  });
  it('a briefing that already has its own key keeps it', () => {
    const s = new MemoryStorage();
    const renamed = { ...b, name: 'Renamed since' };
    s.setItem(briefingKey('b1'), serializeEntry(renamed));
    s.setItem(LEGACY_KEY, JSON.stringify({ version: 1, currentId: 'b1', briefings: [b] }));
    expect(loadBriefings(s, 1).briefings).toEqual([renamed]);
  });
  it('with storage full, the old key stays as it is and its briefings are still shown', () => {
    const s = new MemoryStorage();
    const old = JSON.stringify({ version: 1, currentId: 'b1', briefings: [b] });
    s.setItem(LEGACY_KEY, old);
    s.full = true;
    const r = loadBriefings(s, 1);
    expect(r.briefings).toEqual([b]);
    expect(r.problems[0]).toContain('kept under the old key');
    expect(s.getItem(LEGACY_KEY)).toBe(old);
  });
});

describe('briefing file', () => {
  it('exports and imports the same briefing', () => {
    const r = parseBriefingFile(briefingToFile(b), 'c.json');
    expect(r).toEqual({ ok: true, briefing: b });
    expect(briefingFileName(b)).toBe('cabinet.briefing.json');
  });
  it('lists every problem with the step', () => {
    const bad = {
      format: 'briefline-briefing',
      version: 1,
      briefing: { ...b, name: '', steps: [{ kind: 'event', eventId: 'Bad', talkingPoints: 1 }] },
    };
    const r = parseBriefingFile(JSON.stringify(bad), 'bad.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.field)).toEqual(
        expect.arrayContaining(['briefing.name', 'briefing.steps.0.eventId', 'briefing.steps.0.talkingPoints']),
      );
      expect(r.problems.find((p) => p.field === 'briefing.steps.0.eventId')?.id).toBe('step 1');
    }
    const notJson = parseBriefingFile('nope', 'x.json');
    expect(notJson.ok).toBe(false);
  });
});
