import { describe, expect, it } from 'vitest';
import { nextIndex } from './keyboard';
import { makeEvent } from '../../lib/__fixtures__/seedLike';

const list = ['a', 'b', 'c', 'd'].map((id) => makeEvent(id));
const spans = [10, 20, 30, 40].map((start) => ({ start, end: start + 5 }));

describe('timeline keyboard cursor', () => {
  it('steps through the visible events in order and stops at the ends', () => {
    expect(nextIndex(list, spans, 'ArrowRight', 'b', 0)).toBe(2);
    expect(nextIndex(list, spans, 'ArrowLeft', 'b', 0)).toBe(0);
    expect(nextIndex(list, spans, 'ArrowLeft', 'a', 0)).toBe(0);
    expect(nextIndex(list, spans, 'ArrowRight', 'd', 0)).toBe(3);
    expect(nextIndex(list, spans, 'Home', 'c', 0)).toBe(0);
    expect(nextIndex(list, spans, 'End', null, 0)).toBe(3);
  });
  it('starts at the first event in view when nothing (visible) is current', () => {
    expect(nextIndex(list, spans, 'ArrowRight', null, 28)).toBe(2);
    expect(nextIndex(list, spans, 'ArrowLeft', 'filtered-out', 36)).toBe(3);
    expect(nextIndex(list, spans, 'ArrowRight', null, 1000)).toBe(0);
  });
});
