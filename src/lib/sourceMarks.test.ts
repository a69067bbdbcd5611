import { describe, expect, it } from 'vitest';
import { collectMarks, firstCurrentSegment, locateQuote, segmentText, type QuoteMark } from './sourceMarks';
import type { TimelineEvent } from './schema';

const text = 'Alpha beta gamma delta epsilon. Alpha again.';

function mark(
  eventId: string,
  start: number,
  end: number,
  kind: QuoteMark['kind'] = 'other-event',
  evidenceIndex = 0,
): QuoteMark {
  return { eventId, evidenceIndex, start, end, kind, exact: true };
}

function event(id: string, evidence: { source: string; quote: string; start: number; end: number }[]): TimelineEvent {
  return {
    id,
    title: id,
    summary: 's',
    status: 'reported',
    date: { start: '2020-01-01', end: '2020-01-01', precision: 'day', expression: 'x', basis: 'y' },
    themes: ['t'],
    actors: [],
    evidence,
  };
}

describe('locateQuote', () => {
  it('uses the stored offsets when they match', () => {
    expect(locateQuote(text, { quote: 'beta', start: 6, end: 10 })).toEqual({ start: 6, end: 10, exact: true });
  });
  it('falls back to the nearest occurrence when offsets are wrong', () => {
    expect(locateQuote(text, { quote: 'Alpha', start: 30, end: 35 })).toEqual({ start: 32, end: 37, exact: false });
    expect(locateQuote(text, { quote: 'Alpha', start: 3, end: 8 })).toEqual({ start: 0, end: 5, exact: false });
  });
  it('gives null when the quote is not in the text, or offsets run past the end', () => {
    expect(locateQuote(text, { quote: 'omega', start: 0, end: 5 })).toBeNull();
    expect(locateQuote('short', { quote: 'shorter', start: 0, end: 7 })).toBeNull();
    expect(locateQuote(text, { quote: '', start: 0, end: 0 })).toBeNull();
  });
});

describe('collectMarks', () => {
  const events = [
    event('a', [
      { source: 's1', quote: 'beta gamma', start: 6, end: 16 },
      { source: 's1', quote: 'epsilon', start: 23, end: 30 },
      { source: 's2', quote: 'zzz', start: 0, end: 3 },
    ]),
    event('b', [{ source: 's1', quote: 'gamma delta', start: 11, end: 22 }]),
    event('c', [{ source: 's1', quote: 'not there', start: 0, end: 9 }]),
  ];
  it("classifies the current quote, the same event's other quotes and other events", () => {
    const { marks, missing } = collectMarks(text, events, 's1', { eventId: 'a', evidenceIndex: 0 });
    expect(marks.map((m) => [m.eventId, m.evidenceIndex, m.kind])).toEqual([
      ['a', 0, 'current'],
      ['a', 1, 'same-event'],
      ['b', 0, 'other-event'],
    ]);
    expect(missing).toEqual([{ eventId: 'c', evidenceIndex: 0, quote: 'not there' }]);
  });
  it('marks everything as other events when nothing is current', () => {
    const { marks } = collectMarks(text, events, 's1', null);
    expect(marks.every((m) => m.kind === 'other-event')).toBe(true);
  });
});

describe('segmentText', () => {
  it('joins back to the text exactly and leaves unmarked text whole', () => {
    const segs = segmentText(text, [mark('a', 6, 10)]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.map((s) => [s.start, s.end, s.marks.length])).toEqual([
      [0, 6, 0],
      [6, 10, 1],
      [10, text.length, 0],
    ]);
  });

  it('splits overlapping quotes into segments listing every covering quote', () => {
    const segs = segmentText(text, [mark('a', 6, 16, 'current'), mark('b', 11, 22)]);
    expect(segs.map((s) => [s.text, s.marks.map((m) => m.eventId)])).toEqual([
      ['Alpha ', []],
      ['beta ', ['a']],
      ['gamma', ['a', 'b']],
      [' delta', ['b']],
      [' epsilon. Alpha again.', []],
    ]);
  });

  it('handles identical and nested quotes, current first then innermost first', () => {
    const segs = segmentText(text, [
      mark('outer', 0, 22),
      mark('inner', 6, 10),
      mark('cur', 6, 10, 'current'),
      mark('twin', 6, 10),
    ]);
    const middle = segs.find((s) => s.start === 6)!;
    expect(middle.marks.map((m) => m.eventId)).toEqual(['cur', 'inner', 'twin', 'outer']);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('clips marks that run outside the text and ignores empty ones', () => {
    const segs = segmentText('abc', [mark('a', -5, 2), mark('b', 2, 99), mark('c', 1, 1)]);
    expect(segs.map((s) => [s.text, s.marks.map((m) => m.eventId)])).toEqual([
      ['ab', ['a']],
      ['c', ['b']],
    ]);
  });

  it('gives no segments for empty text', () => {
    expect(segmentText('', [mark('a', 0, 3)])).toEqual([]);
  });

  it('finds the first segment of the current quote', () => {
    const segs = segmentText(text, [mark('b', 0, 5), mark('a', 6, 16, 'current')]);
    expect(firstCurrentSegment(segs)).toBe(2);
    expect(firstCurrentSegment(segmentText(text, []))).toBe(-1);
  });
});
