/**
 * Resolve a date expression from an article against the article's publication day, the way a careful
 * reader of news does (docs/dates.md): tense decides direction, explicit days are days, ranges are spans,
 * anaphora follow the text. Pure. The rules are in dateRules.ts and its siblings; expressions no rule
 * reads fall back to chrono-node (news refiner: an unstated year or weekday is on or before publication).
 * Every result says how it was resolved.
 */
import * as chrono from 'chrono-node';
import type { Precision } from './schema';
import { isRealDay } from './schema';
import { dayString, longDay, toUtc, ymd } from './days';
import { latestWeekday, type Anchor, type RuleContext, type RuleOutcome } from './dateTokens';
import { clauseTense, NO_CUE, type Tense } from './dateTense';
import { scanDates, resolveMatch, type DateMatch } from './dateScan';

export type { Tense } from './dateTense';
export type { Anchor } from './dateTokens';

export interface ResolvedDate {
  start: string | null;
  /** Last day; null only for precision "after" (a vague future with no end). */
  end: string | null;
  precision: Precision;
  expression: string;
  basis: string;
}

export type ResolveResult =
  | { ok: true; value: ResolvedDate }
  | {
      ok: false;
      error: string;
      /** An all-numeric day that reads two ways: both readings. */ readings?: ResolvedDate[];
    };

export interface ResolveOptions {
  /** The event an expression like "earlier in the day" refers to, with its resolved day. */
  sameDay?: { id: string; day: string; label?: string } | undefined;
  /** The expression dates something the article reports without any time: precision "before". */
  undated?: boolean | undefined;
  /** The tense of the governing clause, when the caller knows it. */
  tense?: Tense | undefined;
  /** The sentence the expression is in and where: the tense is read from it (rule 1). */
  context?: { sentence: string; index: number } | undefined;
  /** The last day the article mentioned before the expression ("the next day" counts from it). */
  anchor?: Anchor | undefined;
  /** The outlet writes all-numeric dates day first (true) or month first (false); unknown: they are problems. */
  dayFirst?: boolean | undefined;
}

const FILLER = /^(?:on|in|at|of|the|from|between|during|since|by|and|until|till|,)$/i;

/** chrono-node's British-English parser with a refiner for news usage (past tense, publication day). */
const newsChrono = chrono.en.GB.clone();
newsChrono.refiners.push({
  refine: (context, results) => {
    const i = context.reference.instant;
    const published = ymd(i.getUTCFullYear(), i.getUTCMonth() + 1, i.getUTCDate());
    for (const r of results) {
      for (const c of [r.start, r.end]) {
        if (!c) continue;
        if (!c.isCertain('day') && !c.isCertain('month') && c.isCertain('weekday')) {
          const [y, m, dd] = latestWeekday(published, c.get('weekday')!).split('-').map(Number) as [
            number,
            number,
            number,
          ];
          c.assign('year', y).assign('month', m).assign('day', dd);
        } else if (c.isCertain('month') && !c.isCertain('year')) {
          const y = toUtc(published).getUTCFullYear();
          const candidate = ymd(y, c.get('month')!, c.isCertain('day') ? c.get('day')! : 1);
          c.assign('year', candidate > published ? y - 1 : y);
        }
      }
    }
    return results;
  },
});

export function normaliseExpression(expression: string): string {
  return expression
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.,;:!?]+$/, '');
}

const basisHead = (expression: string, published: string) =>
  `"${expression}" in an article published ${longDay(published)}`;

/** The resolved date of an outcome, with its basis, or the error. */
export function finishOutcome(expr: string, published: string, outcome: RuleOutcome): ResolveResult {
  const head = basisHead(expr, published);
  if ('error' in outcome) {
    const readings = outcome.readings?.map((r): ResolvedDate => ({
      start: r.start,
      end: r.end,
      precision: r.precision,
      expression: expr,
      basis: `${head}: ${r.reason}`,
    }));
    return readings ? { ok: false, error: outcome.error, readings } : { ok: false, error: outcome.error };
  }
  if (outcome.start !== null && outcome.end !== null && outcome.end < outcome.start) {
    return { ok: false, error: `"${expr}" ends (${outcome.end}) before it starts (${outcome.start})` };
  }
  return {
    ok: true,
    value: {
      start: outcome.start,
      end: outcome.end,
      precision: outcome.precision,
      expression: expr,
      basis: `${head}: ${outcome.reason}`,
    },
  };
}

