/** The e2e seed-like fixture, validated, for unit tests. */
import rawText from '../../../e2e/fixtures/seed-like/events.json?raw';
import { validateEventList, type EventList, type TimelineEvent } from '../schema';

const raw: unknown = JSON.parse(rawText);
const v = validateEventList(raw);
if (!v.ok) throw new Error('seed-like fixture is invalid');
export const seedLike: EventList = v.value;

/** A synthetic event for tests. */
export function makeEvent(id: string, over: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: `Event ${id}`,
    summary: 'A summary.',
    status: 'reported',
    date: { start: '2020-01-01', end: '2020-01-01', precision: 'day', expression: 'on 1 Jan', basis: 'given' },
    themes: ['rnd'],
    actors: [],
    evidence: [{ source: 's', quote: 'q', start: 0, end: 1 }],
    ...over,
  };
}
