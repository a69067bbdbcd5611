/**
 * Resolve a date expression from an article against the article's publication day, the way news
 * uses it. Pure. News-specific rules (dateRules.ts) first; explicit dates and ranges through
 * chrono-node with a refiner for news usage (an unstated year or a bare weekday means the latest
 * such day on or before publication, never a future one). Every result says how it was resolved.
 */
import * as chrono from 'chrono-node';
import type { Precision } from './schema';
import { isRealDay } from './schema';
import { longDay, toUtc, ymd } from './days';
import { DATE_RULES, latestWeekday, type RuleContext, type RuleOutcome } from './dateRules';

export interface ResolvedDate {
  start: string | null;
  end: string;
  precision: Precision;
  expression: string;
  basis: string;
}

export type ResolveResult = { ok: true; value: ResolvedDate } | { ok: false; error: string };

export interface ResolveOptions {
  /** The event an expression like "earlier in the day" refers to, with its resolved day. */
  sameDay?: { id: string; day: string; label?: string } | undefined;
  /** The expression dates something the article reports without any time: precision "before". */
  undated?: boolean | undefined;
}

const ANCHORED = DATE_RULES.map((r) => ({ rule: r, re: new RegExp(`^(?:${r.source})$`, 'i') }));
const FILLER = /^(?:on|in|at|of|the|from|between|during|since|by|and|,)$/i;

