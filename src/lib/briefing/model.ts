/**
 * The Briefing model: an ordered list of steps (events or title cards) with the presenter's
 * talking points, and the filters that were in force when it was made. Versioned and validated
 * with zod wherever it enters the app (localStorage, an imported file, a sent address).
 */
import { z } from '../zodMini';
import { isoDay, slugId } from '../schema';

export const BRIEFING_VERSION = 1 as const;

export const eventStepSchema = z.object({
  kind: z.literal('event'),
  eventId: slugId,
  talkingPoints: z.string().check(z.maxLength(20_000)),
});
export const titleStepSchema = z.object({
  kind: z.literal('title'),
  /** Stable id of the card within the briefing (React keys, focus after a move). */
  id: z.string().check(z.minLength(1), z.maxLength(60)),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  text: z.string().check(z.maxLength(20_000)),
});
export const stepSchema = z.discriminatedUnion('kind', [eventStepSchema, titleStepSchema]);

export const filterSnapshotSchema = z.object({
  hiddenThemes: z.array(z.string()),
  query: z.string(),
  period: z.object({ from: z.nullable(isoDay), to: z.nullable(isoDay) }),
});

export const briefingSchema = z
  .object({
    version: z.literal(BRIEFING_VERSION),
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'expected lower-case letters, digits and hyphens')),
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    steps: z.array(stepSchema).check(z.maxLength(2000)),
    filters: filterSnapshotSchema,
    updatedAt: z.string(),
  })
  .check(
    z.superRefine((b, ctx) => {
      const seen = new Set<string>();
      b.steps.forEach((s, i) => {
        const key = stepKey(s);
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['steps', i], message: `duplicate step ${key}` });
        seen.add(key);
      });
    }),
  );

export type BriefingStep = z.infer<typeof stepSchema>;
export type FilterSnapshot = z.infer<typeof filterSnapshotSchema>;
export type Briefing = z.infer<typeof briefingSchema>;

/** A key that is unique within one briefing: the event id, or the title card's id. */
export function stepKey(s: BriefingStep): string {
  return s.kind === 'event' ? `event:${s.eventId}` : `title:${s.id}`;
}

export const EMPTY_FILTERS: FilterSnapshot = { hiddenThemes: [], query: '', period: { from: null, to: null } };

/** Validation problems as readable lines: "steps.2.eventId: expected ...". */
export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(briefing)'}: ${i.message}`);
}
