/**
 * Pure edits of a briefing. Every function returns a new briefing (or the same one when
 * nothing changes) and stamps updatedAt with the given time.
 */
import type { TimelineEvent } from '../schema';
import { BRIEFING_VERSION, stepKey, type Briefing, type BriefingStep, type FilterSnapshot } from './model';
import { compareByDate, sortByDate } from '../eventOrder';

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

/**
 * Add an event in its place in date order (no-op when it is already a step): after the last event
 * step that sorts before it, so it joins that step's section; when none does, just before the first
 * event step. Title cards stay where the user put them. An event not in `events` is appended.
 */
export function addEvent(b: Briefing, eventId: string, now: string, events: readonly TimelineEvent[] = []): Briefing {
  if (hasEvent(b, eventId)) return b;
  const step: BriefingStep = { kind: 'event', eventId, talkingPoints: '' };
  const byId = new Map(events.map((e) => [e.id, e]));
  const added = byId.get(eventId);
  let at = b.steps.length;
  if (added) {
    const placed = b.steps.map((s) => (s.kind === 'event' ? byId.get(s.eventId) : undefined));
    const before = placed.findLastIndex((e) => e !== undefined && compareByDate(e, added) < 0);
    const firstEvent = placed.findIndex((e) => e !== undefined);
    at = before >= 0 ? before + 1 : firstEvent >= 0 ? firstEvent : b.steps.length;
  }
  const steps = [...b.steps];
  steps.splice(at, 0, step);
  return touch(b, steps, now);
}

export function removeEvent(b: Briefing, eventId: string, now: string): Briefing {
  if (!hasEvent(b, eventId)) return b;
  return touch(
    b,
    b.steps.filter((s) => !(s.kind === 'event' && s.eventId === eventId)),
    now,
  );
}

export function removeStep(b: Briefing, index: number, now: string): Briefing {
  if (index < 0 || index >= b.steps.length) return b;
  return touch(
    b,
    b.steps.filter((_, i) => i !== index),
    now,
  );
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

/** Move the step at `from` to index `to` (drag and drop); clamped, no-op when it stays. */
export function moveStepTo(b: Briefing, from: number, to: number, now: string): Briefing {
  if (from < 0 || from >= b.steps.length) return b;
  return moveStep(b, from, Math.max(0, Math.min(b.steps.length - 1, to)) - from, now);
}

export function setTalkingPoints(b: Briefing, index: number, text: string, now: string): Briefing {
  const s = b.steps[index];
  if (!s || s.kind !== 'event' || s.talkingPoints === text) return b;
  return touch(
    b,
    b.steps.map((x, i) => (i === index ? { ...s, talkingPoints: text } : x)),
    now,
  );
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
  steps.splice(Math.max(0, Math.min(index, steps.length)), 0, {
    kind: 'title',
    id: `card-${n}`,
    title: title.trim() || 'Title',
    text,
  });
  return touch(b, steps, now);
}

export function editTitleCard(
  b: Briefing,
  index: number,
  patch: { title?: string; text?: string },
  now: string,
): Briefing {
  const s = b.steps[index];
  if (!s || s.kind !== 'title') return b;
  const title = patch.title === undefined ? s.title : patch.title.trim() === '' ? s.title : patch.title;
  const text = patch.text ?? s.text;
  if (title === s.title && text === s.text) return b;
  return touch(
    b,
    b.steps.map((x, i) => (i === index ? { ...s, title, text } : x)),
    now,
  );
}

/** A copy of a briefing under a new id and name (steps, talking points and creation filters kept). */
export function duplicateBriefing(b: Briefing, id: string, name: string, now: string): Briefing {
  return {
    ...b,
    id,
    name,
    steps: b.steps.map((s) => ({ ...s })),
    filters: { ...b.filters, hiddenThemes: [...b.filters.hiddenThemes], period: { ...b.filters.period } },
    updatedAt: now,
  };
}

/** "Cabinet briefing (copy)", "Cabinet briefing (copy 2)", … unused among the given names. */
export function copyName(name: string, existing: readonly string[]): string {
  let n = 1;
  const label = () => `${name} (copy${n === 1 ? '' : ` ${n}`})`;
  while (existing.includes(label())) n++;
  return label();
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
