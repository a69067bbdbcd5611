/**
 * Finding date expressions: every rule's source scanned over a text, the leftmost-longest matches kept
 * (so "on 14 March" is one day, not the month March), and "from A to B" / "between A and B" joined into
 * one range. Shared by resolveDate (a whole expression) and suggest (an article). Pure.
 */
import { DATE_RULES } from './dateRules';
import type { DateRule, RuleContext, RuleOutcome } from './dateTokens';

export interface DateMatch {
  start: number;
  end: number;
  text: string;
  rule: DateRule;
  m: RegExpExecArray;
  /** For "from A to B": the two ends, each resolved on its own. */
  pair?: { left: DateMatch; right: DateMatch };
}

const MONTHS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const DIGIT = /\d/;
const WEEKDAYS = /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i;
const MONTH_DIGIT = { test: (t: string) => DIGIT.test(t) && MONTHS.test(t) };
/** What a sentence must contain for a rule to be worth scanning (only for speed; the rule decides). */
const NEEDS: Record<string, { test(text: string): boolean }> = {
  'same day as another event': /day|morning|afternoon|evening|night/i,
  'days after': /day|morning|evening|night/i,
  'days before': /day|morning|evening|night/i,
  'weeks after or before': /week/i,
  'that week': /week/i,
  'months or years after or before': /month|year/i,
  'month day to month day': MONTH_DIGIT,
  'day month to day month': MONTH_DIGIT,
  'days of a month': MONTH_DIGIT,
  'month and days': MONTH_DIGIT,
  'month day': MONTH_DIGIT,
  'day month': MONTH_DIGIT,
  'iso day': DIGIT,
  'all-numeric day': DIGIT,
  'part of a month': MONTHS,
  'part of a year': /\d|year/i,
  'week of a month': MONTHS,
  weekend: /weekend/i,
  'earlier or later this': /this/i,
  'half of a year': /half|H[12]/i,
  quarter: /quarter|Q[1-4]/i,
  decade: /\d0s/,
  'vague future': /soon|shortly|coming|next|ahead|to come|future|course|later|earliest/i,
  'vague past': /last|past|recent|outbreak|during|since|back|ago/i,
  today: /today|morning|afternoon|evening|tonight/i,
  yesterday: /yesterday|last night/i,
  tomorrow: /tomorrow/i,
  'weekday range': WEEKDAYS,
  weekday: WEEKDAYS,
  week: /week/i,
  month: /month/i,
  year: /year/i,
  ago: /ago/i,
  'month name': MONTHS,
  'year range': DIGIT,
  'year number': DIGIT,
};

const COMPILED = DATE_RULES.map((rule, i) => ({
  rule,
  i,
  needs: NEEDS[rule.name] ?? { test: () => true },
  scan: new RegExp(`(?<![A-Za-z0-9])(?:${rule.source})(?![A-Za-z0-9])`, 'gi'),
}));

/** Non-overlapping date expressions of `text`, in order. `caseCheck`: month names must be capitalised. */
export function scanDates(text: string, caseCheck = true): DateMatch[] {
  const all: (DateMatch & { order: number })[] = [];
  const tested = new Map<object, boolean>(); // several rules share a test: run each once per text
  for (const { rule, i, scan, needs } of COMPILED) {
    let ok = tested.get(needs);
    if (ok === undefined) tested.set(needs, (ok = needs.test(text)));
    if (!ok) continue;
    scan.lastIndex = 0;
    for (let m = scan.exec(text); m; m = scan.exec(text)) {
      if (m[0].length === 0) {
        scan.lastIndex++;
        continue;
      }
      if (caseCheck && rule.caps?.some((g) => m![g] !== undefined && !/^[A-Z]/.test(m![g]!))) continue;
      all.push({ start: m.index, end: m.index + m[0].length, text: m[0], rule, m, order: i });
      scan.lastIndex = m.index + 1; // overlapping matches of one rule compete too
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);
  const kept: DateMatch[] = [];
  let reach = 0;
  for (const c of all) {
    if (c.start < reach) continue;
    kept.push({ start: c.start, end: c.end, text: c.text, rule: c.rule, m: c.m });
    reach = c.end;
  }
  return joinRanges(text, kept);
}

/** "from 30 June to 2 July", "between June 2 and June 5, 2022": one range. */
function joinRanges(text: string, found: DateMatch[]): DateMatch[] {
  const out: DateMatch[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1];
    const own = /^(from|between)\s+/i.exec(a.text);
    const lead = own
      ? Object.assign([''], { 1: own[1] })
      : /\b(from|between)\s+$/i.exec(text.slice(Math.max(0, a.start - 9), a.start));
    if (b && lead && a.rule.group !== 'anaphora' && b.rule.group !== 'anaphora') {
      const gap = text.slice(a.end, b.start);
      const joins =
        lead[1]!.toLowerCase() === 'between'
          ? /^\s+and\s+$/i
          : /^(?:\s+(?:to|until|till|through)\s+|\s*[-\u2013]\s*)$/i;
      if (joins.test(gap)) {
        const start = a.start - lead[0].length;
        out.push({
          start,
          end: b.end,
          text: text.slice(start, b.end),
          rule: a.rule,
          m: a.m,
          pair: { left: a, right: b },
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const YEAR_IN = /\b(?:1[6-9]|20)\d{2}\b/;

/** The days of one match. */
export function resolveMatch(d: DateMatch, ctx: RuleContext): RuleOutcome {
  if (!d.pair) return d.rule.resolve(d.m, ctx);
  const { left, right } = d.pair;
  const year = YEAR_IN.exec(right.text)?.[0];
  let a = resolveMatch(left, ctx);
  if (year && !YEAR_IN.test(left.text)) {
    const withYear = scanDates(`${left.text} ${year}`, false);
    if (withYear.length === 1) a = resolveMatch(withYear[0]!, ctx);
  }
  const b = resolveMatch(right, ctx);
  if ('error' in a) return a;
  if ('error' in b) return b;
  if (a.start === null || b.end === null) return { error: 'a range needs a known start and end' };
  if (b.end < a.start) return { error: `the range ends (${b.end}) before it starts (${a.start})` };
  return {
    start: a.start,
    end: b.end,
    precision: 'span',
    reason: `from the start of "${left.text}" to the end of "${right.text}" (${a.reason}; ${b.reason})`,
  };
}
