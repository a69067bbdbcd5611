/**
 * The records of 1,000 added articles with 5,000 events, as the app keeps them in the browser's database
 * (src/lib/intake/records.ts, format version RECORD_VERSION): generated articles (src/lib/generate) whose
 * events are written back in the curated-input form, so the app builds them with the pipeline's own code.
 */
import { generateEventList } from '../../src/lib/generate';
import { sha256Hex } from '../../src/lib/digest';
import { RECORD_VERSION, type ArticleRecord, type EventRecord } from '../../src/lib/intake/records';
import type { AddedRecords } from '../../src/lib/intake/build';

export const ADDED_ARTICLES = 1_000;
export const ADDED_EVENTS = 5_000;

export async function addedRecords(seed: number): Promise<AddedRecords> {
  const { list, texts } = await generateEventList({
    count: ADDED_EVENTS,
    seed,
    eventsPerSource: ADDED_EVENTS / ADDED_ARTICLES,
    textPrefix: 'added/',
  });
  const addedAt = '2026-12-01T12:00:00.000Z';
  const articles: ArticleRecord[] = [];
  for (const s of list.sources) {
    const text = texts[s.text ?? ''] ?? '';
    articles.push({
      v: RECORD_VERSION,
      id: `added-${s.id}`,
      text,
      published: s.published,
      outlet: s.outlet,
      agency: s.agency ?? '',
      headline: s.headline,
      url: s.url ?? '',
      sha256: (await sha256Hex(text)) ?? '',
      addedAt,
    });
  }
  const textOf = new Map(list.sources.map((s) => [s.id, texts[s.text ?? ''] ?? '']));
  const events: EventRecord[] = list.events.map((e) => ({
    v: RECORD_VERSION,
    id: `added-${e.id}`,
    articleId: `added-${e.evidence[0]!.source}`,
    addedAt,
    event: {
      ...e,
      id: `added-${e.id}`,
      date: {
        expression: asWritten(
          e.date.expression,
          e.evidence.map((x) => x.quote),
        ),
        ...(e.date.precision === 'before' ? { undated: true as const } : {}),
      },
      evidence: e.evidence.map((x) => ({
        source: `added-${x.source}`,
        quote: x.quote,
        ...occurrence(textOf.get(x.source) ?? '', x.quote, x.start),
      })),
    },
  }));
  return { articles, events, evidence: [] };
}

/** The date expression as the quote writes it ("Last year" at the start of a sentence). */
function asWritten(expression: string, quotes: string[]): string {
  for (const q of quotes) {
    const at = q.toLowerCase().indexOf(expression.toLowerCase());
    if (at >= 0) return q.slice(at, at + expression.length);
  }
  return expression;
}

/** Which occurrence of the quote the offsets name, when the article holds it more than once. */
function occurrence(text: string, quote: string, start: number): { occurrence?: number } {
  let n = 0;
  let at = -1;
  let mine = 0;
  while ((at = text.indexOf(quote, at + 1)) >= 0) {
    n++;
    if (at === start) mine = n;
  }
  return n > 1 && mine ? { occurrence: mine } : {};
}
