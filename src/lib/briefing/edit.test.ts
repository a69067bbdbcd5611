import { describe, expect, it } from 'vitest';
import { fixtureData } from './__fixtures__/data';
import {
  addEvent,
  addTitleCard,
  copyName,
  createBriefing,
  duplicateBriefing,
  editTitleCard,
  missingEventIds,
  moveStep,
  moveStepTo,
  newBriefingId,
  removeEvent,
  removeStep,
  rename,
  setTalkingPoints,
} from './edit';
import { briefingSchema, EMPTY_FILTERS, stepKey } from './model';

const data = fixtureData();
const now = '2026-01-01T00:00:00.000Z';
const later = '2026-01-02T00:00:00.000Z';
const base = () => createBriefing({ id: 'b1', name: 'Test', visibleEvents: data.events, filters: EMPTY_FILTERS, now });
const ids = (b: ReturnType<typeof base>) => b.steps.map(stepKey);

describe('createBriefing', () => {
  it('takes the visible events in date order, undated "before" events ahead of same-day events', () => {
    const b = base();
    expect(b.steps.map((s) => (s.kind === 'event' ? s.eventId : ''))).toEqual([
      'hcq-ban-lifted',
      'israel-procurement-record',
      'singh-gantz-call-2020',
      'covid-delegation-2020',
      'letter-of-intent-2022',
      'vision-statement-2022',
    ]);
    expect(briefingSchema.safeParse(b).success).toBe(true);
  });
  it('keeps only the events it is given (the filtered ones)', () => {
    const b = createBriefing({
      id: 'b2',
      name: 'x',
      visibleEvents: data.events.filter((e) => e.themes.includes('rnd')),
      filters: { ...EMPTY_FILTERS, query: 'r' },
      now,
    });
    expect(b.steps).toHaveLength(3);
    expect(b.filters.query).toBe('r');
  });
});

describe('edits', () => {
  it('adds and removes an event, never twice', () => {
    const b = createBriefing({ id: 'b', name: 'x', visibleEvents: [], filters: EMPTY_FILTERS, now });
    const b1 = addEvent(b, 'hcq-ban-lifted', later);
    expect(b1.steps).toHaveLength(1);
    expect(b1.updatedAt).toBe(later);
    expect(addEvent(b1, 'hcq-ban-lifted', later)).toBe(b1);
    expect(removeEvent(b1, 'hcq-ban-lifted', later).steps).toHaveLength(0);
    expect(removeEvent(b, 'nope', later)).toBe(b);
  });
  it('moves steps up and down, clamped at the ends', () => {
    const b = base();
    const down = moveStep(b, 0, 1, later);
    expect(ids(down).slice(0, 2)).toEqual([ids(b)[1], ids(b)[0]]);
    expect(moveStep(b, 0, -1, later)).toBe(b);
    expect(moveStep(b, b.steps.length - 1, 1, later)).toBe(b);
    const up = moveStep(b, 3, -1, later);
    expect(ids(up)[2]).toBe(ids(b)[3]);
    expect(moveStep(b, 99, 1, later)).toBe(b);
  });
  it('removes a step by index', () => {
    const b = base();
    expect(ids(removeStep(b, 2, later))).toEqual(ids(b).filter((_, i) => i !== 2));
    expect(removeStep(b, -1, later)).toBe(b);
  });
  it('edits talking points of event steps only', () => {
    const b = addTitleCard(base(), 'Intro', 'Hello', later, 0);
    const t = setTalkingPoints(b, 1, 'Mention Ladakh', later);
    expect(t.steps[1]).toMatchObject({ talkingPoints: 'Mention Ladakh' });
    expect(setTalkingPoints(b, 0, 'x', later)).toBe(b);
  });
  it('renames, never to an empty name', () => {
    expect(rename(base(), 'Cabinet briefing', later).name).toBe('Cabinet briefing');
    expect(rename(base(), '   ', later).name).toBe('Untitled briefing');
  });
  it('adds title cards with unique ids and edits them', () => {
    let b = addTitleCard(base(), 'Part 1', '', later, 0);
    b = addTitleCard(b, 'Part 2', '', later);
    expect(b.steps[0]).toMatchObject({ kind: 'title', id: 'card-1', title: 'Part 1' });
    expect(b.steps.at(-1)).toMatchObject({ kind: 'title', id: 'card-2' });
    b = editTitleCard(b, 0, { title: 'Opening', text: 'Why now' }, later);
    expect(b.steps[0]).toMatchObject({ title: 'Opening', text: 'Why now' });
    expect(editTitleCard(b, 0, { title: '' }, later).steps[0]).toMatchObject({ title: 'Opening' });
    expect(briefingSchema.safeParse(b).success).toBe(true);
  });
  it('reports steps whose events are not loaded', () => {
    const b = addEvent(base(), 'gone-event', later);
    expect(missingEventIds(b, data.events)).toEqual(['gone-event']);
  });
  it('makes unique ids', () => {
    expect(newBriefingId(['briefing-a'], 10)).toBe('briefing-a-2');
    expect(newBriefingId([], 11)).toBe('briefing-b');
  });
});

