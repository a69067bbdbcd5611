/**
 * The one schema of Briefline's event list (public/data/events.json).
 * Shared by the extraction pipeline (scripts/) and the app (src/): both validate with it.
 * Documented in docs/data-format.md.
 */
import { z } from './zodMini';
import { compareDays, DAY_SHAPE, dayParts, dayString, utcTime } from './days';

/**
 * A real calendar day written YYYY-MM-DD, or with an ISO 8601 expanded year outside 0000–9999 ("-000043-03-15" is
 * 15 Mar 44 BC; src/lib/days.ts). 2020-02-30, 2024-13-01 and "+002020-01-01" (not the one way to write it) are
 * rejected.
 */
export const isoDay = z.string().check(
  z.superRefine((value, ctx) => {
    if (!DAY_SHAPE.test(value))
      ctx.addIssue({
        code: 'custom',
        message: `expected a date written YYYY-MM-DD (or ±YYYYYY-MM-DD), got ${JSON.stringify(value)}`,
      });
    else if (!isRealDay(value)) ctx.addIssue({ code: 'custom', message: `not a real calendar day: ${value}` });
  }),
);

/** A real day JavaScript's Date holds, written the one way days.ts writes it. */
export function isRealDay(value: string): boolean {
  if (!DAY_SHAPE.test(value)) return false;
  const [y, mo, d] = dayParts(value);
  if (mo < 1 || mo > 12 || d < 1 || dayString(y, mo, d) !== value) return false;
  const dt = new Date(utcTime(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

export const slugId = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(120),
    z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and hyphens'),
  );

export const PRECISIONS = ['day', 'week', 'month', 'year', 'span', 'before', 'after'] as const;
export const precisionSchema = z.enum(PRECISIONS);
export type Precision = z.infer<typeof precisionSchema>;

export const STATUSES = ['reported', 'planned'] as const;
export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

export const eventDateSchema = z
  .object({
    /** First day, or null when the start is unknown (precision "before"). For "after", the publication day. */
    start: z.nullable(isoDay),
    /** Last day (inclusive). For "before", the day by which it had happened (publication date). Null for "after". */
    end: z.nullable(isoDay),
    precision: precisionSchema,
    /** The words of the article that date the event, e.g. "on Friday". */
    expression: z.string().check(z.minLength(1)),
    /** How the expression was resolved, so a reader can check it. */
    basis: z.string().check(z.minLength(1)),
  })
  .check(
    z.superRefine((d, ctx) => {
      if (d.precision === 'after') {
        if (d.start === null)
          ctx.addIssue({ code: 'custom', path: ['start'], message: 'is required when precision is "after"' });
        if (d.end !== null)
          ctx.addIssue({
            code: 'custom',
            path: ['end'],
            message: 'must be null when precision is "after" (no end is known)',
          });
      } else if (d.end === null) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `is required when precision is "${d.precision}"` });
      } else if (d.precision === 'before') {
        if (d.start !== null)
          ctx.addIssue({ code: 'custom', path: ['start'], message: 'must be null when precision is "before"' });
      } else if (d.start === null) {
        ctx.addIssue({ code: 'custom', path: ['start'], message: `is required when precision is "${d.precision}"` });
      } else if (compareDays(d.end, d.start) < 0) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `end ${d.end} is before start ${d.start}` });
      }
    }),
  );
export type EventDate = z.infer<typeof eventDateSchema>;

export const evidenceSchema = z
  .object({
    source: slugId,
    quote: z.string().check(z.minLength(1)),
    /** JavaScript string offsets into the source text: text.slice(start, end) === quote. */
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.positive()),
  })
  .check(
    z.refine((e) => e.end - e.start === e.quote.length, {
      message: 'end - start must equal the quote length',
      path: ['end'],
    }),
  );
export type Evidence = z.infer<typeof evidenceSchema>;

export const themeSchema = z.object({
  id: slugId,
  label: z.string().check(z.minLength(1), z.maxLength(60)),
  description: z.string(),
});
export type Theme = z.infer<typeof themeSchema>;

