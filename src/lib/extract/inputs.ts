/**
 * The pipeline's hand-edited inputs: data/sources.json (one row per article) and
 * data/events.curated.json (the events a person decided on). Documented in docs/data-format.md.
 * No offsets and no resolved dates are typed by hand: the pipeline computes them.
 */
import { z } from '../zodMini';
import { eventSchema, isoDay, slugId, themeSchema, type InputProblem } from '../schema';

export const sourceRowSchema = z.object({
  id: slugId,
  outlet: z.string().check(z.minLength(1)),
  agency: z.string(),
  headline: z.string().check(z.minLength(1)),
  published: isoDay,
  url: z.url().check(z.refine((u) => /^https?:\/\//.test(u), 'only http and https addresses')),
  /** Path of the article text relative to the data folder, e.g. articles/ndtv-2020-07-24.txt. */
  file: z.string().check(
    z.minLength(1),
    z.refine((f) => !f.includes('..') && !f.startsWith('/'), 'must be a path inside the data folder'),
  ),
});
export type SourceRow = z.infer<typeof sourceRowSchema>;
/** The list's shape only; rows are checked one by one with sourceRowSchema. */
export const sourcesFileSchema = z.array(z.unknown()).check(z.minLength(1, 'no sources listed'));

export const curatedEvidenceSchema = z.object({
  source: slugId,
  /** The article's words exactly as written (quote marks, spaces and typos included). */
  quote: z.string().check(z.minLength(1)),
  /** 1-based: which occurrence, when the quote appears more than once in the article. */
  occurrence: z.optional(z.int().check(z.positive())),
  /** Text before the quote in the article: the first occurrence after it is taken. */
  after: z.optional(z.string().check(z.minLength(1))),
});

export const curatedDateSchema = z.object({
  /** The article's words that date the event; must appear in one of the evidence quotes. */
  expression: z.string().check(z.minLength(1)),
  /** Which evidence source's publication day the expression is relative to (default: the first quote containing it). */
  source: z.optional(slugId),
  /** For "earlier in the day" and the like: the id of the event whose day this is. */
  sameDayAs: z.optional(slugId),
  /** The article reports it with no time at all: precision "before", ending at publication. */
  undated: z.optional(z.literal(true)),
});

/** An event as a person writes it: the published event's fields, with a date expression and bare quotes. */
export const curatedEventSchema = z.extend(eventSchema, {
  date: curatedDateSchema,
  evidence: z.array(curatedEvidenceSchema).check(z.minLength(1)),
});
export type CuratedEvent = z.infer<typeof curatedEventSchema>;

export const curatedFileSchema = z.object({
  title: z.string().check(z.minLength(1)),
  themes: z.array(themeSchema).check(z.minLength(1)),
  events: z.array(curatedEventSchema).check(z.minLength(1, 'the event list is empty')),
});
export type CuratedFile = z.infer<typeof curatedFileSchema>;

/** zod issues as InputProblems: file, the id of the row or event they sit in, and the field. */
export function zodProblems(file: string, data: unknown, issues: z.core.$ZodIssue[], listKey?: string): InputProblem[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    let list: unknown = data;
    let rest = path;
    if (listKey && path[0] === listKey) {
      list = (data as Record<string, unknown> | null)?.[listKey];
      rest = path.slice(1);
    }
    let id: string | undefined;
    if (Array.isArray(list) && typeof rest[0] === 'number') {
      const item = list[rest[0]] as { id?: unknown } | undefined;
      id = typeof item?.id === 'string' && item.id ? item.id : `${listKey ?? 'row'}[${rest[0]}]`;
      rest = rest.slice(1);
    } else rest = path;
    return { file, id, field: rest.length ? rest.join('.') : '(document)', message: issue.message };
  });
}
