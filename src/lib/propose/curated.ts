/**
 * Events in the pipeline's own input format (data/events.curated.json): the date as the article's
 * words (the pipeline resolves them again, with the same rules), quotes without offsets (an
 * "occurrence" when the sentence occurs more than once). Used by `extract draft` and by the app's
 * "Export my articles", so the repository route and the in-app route give the same events. Pure.
 */
import type { CuratedEvent } from '../extract/inputs';
import type { TimelineEvent } from '../schema';
import { occurrenceAt } from './toEvent';

export interface CuratedOptions {
  /** The article reports it with no time at all (Proposal.undated). */
  undated?: boolean;
  /** For "earlier in the day": the event whose day it is. */
  sameDayAs?: string;
  /** The source whose quote carries the date expression (default: the first quote containing it). */
  dateSource?: string;
}

export function toCuratedEvent(
  event: TimelineEvent,
  texts: ReadonlyMap<string, string> | Record<string, string>,
  opts: CuratedOptions = {},
): CuratedEvent {
  const get = (id: string) => (texts instanceof Map ? texts.get(id) : (texts as Record<string, string>)[id]);
  const date: CuratedEvent['date'] = { expression: event.date.expression };
  if (opts.dateSource) date.source = opts.dateSource;
  if (opts.sameDayAs) date.sameDayAs = opts.sameDayAs;
  if (opts.undated) date.undated = true;
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    status: event.status,
    date,
    themes: [...event.themes],
    actors: [...event.actors],
    evidence: event.evidence.map((e) => {
      const text = get(e.source);
      const n = text === undefined ? 1 : occurrenceAt(text, e.quote, e.start);
      const more = text !== undefined && text.indexOf(e.quote, text.indexOf(e.quote) + 1) >= 0;
      return more ? { source: e.source, quote: e.quote, occurrence: n } : { source: e.source, quote: e.quote };
    }),
  };
}
