import { describe, expect, it } from 'vitest';
import { generateEventList } from './generate';
import { sha256Hex } from './sha256';
import { createRng } from './prng';
import { validateEventList, PRECISIONS } from '../schema';

describe('createRng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(sa);
    expect(sa.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('sha256Hex', () => {
  it('matches the published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with Web Crypto on multi-byte text and on lengths around the 64-byte block', async () => {
    const samples = ['India–Israel “defence” ties é 🚀', 'x'.repeat(55), 'x'.repeat(56), 'y'.repeat(64), 'z'.repeat(1000)];
    for (const s of samples) {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
      const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
      expect(sha256Hex(s)).toBe(hex);
    }
  });
});

describe('generateEventList', () => {
  it('is deterministic by seed', () => {
    const a = generateEventList({ count: 200, seed: 7 });
    const b = generateEventList({ count: 200, seed: 7 });
    const c = generateEventList({ count: 200, seed: 8 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c.list.events)).not.toBe(JSON.stringify(a.list.events));
  });

  it('produces exactly N valid events with every quote at its offsets', () => {
    for (const count of [1, 5, 100, 1000]) {
      const { list, texts } = generateEventList({ count, seed: count });
      expect(list.events).toHaveLength(count);
      const v = validateEventList(list, `generated-${count}.json`);
      if (!v.ok) throw new Error(v.problems.slice(0, 5).map((p) => `${p.id} ${p.field}: ${p.message}`).join('\n'));
      const byId = new Map(list.sources.map((s) => [s.id, s]));
      for (const ev of list.events) {
        for (const e of ev.evidence) {
          const source = byId.get(e.source);
          expect(source).toBeDefined();
          const text = texts[source?.text ?? ''];
          expect(text?.slice(e.start, e.end)).toBe(e.quote);
        }
      }
      for (const s of list.sources) expect(sha256Hex(texts[s.text] ?? '')).toBe(s.sha256);
    }
  });

  it('covers 15 years, every theme, every precision, planned events and several sources', () => {
    const { list } = generateEventList({ count: 2000, seed: 3 });
    const years = new Set(list.events.map((e) => (e.date.end ?? e.date.start!).slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(14);
    const themes = new Set(list.events.flatMap((e) => e.themes));
    expect([...themes].toSorted()).toEqual(list.themes.map((t) => t.id).toSorted());
    expect(new Set(list.events.map((e) => e.date.precision))).toEqual(new Set(PRECISIONS));
    expect(list.events.some((e) => e.status === 'planned')).toBe(true);
    expect(list.sources.length).toBeGreaterThan(100);
    expect(new Set(list.sources.map((s) => s.outlet)).size).toBeGreaterThan(3);
    // an undated event never gets an invented start
    expect(list.events.filter((e) => e.date.precision === 'before').every((e) => e.date.start === null)).toBe(true);
    // titles vary: not one repeated string
    expect(new Set(list.events.map((e) => e.title)).size).toBeGreaterThan(500);
  });

  it('writes the date expression into the cited sentence and puts texts under the prefix', () => {
    const { list, texts } = generateEventList({ count: 50, seed: 11, textPrefix: 'bench-data/n50/sources/' });
    for (const ev of list.events) expect(ev.evidence[0]?.quote.toLowerCase()).toContain(ev.date.expression.toLowerCase());
    expect(Object.keys(texts).every((k) => k.startsWith('bench-data/n50/sources/') && k.endsWith('.txt'))).toBe(true);
  });

  it('rejects a count that is not a positive integer', () => {
    expect(() => generateEventList({ count: 0 })).toThrow();
    expect(() => generateEventList({ count: 2.5 })).toThrow();
  });
});
