/**
 * What each presentation step shows, resolved from the briefing and the loaded event list:
 * the date as the audience should read it, title, summary, key quote with outlet and date,
 * and the talking points. Pure: the Presenter, the presenter view and the handout use it.
 */
import { shownSummary } from '../summary';
import { dayLabel as labelOfDay } from '../days';
import { formatEventDate } from '../dateLabel';
import type { EventList, TimelineEvent } from '../schema';
import type { Briefing } from './model';

export interface QuoteView {
  text: string;
  outlet: string;
  headline: string;
  /** "24 Jul 2020" */
  published: string;
  url: string;
}

export type StepView =
  | {
      kind: 'event';
      eventId: string;
      /** Used for accessible names and headings; "Missing event <id>" when not in the data. */
      title: string;
      missing: boolean;
      dateLabel: string;
      planned: boolean;
      summary: string;
      quotes: QuoteView[];
      talkingPoints: string;
    }
  | { kind: 'title'; title: string; text: string; talkingPoints: string };

export const dayLabel = (iso: string) => labelOfDay(iso);

export function quotesOf(e: TimelineEvent, data: EventList): QuoteView[] {
  return e.evidence.map((ev) => {
    const s = data.sources.find((x) => x.id === ev.source);
    return {
      text: ev.quote,
      outlet: s?.outlet ?? ev.source,
      headline: s?.headline ?? '',
      published: s ? dayLabel(s.published) : '',
      url: s?.url ?? '',
    };
  });
}

export function stepViews(b: Briefing, data: EventList): StepView[] {
  const byId = new Map(data.events.map((e) => [e.id, e]));
  return b.steps.map((s): StepView => {
    if (s.kind === 'title') return { kind: 'title', title: s.title, text: s.text, talkingPoints: s.text };
    const e = byId.get(s.eventId);
    if (!e)
      return {
        kind: 'event',
        eventId: s.eventId,
        title: `Missing event ${s.eventId}`,
        missing: true,
        dateLabel: '',
        planned: false,
        summary:
          'This event is not in the loaded data (it may have been removed or renamed). ' +
          'Its step is kept so nothing is lost.',
        quotes: [],
        talkingPoints: s.talkingPoints,
      };
    return {
      kind: 'event',
      eventId: e.id,
      title: e.title,
      missing: false,
      dateLabel: formatEventDate(e.date),
      planned: e.status === 'planned',
      summary: shownSummary(e),
      quotes: quotesOf(e, data),
      talkingPoints: s.talkingPoints,
    };
  });
}
