/**
 * A briefing as a file a presenter can keep or send: {format, version, briefing}.
 * Import validates it and lists every problem; nothing is used until it is valid.
 */
import { z } from '../zodMini';
import { briefingSchema, type Briefing } from './model';
import type { InputProblem } from '../schema';

export const BRIEFING_FILE_FORMAT = 'briefline-briefing';

const fileSchema = z.object({
  format: z.literal(BRIEFING_FILE_FORMAT),
  version: z.literal(1),
  briefing: briefingSchema,
});

export function briefingToFile(b: Briefing): string {
  return `${JSON.stringify({ format: BRIEFING_FILE_FORMAT, version: 1, briefing: b }, null, 2)}\n`;
}

export function briefingFileName(b: Briefing): string {
  const slug =
    b.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'briefing';
  return `${slug}.briefing.json`;
}

export function parseBriefingFile(
  text: string,
  file: string,
): { ok: true; briefing: Briefing } | { ok: false; problems: InputProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      problems: [{ file, field: '(file)', message: `not JSON: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
  const r = fileSchema.safeParse(data);
  if (r.success) return { ok: true, briefing: r.data.briefing };
  return {
    ok: false,
    problems: r.error.issues.map((i) => {
      const path = i.path.map(String);
      const step = path[1] === 'steps' && path[2] !== undefined ? `step ${Number(path[2]) + 1}` : undefined;
      return { file, id: step, field: path.join('.') || '(file)', message: i.message };
    }),
  };
}