/** chrono-node's British-English parser with a refiner for news usage (past tense, publication day). */
const newsChrono = chrono.en.GB.clone();
newsChrono.refiners.push({
  refine: (context, results) => {
    const published = fromRef(context.reference.instant);
    for (const r of results) {
      for (const c of [r.start, r.end]) {
        if (!c) continue;
        if (!c.isCertain('day') && !c.isCertain('month') && c.isCertain('weekday')) {
          const d = latestWeekday(published, c.get('weekday')!);
          const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
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

function fromRef(instant: Date): string {
  return ymd(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
}

export function normaliseExpression(expression: string): string {
  return expression.trim().replace(/\s+/g, ' ').replace(/[.,;:!?]+$/, '');
}

const basisHead = (expression: string, published: string) => `"${expression}" in an article published ${longDay(published)}`;

export function resolveDate(expression: string, published: string, options: ResolveOptions = {}): ResolveResult {
  if (!isRealDay(published)) return { ok: false, error: `publication date "${published}" is not a real calendar day` };
  const expr = normaliseExpression(expression);
  if (!expr) return { ok: false, error: 'the date expression is empty' };
  const head = basisHead(expr, published);
  if (options.undated) {
    return { ok: true, value: { start: null, end: published, precision: 'before', expression: expr, basis: `${head}: no time stated; it had happened by publication` } };
  }
  const outcome = resolveOutcome(expr, { published, sameDay: options.sameDay });
  if ('error' in outcome) return { ok: false, error: outcome.error };
  if (outcome.start !== null && outcome.end < outcome.start) return { ok: false, error: `"${expr}" ends (${outcome.end}) before it starts (${outcome.start})` };
  return { ok: true, value: { start: outcome.start, end: outcome.end, precision: outcome.precision, expression: expr, basis: `${head}: ${outcome.reason}` } };
}

function resolveOutcome(expr: string, ctx: RuleContext): RuleOutcome {
  const lower = expr.toLowerCase();
  for (const { rule, re } of ANCHORED) {
    const m = re.exec(lower);
    if (!m) continue;
    const outcome = rule.resolve(m, ctx);
    return 'error' in outcome ? { error: outcome.error.replace(`"${lower}"`, `"${expr}"`) } : outcome;
  }
  const range = RANGE.exec(expr);
  if (range) return resolveRange(range[1]!, range[2]!, ctx);
  return resolveWithChrono(expr, ctx.published);
}

const RANGE = /^(?:from|between) (.+?) (?:to|and|until|till|through) (.+)$/i;

/** "from 2 to 5 June 2022", "between June 2 and June 5": each end resolved alone; the left borrows what it leaves out. */
function resolveRange(left: string, right: string, ctx: RuleContext): RuleOutcome {
  const year = /\b(?:1[89]|20)\d{2}$/.exec(right)?.[0];
  let l = left;
  if (/^\d{1,2}$/.test(l)) l = `${l} ${right.replace(/^\d{1,2}\s*/, '')}`;
  else if (year && !/\b(?:1[89]|20)\d{2}\b/.test(l)) l = `${l} ${year}`;
  const a = resolveOutcome(l, ctx);
  const b = resolveOutcome(right, ctx);
  if ('error' in a) return a;
  if ('error' in b) return b;
  if (a.start === null || b.start === null) return { error: 'a range needs a known start and end' };
  if (b.end < a.start) return { error: `the range ends (${b.end}) before it starts (${a.start})` };
  return { start: a.start, end: b.end, precision: 'span', reason: `from ${longDay(a.start)} to ${longDay(b.end)} (${a.reason}; ${b.reason})` };
}

function resolveWithChrono(expr: string, published: string): RuleOutcome {
  const ref = { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
  const results = newsChrono.parse(expr, ref, { forwardDate: false });
  const r = results[0];
  const rest = r ? (expr.slice(0, r.index) + ' ' + expr.slice(r.index + r.text.length)).split(/\s+|(?=,)/).filter(Boolean) : [];
  if (!r || results.length > 1 || !rest.every((w) => FILLER.test(w))) {
    return { error: `cannot resolve "${expr}": no rule or date parser reads it as a date (say what it means in date.sameDayAs, or mark the event date "undated")` };
  }
  const start = componentsRange(r.start);
  if ('error' in start) return { error: `cannot resolve "${expr}": ${start.error}` };
  const reason = /\b(?:1[89]|20)\d{2}\b/.test(expr) ? 'as written' : 'no year written: the latest such day on or before publication';
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
    const d = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
    if (!isRealDay(d)) return { error: `${d} is not a real calendar day` };
    return { start: d, end: d, precision: 'day' };
  }
  if (c.isCertain('month')) return { start: ymd(y, m, 1), end: ymd(y, m + 1, 0), precision: 'month' };
  if (c.isCertain('year')) return { start: ymd(y, 1, 1), end: ymd(y, 12, 31), precision: 'year' };
  return { error: 'it names no day, month or year' };
}

/** A date expression found in running text, with its JS string offsets. */
export interface FoundExpression {
  text: string;
  start: number;
  end: number;
}

const SCANNERS = DATE_RULES.map((r) => new RegExp(`\\b(?:${r.source})\\b`, 'gi'));

/** Every date expression in `text` that the rules or chrono-node recognise, in order, without overlaps. */
export function findDateExpressions(text: string, published: string): FoundExpression[] {
  const found: FoundExpression[] = [];
  const overlaps = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const [i, re] of SCANNERS.entries()) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      // "may", "march": a month name in running text must be capitalised.
      if (DATE_RULES[i]!.name === 'month name' && !/\b(?:[A-Z][a-z]+)(?:,? \d{4})?$/.test(m[0])) continue;
      // a bare number such as "2000 troops" is not a year: in running text a year needs "in", "since"…
      if (DATE_RULES[i]!.name === 'year number' && /^\d/.test(m[0])) continue;
      if (!overlaps(m.index, m.index + m[0].length)) found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  const ref = { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
  for (const r of newsChrono.parse(text, ref, { forwardDate: false })) {
    const [s, e] = [r.index, r.index + r.text.length];
    const dated = r.start.isCertain('day') || r.start.isCertain('weekday') || r.start.isCertain('month') || r.start.isCertain('year');
    if (dated && !/^now$/i.test(r.text) && !overlaps(s, e)) found.push({ text: r.text, start: s, end: e });
  }
  return found.toSorted((a, b) => a.start - b.start);
}
