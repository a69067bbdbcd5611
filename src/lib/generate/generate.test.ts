import { describe, expect, it } from 'vitest';
import { generateEventList } from './generate';
import { sha256Hex } from '../digest';
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

describe('generateEventList', () => {
  it('is deterministic by seed', async () => {
    const a = await generateEventList({ count: 200, seed: 7 });
    const b = await generateEventList({ count: 200, seed: 7 });
    const c = await generateEventList({ count: 200, seed: 8 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c.list.events)).not.toBe(JSON.stringify(a.list.events));
  });

  it('produces exactly N valid events with every quote at its offsets', async () => {
    for (const count of [1, 5, 100, 1000]) {
      const { list, texts } = await generateEventList({ count, seed: count });
      expect(list.events).toHaveLength(count);
      const v = validateEventList(list, `generated-${count}.json`);
      if (!v.ok)
        throw new Error(
          v.problems
            .slice(0, 5)
            .map((p) => `${p.id} ${p.field}: ${p.message}`)
            .join('\n'),
        );
      const byId = new Map(list.sources.map((s) => [s.id, s]));
      for (const ev of list.events) {
        for (const e of ev.evidence) {
          const source = byId.get(e.source);
          expect(source).toBeDefined();
          const text = texts[source?.text ?? ''];
          expect(text?.slice(e.start, e.end)).toBe(e.quote);
        }
      }
      for (const s of list.sources) expect(await sha256Hex(texts[s.text] ?? '')).toBe(s.sha256);
    }
  });

  it('covers 15 years, every theme, every precision, planned events and several sources', async () => {
    const { list } = await generateEventList({ count: 2000, seed: 3 });
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

  it('writes the date expression into the cited sentence and puts texts under the prefix', async () => {
    const { list, texts } = await generateEventList({ count: 50, seed: 11, textPrefix: 'bench-data/n50/sources/' });
    for (const ev of list.events)
      expect(ev.evidence[0]?.quote.toLowerCase()).toContain(ev.date.expression.toLowerCase());
    expect(Object.keys(texts).every((k) => k.startsWith('bench-data/n50/sources/') && k.endsWith('.txt'))).toBe(true);
  });

  it('rejects a count that is not a positive integer', async () => {
    await expect(generateEventList({ count: 0 })).rejects.toThrow();
    await expect(generateEventList({ count: 2.5 })).rejects.toThrow();
  });
});
