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
  it('another range gets the room to the right edge; short of it, the label goes before the range', () => {
    expect(fitLabel(100, 110, 1000, false)).toEqual({ width: 1000 - 100 - 28, shift: 0 });
    const nearEdge = fitLabel(900, 905, 1000, false);
    expect(nearEdge.width).toBe(MIN_LABEL);
    // Not measured yet: as wide as it may be, ending 6 px before the range's start.
    expect(nearEdge.shift).toBe(MIN_LABEL + 6);
    // Measured at 150 px: only that far before the range.
    expect(fitLabel(900, 905, 1000, false, 150)).toEqual({ width: 150, shift: 156 });
    // A long label (500 px) gets its own width there, not MIN_LABEL: the title is not cut to a letter.
    expect(fitLabel(900, 905, 1000, false, 500)).toEqual({ width: 500, shift: 506 });
    // Before a range at 300 px there are 294 px: the label takes them and gives way (ellipsis) inside them.
    expect(fitLabel(300, 305, 400, false, 500)).toEqual({ width: 294, shift: 300 });
    // A short label that fits in the room left stays where vis puts it.
    expect(fitLabel(900, 905, 1000, false, 60).shift).toBe(0);
    // A range starting left of the canvas: its label starts at the left edge.
    expect(fitLabel(-300, 50, 1000, false).width).toBe(1000 - 28);
  });
  it('with no room before the range either, the label moves left only by what it lacks', () => {
    // 300 px canvas, range at 200: 72 px of room on the right, 200 on the left for a 230 px label.
    expect(fitLabel(200, 205, 300, false)).toEqual({ width: MIN_LABEL, shift: MIN_LABEL - 72 });
  });
  it('never wider than the canvas', () => {
    expect(fitLabel(100, 110, 200, false).width).toBe(200 - 28);
  });
});
