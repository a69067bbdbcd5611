/**
 * Pure edits of a briefing. Every function returns a new briefing (or the same one when
 * nothing changes) and stamps updatedAt with the given time.
 */
import type { TimelineEvent } from '../schema';
import { BRIEFING_VERSION, stepKey, type Briefing, type BriefingStep, type FilterSnapshot } from './model';
import { sortByDate } from '../eventOrder';

const touch = (b: Briefing, steps: BriefingStep[], now: string): Briefing => ({ ...b, steps, updatedAt: now });

/** A new briefing: the events the current filters leave, in date order. */
export function createBriefing(args: {
  id: string;
  name: string;
  visibleEvents: readonly TimelineEvent[];
  filters: FilterSnapshot;
  now: string;
}): Briefing {
  return {
    version: BRIEFING_VERSION,
    id: args.id,
    name: args.name,
    steps: sortByDate(args.visibleEvents).map((e) => ({ kind: 'event', eventId: e.id, talkingPoints: '' })),
    filters: args.filters,
    updatedAt: args.now,
  };
}

export function hasEvent(b: Briefing, eventId: string): boolean {
  return b.steps.some((s) => s.kind === 'event' && s.eventId === eventId);
}

/** Append an event (no-op when it is already a step). */
export function addEvent(b: Briefing, eventId: string, now: string): Briefing {
  if (hasEvent(b, eventId)) return b;
  return touch(b, [...b.steps, { kind: 'event', eventId, talkingPoints: '' }], now);
}

export function removeEvent(b: Briefing, eventId: string, now: string): Briefing {
  if (!hasEvent(b, eventId)) return b;
  return touch(b, b.steps.filter((s) => !(s.kind === 'event' && s.eventId === eventId)), now);
}

export function removeStep(b: Briefing, index: number, now: string): Briefing {
  if (index < 0 || index >= b.steps.length) return b;
  return touch(b, b.steps.filter((_, i) => i !== index), now);
}

/** Move a step by delta places (-1 up, +1 down); clamped, no-op at the ends. */
export function moveStep(b: Briefing, index: number, delta: number, now: string): Briefing {
  const to = Math.max(0, Math.min(b.steps.length - 1, index + delta));
  if (index < 0 || index >= b.steps.length || to === index) return b;
  const steps = [...b.steps];
  const [s] = steps.splice(index, 1);
  if (s) steps.splice(to, 0, s);
  return touch(b, steps, now);
}

export function setTalkingPoints(b: Briefing, index: number, text: string, now: string): Briefing {
  const s = b.steps[index];
  if (!s || s.kind !== 'event' || s.talkingPoints === text) return b;
  return touch(b, b.steps.map((x, i) => (i === index ? { ...s, talkingPoints: text } : x)), now);
}

export function rename(b: Briefing, name: string, now: string): Briefing {
  const clean = name.trim() === '' ? 'Untitled briefing' : name;
  return clean === b.name ? b : { ...b, name: clean, updatedAt: now };
}

/** Insert a title card at index (default: the end). Its id is unique within the briefing. */
export function addTitleCard(b: Briefing, title: string, text: string, now: string, index = b.steps.length): Briefing {
  const keys = new Set(b.steps.map(stepKey));
  let n = 1;
  while (keys.has(`title:card-${n}`)) n++;
  const steps = [...b.steps];
  steps.splice(Math.max(0, Math.min(index, steps.length)), 0, { kind: 'title', id: `card-${n}`, title: title.trim() || 'Title', text });
  return touch(b, steps, now);
}

export function editTitleCard(b: Briefing, index: number, patch: { title?: string; text?: string }, now: string): Briefing {
  const s = b.steps[index];
  if (!s || s.kind !== 'title') return b;
  const title = patch.title === undefined ? s.title : patch.title.trim() === '' ? s.title : patch.title;
  const text = patch.text ?? s.text;
  if (title === s.title && text === s.text) return b;
  return touch(b, b.steps.map((x, i) => (i === index ? { ...s, title, text } : x)), now);
}

/** Ids of event steps whose event is not in the loaded data (shown honestly, never dropped). */
export function missingEventIds(b: Briefing, events: readonly TimelineEvent[]): string[] {
  const ids = new Set(events.map((e) => e.id));
  return b.steps.flatMap((s) => (s.kind === 'event' && !ids.has(s.eventId) ? [s.eventId] : []));
}

/** A fresh briefing id, unique among the given ones. */
export function newBriefingId(existing: readonly string[], seed: number): string {
  let id = `briefing-${seed.toString(36)}`;
  let n = 2;
  while (existing.includes(id)) id = `briefing-${seed.toString(36)}-${n++}`;
  return id;
}
