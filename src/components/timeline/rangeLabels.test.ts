import { describe, expect, it } from 'vitest';
import { fitLabel, MIN_LABEL } from './rangeLabels';

describe('fitLabel: where a range label goes', () => {
  it('an undated bar gets the part of the bar in view, never past its end', () => {
    expect(fitLabel(-5000, 300, 1000, true)).toEqual({ width: 300 - 16, shift: 0 });
    expect(fitLabel(100, 400, 1000, true)).toEqual({ width: 300 - 16, shift: 0 });
    // Its end beyond the canvas: up to the canvas edge.
    expect(fitLabel(100, 5000, 1000, true).width).toBe(900 - 16);
    expect(fitLabel(100, 110, 1000, true).width).toBe(0);
  });
  it('another range gets the room to the right edge, and moves left when that is short', () => {
    expect(fitLabel(100, 110, 1000, false)).toEqual({ width: 1000 - 100 - 28, shift: 0 });
    const nearEdge = fitLabel(900, 905, 1000, false);
    expect(nearEdge.width).toBe(MIN_LABEL);
    expect(nearEdge.shift).toBe(MIN_LABEL - (1000 - 900 - 28));
    // A range starting left of the canvas: its label starts at the left edge.
    expect(fitLabel(-300, 50, 1000, false).width).toBe(1000 - 28);
  });
  it('never wider than the canvas', () => {
    expect(fitLabel(100, 110, 200, false).width).toBe(200 - 28);
  });
});