export const sourceSchema = z.object({
  id: slugId,
  outlet: z.string().check(z.minLength(1)),
  agency: z.string(),
  headline: z.string().check(z.minLength(1)),
  published: isoDay,
  url: z.url(),
  /** Path of the article text relative to public/, e.g. data/sources/ndtv-2020-07-24.txt. */
  text: z.string().check(z.minLength(1)),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type Source = z.infer<typeof sourceSchema>;

export const eventSchema = z.object({
  id: slugId,
  title: z.string().check(z.minLength(1), z.maxLength(200, 'title is over 200 characters')),
  summary: z.string().check(z.minLength(1)),
  status: statusSchema,
  date: eventDateSchema,
  themes: z.array(slugId).check(z.minLength(1)),
  actors: z.array(z.string().check(z.minLength(1))),
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
});
export type TimelineEvent = z.infer<typeof eventSchema>;

/**
 * An era of an imported TimelineJS file: a labelled stretch of time drawn as a background band behind the events
 * (never an event: not counted, searched, listed or selected). Its headline is plain text.
 */
export const eraSchema = z
  .object({
    start: isoDay,
    /** Last day, inclusive. */
    end: isoDay,
    headline: z.string().check(z.minLength(1), z.maxLength(200, 'headline is over 200 characters')),
  })
  .check(
    z.refine((e) => !DAY_SHAPE.test(e.start) || !DAY_SHAPE.test(e.end) || compareDays(e.end, e.start) >= 0, {
      message: 'the end is before the start',
      path: ['end'],
    }),
  );
export type Era = z.infer<typeof eraSchema>;

/** The version this code writes. Version 1 lists (no precision "after") are read by migrateEventList. */
export const SCHEMA_VERSION = 2;

export const eventListSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    title: z.string().check(z.minLength(1)),
    themes: z.array(themeSchema).check(z.minLength(1)),
    sources: z.array(sourceSchema).check(z.minLength(1)),
    events: z.array(eventSchema).check(z.minLength(1)),
    /** Background bands (from an imported TimelineJS file); absent in the built-in list. */
    eras: z.optional(z.array(eraSchema)),
  })
  .check(
    z.superRefine((doc, ctx) => {
      const themeIds = new Set(doc.themes.map((t) => t.id));
      const sourceIds = new Set(doc.sources.map((s) => s.id));
      const seen = new Set<string>();
      doc.events.forEach((ev, i) => {
        if (seen.has(ev.id))
          ctx.addIssue({ code: 'custom', path: ['events', i, 'id'], message: `duplicate event id "${ev.id}"` });
        seen.add(ev.id);
        ev.themes.forEach((t, j) => {
          if (!themeIds.has(t))
            ctx.addIssue({ code: 'custom', path: ['events', i, 'themes', j], message: `unknown theme "${t}"` });
        });
        ev.evidence.forEach((e, j) => {
          if (!sourceIds.has(e.source))
            ctx.addIssue({
              code: 'custom',
              path: ['events', i, 'evidence', j, 'source'],
              message: `unknown source "${e.source}"`,
            });
        });
      });
    }),
  );
export type EventList = z.infer<typeof eventListSchema>;

/** One problem in an input, named so a person can find it. */
export interface InputProblem {
  file: string;
  /** Event id (or source id, or row) the problem belongs to, when there is one. */
  id?: string;
  field: string;
  message: string;
}

export function formatProblem(p: InputProblem): string {
  return `${p.file}${p.id ? ` [${p.id}]` : ''} ${p.field}: ${p.message}`;
}

/** A version-1 list as version 2: nothing in it changes meaning (version 2 only adds precision "after"). */
export function migrateEventList(data: unknown): unknown {
  if (typeof data === 'object' && data !== null && (data as { schemaVersion?: unknown }).schemaVersion === 1) {
    return { ...(data as object), schemaVersion: SCHEMA_VERSION };
  }
  return data;
}

/**
 * Validate a parsed events.json document (version 1 is migrated on read). Collects every problem, each naming
 * the file, the event id (where the path is inside an event) and the field.
 */
export function validateEventList(
  data: unknown,
  file = 'events.json',
): { ok: true; value: EventList } | { ok: false; problems: InputProblem[] } {
  const r = eventListSchema.safeParse(migrateEventList(data));
  if (r.success) return { ok: true, value: r.data };
  const problems = r.error.issues.map((issue): InputProblem => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    let id: string | undefined;
    let rest = path;
    if (path[0] === 'eras' && typeof path[1] === 'number') {
      id = `era ${path[1] + 1}`;
      rest = path.slice(2);
    } else if ((path[0] === 'events' || path[0] === 'sources' || path[0] === 'themes') && typeof path[1] === 'number') {
      const list = (data as Record<string, unknown>)?.[path[0]];
      const item = Array.isArray(list) ? (list[path[1]] as { id?: unknown } | undefined) : undefined;
      id = typeof item?.id === 'string' ? item.id : `${path[0]}[${path[1]}]`;
      rest = path.slice(2);
      if (path[0] !== 'events') rest = [path[0], ...rest];
    }
    return { file, id, field: rest.length ? rest.join('.') : '(document)', message: issue.message };
  });
  return { ok: false, problems };
}
