/**
 * Corroboration: a proposal whose date overlaps an existing event's and that shares actors or key
 * terms with it is offered as more evidence for that event. Key terms are weighed by how rare they are
 * among the events (tf-idf), so "India" and "defence" match nothing on their own. Pure.
 */
import type { EventDate, TimelineEvent } from '../schema';
import { longDay } from '../days';
import { eventText } from './themes';
import { contentWords, DATE_STEMS, stems } from './words';

export interface CorroborationIndex {
  events: { event: TimelineEvent; stems: Set<string>; actors: Set<string> }[];
  idf: (stem: string) => number;
}

const keyStems = (text: string) => new Set([...stems(text)].filter((s) => !DATE_STEMS.has(s)));

export function corroborationIndex(events: readonly TimelineEvent[]): CorroborationIndex {
  const docs = events.map((event) => ({ event, stems: keyStems(eventText(event)), actors: new Set(event.actors) }));
  const df = new Map<string, number>();
  for (const d of docs) for (const s of d.stems) df.set(s, (df.get(s) ?? 0) + 1);
  const n = docs.length;
  return { events: docs, idf: (s) => Math.log((n + 1) / ((df.get(s) ?? 0) + 0.5)) };
}

/**
 * Whether two dates can be the same happening: their day ranges overlap ("before" runs back and "after"
 * runs on without limit).
 */
export function datesOverlap(a: EventDate, b: EventDate): boolean {
  const aStart = a.start ?? '0000-01-01';
  const bStart = b.start ?? '0000-01-01';
  const aEnd = a.end ?? '9999-12-31';
  const bEnd = b.end ?? '9999-12-31';
  return aStart <= bEnd && bStart <= aEnd;
}

/** Shared key terms needed: fewer when actors are shared too, more for undated ("before") dates. */
const MIN_TERMS_WITH_ACTOR = 0.3;
const MIN_TERMS_ALONE = 0.4;

export function findCorroboration(
  index: CorroborationIndex,
  sentence: string,
  date: EventDate,
  actors: string[],
): { eventId: string; title: string; reason: string } | undefined {
  const words = contentWords(sentence).filter((w) => !DATE_STEMS.has(w.stem));
  const mine = new Set(words.map((w) => w.stem));
  let best: { score: number; eventId: string; title: string; reason: string } | undefined;
  for (const d of index.events) {
    if (!datesOverlap(date, d.event.date)) continue;
    // an undated claim ("before 10 Mar 2023") says nothing about a dated event's day, nor the reverse:
    // only an undated event takes undated evidence
    if ((date.precision === 'before') !== (d.event.date.precision === 'before')) continue;
    const undated = date.precision === 'before';
    const sharedActors = actors.filter((a) => d.actors.has(a));
    const shared = [...mine].filter((s) => d.stems.has(s));
    const similarity = coverage(mine, shared, index.idf);
    const needed = (sharedActors.length ? MIN_TERMS_WITH_ACTOR : MIN_TERMS_ALONE) + (undated ? 0.05 : 0);
    if (similarity < needed) continue;
    const score = similarity + 0.15 * sharedActors.length;
    if (best && best.score >= score) continue;
    const terms = shared
      .toSorted((x, y) => index.idf(y) - index.idf(x))
      .slice(0, 4)
      .map((s) => words.find((w) => w.stem === s)!.text.toLowerCase());
    const when =
      d.event.date.precision === 'day' && d.event.date.start
        ? `same day (${longDay(d.event.date.start)})`
        : 'overlapping dates';
    const parts = [when];
    if (sharedActors.length) parts.push(`shared actors: ${sharedActors.join(', ')}`);
    if (terms.length) parts.push(`shared terms: ${terms.join(', ')}`);
    best = { score, eventId: d.event.id, title: d.event.title, reason: parts.join('; ') };
  }
  return best && { eventId: best.eventId, title: best.title, reason: best.reason };
}

/**
 * How much of the sentence's key-term weight (idf²) the event shares: 0..1. An event with many
 * quotes is not penalised.
 */
function coverage(mine: Set<string>, shared: string[], idf: (s: string) => number): number {
  if (!shared.length) return 0;
  const total = [...mine].reduce((sum, s) => sum + idf(s) ** 2, 0);
  return shared.reduce((sum, s) => sum + idf(s) ** 2, 0) / (total || 1);
}