const eventIds = (b: ReturnType<typeof base>) => b.steps.flatMap((s) => (s.kind === 'event' ? [s.eventId] : []));

describe('building quickly', () => {
  it('adds an event in its place in date order, whatever order the events were added in', () => {
    let b = createBriefing({ id: 'b', name: 'x', visibleEvents: [], filters: EMPTY_FILTERS, now });
    for (const id of ['vision-statement-2022', 'singh-gantz-call-2020', 'letter-of-intent-2022', 'hcq-ban-lifted'])
      b = addEvent(b, id, later, data.events);
    expect(eventIds(b)).toEqual([
      'hcq-ban-lifted',
      'singh-gantz-call-2020',
      'letter-of-intent-2022',
      'vision-statement-2022',
    ]);
  });
  it('keeps title cards where the user put them: a new event joins the section of the event before it', () => {
    const all = base();
    let b = removeEvent(all, 'covid-delegation-2020', later);
    b = addTitleCard(b, 'Part two: 2022', '', later, 3);
    b = addEvent(b, 'covid-delegation-2020', later, data.events);
    expect(b.steps.map(stepKey)).toEqual([...ids(all).slice(0, 4), 'title:card-1', ...ids(all).slice(4)]);
    const late = addEvent(removeEvent(b, 'vision-statement-2022', later), 'vision-statement-2022', later, data.events);
    expect(late.steps.at(-1)).toMatchObject({ eventId: 'vision-statement-2022' });
  });
  it('moves a step to any place (drag and drop)', () => {
    const b = base();
    expect(ids(moveStepTo(b, 0, 3, later))).toEqual([ids(b)[1], ids(b)[2], ids(b)[3], ids(b)[0], ids(b)[4], ids(b)[5]]);
    expect(ids(moveStepTo(b, 5, 0, later))[0]).toBe(ids(b)[5]);
    expect(moveStepTo(b, 2, 2, later)).toBe(b);
    expect(moveStepTo(b, 9, 0, later)).toBe(b);
  });
  it('duplicates a briefing under a new id and name, sharing nothing with the original', () => {
    const b = setTalkingPoints(base(), 1, 'Note', later);
    const d = duplicateBriefing(b, 'b2', copyName(b.name, [b.name]), later);
    expect(d).toMatchObject({ id: 'b2', name: 'Test (copy)', steps: b.steps, filters: b.filters });
    expect(d.steps[1]).not.toBe(b.steps[1]);
    expect(copyName('Test', ['Test', 'Test (copy)'])).toBe('Test (copy 2)');
    expect(briefingSchema.safeParse(d).success).toBe(true);
  });
});

describe('schema', () => {
  it('rejects duplicate steps and bad versions', () => {
    const b = base();
    expect(briefingSchema.safeParse({ ...b, steps: [...b.steps, b.steps[0]] }).success).toBe(false);
    expect(briefingSchema.safeParse({ ...b, version: 2 }).success).toBe(false);
  });
});