export function resolveDate(expression: string, published: string, options: ResolveOptions = {}): ResolveResult {
  if (!isRealDay(published)) return { ok: false, error: `publication date "${published}" is not a real calendar day` };
  const expr = normaliseExpression(expression);
  if (!expr) return { ok: false, error: 'the date expression is empty' };
  if (options.undated) {
    return {
      ok: true,
      value: {
        start: null,
        end: published,
        precision: 'before',
        expression: expr,
        basis: `${basisHead(expr, published)}: no time stated; it had happened by publication`,
      },
    };
  }
  const { context } = options;
  const tense =
    options.tense ?? (context ? clauseTense(context.sentence, context.index, context.index + expr.length) : NO_CUE);
  const ctx: RuleContext = {
    published,
    tense,
    sameDay: options.sameDay,
    anchor: options.anchor,
    dayFirst: options.dayFirst,
  };
  const whole = wholeMatch(expr);
  return finishOutcome(expr, published, whole ? resolveMatch(whole, ctx) : resolveWithChrono(expr, published));
}

/**
 * Scans depend on the expression alone and an article's events repeat a few ("last year", "on Tuesday"):
 * each is scanned once (a bounded cache: emptied when full). The match is read, never changed.
 */
const WHOLE_MATCHES = new Map<string, DateMatch | undefined>();
const WHOLE_MATCHES_MAX = 5000;

/** The one match that is the whole expression but for filler words ("on", "the", ","). */
function wholeMatch(expr: string): DateMatch | undefined {
  if (WHOLE_MATCHES.has(expr)) return WHOLE_MATCHES.get(expr);
  if (WHOLE_MATCHES.size >= WHOLE_MATCHES_MAX) WHOLE_MATCHES.clear();
  const found = scanWhole(expr);
  WHOLE_MATCHES.set(expr, found);
  return found;
}

function scanWhole(expr: string): DateMatch | undefined {
  const found = scanDates(expr, false);
  if (found.length !== 1) return undefined;
  const f = found[0]!;
  const rest = `${expr.slice(0, f.start)} ${expr.slice(f.end)}`.split(/\s+|(?=,)/).filter(Boolean);
  return rest.every((w) => FILLER.test(w)) ? f : undefined;
}

function resolveWithChrono(expr: string, published: string): RuleOutcome {
  const ref = { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
  const results = newsChrono.parse(expr, ref, { forwardDate: false });
  const r = results[0];
  const rest = r
    ? (expr.slice(0, r.index) + ' ' + expr.slice(r.index + r.text.length)).split(/\s+|(?=,)/).filter(Boolean)
    : [];
  if (!r || results.length > 1 || !rest.every((w) => FILLER.test(w))) {
    return {
      error:
        `cannot resolve "${expr}": no rule or date parser reads it as a date ` +
        '(say what it means in date.sameDayAs, or mark the event date "undated")',
    };
  }
  const start = componentsRange(r.start);
  if ('error' in start) return { error: `cannot resolve "${expr}": ${start.error}` };
  const reason = /\b(?:1[89]|20)\d{2}\b/.test(expr)
    ? 'as written'
    : 'no year written: the latest such day on or before publication';
  if (!r.end) return { ...start, reason };
  const end = componentsRange(r.end);
  if ('error' in end) return { error: `cannot resolve "${expr}": ${end.error}` };
  return { start: start.start, end: end.end, precision: 'span', reason: `a range ${reason}` };
}

interface Components {
  isCertain(c: 'day' | 'month' | 'year' | 'weekday'): boolean;
  get(c: 'day' | 'month' | 'year'): number | null;
}

function componentsRange(c: Components): { start: string; end: string; precision: Precision } | { error: string } {
  const y = c.get('year')!;
  const m = c.get('month')!;
  if (c.isCertain('day') || c.isCertain('weekday')) {
    const d = dayString(y, m, c.get('day')!);
    if (!isRealDay(d)) return { error: `${d} is not a real calendar day` };
    return { start: d, end: d, precision: 'day' };
  }
  if (c.isCertain('month')) return { start: ymd(y, m, 1), end: ymd(y, m + 1, 0), precision: 'month' };
  if (c.isCertain('year')) return { start: ymd(y, 1, 1), end: ymd(y, 12, 31), precision: 'year' };
  return { error: 'it names no day, month or year' };
}

/** A date expression found in running text, with its JS string offsets. */
