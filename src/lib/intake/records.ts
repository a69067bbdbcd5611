/**
 * What Briefline keeps in the browser's database for added articles (issue 16), and how a stored
 * record is read back: every record carries the version of the format it was written in; one
 * that does not parse, or comes from a newer version, is set aside with the reason, never dropped.
 * Events are kept in the curated-input form (data/events.curated.json): the timeline's event is
 * derived from it and the article by the pipeline's own code (see build.ts), never stored.
 */
import { z } from '../zodMini';
import { isoDay, slugId } from '../schema';
import { curatedEventSchema, curatedEvidenceSchema } from '../extract/inputs';

/** The version of the record format written by this code. */
export const RECORD_VERSION = 1;

export const articleRecordSchema = z.object({
  v: z.literal(RECORD_VERSION),
  id: slugId,
  text: z.string().check(z.minLength(1)),
  published: isoDay,
  outlet: z.string(),
  agency: z.string(),
  headline: z.string(),
  url: z.string(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  addedAt: z.string().check(z.minLength(1)),
});
export type ArticleRecord = z.infer<typeof articleRecordSchema>;

export const eventRecordSchema = z.object({
  v: z.literal(RECORD_VERSION),
  id: slugId,
  articleId: slugId,
  addedAt: z.string().check(z.minLength(1)),
  event: curatedEventSchema,
});
export type EventRecord = z.infer<typeof eventRecordSchema>;

/** A quote of an added article kept as more evidence for an event that is not the article's own. */
export const evidenceRecordSchema = z.object({
  v: z.literal(RECORD_VERSION),
  id: z.string().check(z.minLength(1)),
  eventId: slugId,
  articleId: slugId,
  addedAt: z.string().check(z.minLength(1)),
  evidence: curatedEvidenceSchema,
});
export type EvidenceRecord = z.infer<typeof evidenceRecordSchema>;

export type TableName = 'articles' | 'events' | 'evidence';

/** A stored record that could not be read: shown to the user, left where it is. */
export interface SetAside {
  table: TableName;
  key: string;
  reason: string;
}

const SCHEMAS = { articles: articleRecordSchema, events: eventRecordSchema, evidence: evidenceRecordSchema } as const;
type RecordOf<T extends TableName> = z.infer<(typeof SCHEMAS)[T]>;

/** Read raw records of one table: the readable ones, and the others set aside with a reason each. */
export function readRecords<T extends TableName>(
  table: T,
  raw: readonly unknown[],
): { records: RecordOf<T>[]; setAside: SetAside[] } {
  const records: RecordOf<T>[] = [];
  const setAside: SetAside[] = [];
  raw.forEach((value, i) => {
    const key = keyOf(value, i);
    const v = (value as { v?: unknown } | null)?.v;
    if (typeof v === 'number' && v > RECORD_VERSION) {
      setAside.push({
        table,
        key,
        reason: `written by a newer version of Briefline (record format ${v}; this one reads ${RECORD_VERSION})`,
      });
      return;
    }
    const r = SCHEMAS[table].safeParse(value);
    if (r.success) records.push(r.data as RecordOf<T>);
    else {
      const first = r.error.issues[0];
      const where = first?.path.length ? first.path.join('.') : 'record';
      setAside.push({ table, key, reason: `cannot be read (${where}: ${first?.message ?? 'invalid'})` });
    }
  });
  return { records, setAside };
}

function keyOf(value: unknown, i: number): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : `#${i + 1}`;
}

/** The three tables as IndexedDB holds them, unread. */
export interface RawTables {
  articles: readonly unknown[];
  events: readonly unknown[];
  evidence: readonly unknown[];
}

/** Read all three tables: the readable records, and every other one set aside with its reason. */
export function readAllRecords(raw: RawTables): {
  records: { articles: ArticleRecord[]; events: EventRecord[]; evidence: EvidenceRecord[] };
  setAside: SetAside[];
} {
  const articles = readRecords('articles', raw.articles);
  const events = readRecords('events', raw.events);
  const evidence = readRecords('evidence', raw.evidence);
  return {
    records: { articles: articles.records, events: events.records, evidence: evidence.records },
    setAside: [...articles.setAside, ...events.setAside, ...evidence.setAside],
  };
}
