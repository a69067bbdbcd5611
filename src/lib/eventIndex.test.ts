import { describe, expect, it } from 'vitest';
import { findById, positionsById } from './eventIndex';

describe('positionsById / findById', () => {
  const list = [
    { id: 'a', n: 1 },
    { id: 'b', n: 2 },
    { id: 'a', n: 3 },
    { id: 'c', n: 4 },
  ];

  it('finds each item by id, the first one when ids repeat (like Array.find)', () => {
    expect(findById(list, 'b')?.n).toBe(2);
    expect(findById(list, 'a')?.n).toBe(1);
    expect(findById(list, 'c')?.n).toBe(4);
    expect(findById(list, 'x')).toBeUndefined();
    expect(findById(list, null)).toBeUndefined();
    expect(findById(list, undefined)).toBeUndefined();
  });

  it('gives positions and builds the index once per array', () => {
    const m = positionsById(list);
    expect([...m]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 3],
    ]);
    expect(positionsById(list)).toBe(m);
    // A new array (the store replaces lists, never mutates them) gets its own index.
    const next = list.slice(1);
    expect(positionsById(next).get('b')).toBe(0);
    expect(positionsById(list).get('b')).toBe(1);
  });

  it('handles an empty list', () => {
    expect(positionsById([]).size).toBe(0);
    expect(findById([], 'a')).toBeUndefined();
  });
});
