/**
 * Anaphora (rule 4 of docs/dates.md): "the next day", "two days later", "the previous day", "that day",
 * "earlier in the day", "later that week" count from the last day the article mentioned before them
 * (the narrative anchor), or from the event named in date.sameDayAs (the person's override). Pure.
 */
import { addDays, longDay, mondayOf } from './days';
import {
  NUMBER,
  count,
  oneDay,
  span,
  wholeMonth,
  wholeYear,
  monthOf,
  yearOf,
  type Anchor,
  type DateRule,
  type RuleContext,
  type RuleOutcome,
} from './dateTokens';

/** Nothing but punctuation or the end after "the day before": "the day before the vote" counts from the vote. */
const ALONE = '(?=\\s*[,.;:!?)"\u201D]|\\s*$)';

function anchorOf(m: RegExpExecArray, ctx: RuleContext): { anchor: Anchor; label: string } | { error: string } {
  if (ctx.sameDay) {
    const d = ctx.sameDay.day;
    return {
      anchor: { start: d, end: d, expression: ctx.sameDay.id },
      label: ctx.sameDay.label ?? `event ${ctx.sameDay.id}`,
    };
  }
  if (ctx.anchor)
    return { anchor: ctx.anchor, label: `"${ctx.anchor.expression}", the last day the article mentioned before it` };
  return { error: `"${m[0]}" refers to the day of another event: name that event in date.sameDayAs` };
}

/** A rule whose days are computed from the anchor. */
function fromAnchor(compute: (a: Anchor, label: string, m: RegExpExecArray) => RuleOutcome) {
  return (m: RegExpExecArray, ctx: RuleContext): RuleOutcome => {
    const found = anchorOf(m, ctx);
    return 'error' in found ? found : compute(found.anchor, found.label, m);
  };
}

const shifted = (a: Anchor, label: string, days: number): RuleOutcome => {
  const from = days >= 0 ? a.end : a.start;
  const d = addDays(from, days);
  const how =
    days === 0
      ? 'the day of'
      : `${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} ${days > 0 ? 'after' : 'before'}`;
  return oneDay(d, `${how} ${label} (${longDay(from)}), ${longDay(d)}`);
};

export const ANAPHORA_RULES: DateRule[] = [
  {
    name: 'same day as another event',
    group: 'anaphora',
    source:
      '(?:earlier|later) (?:in|on) the (?:same )?day' +
      '|(?:(?:earlier|later) )?that (?:same )?(?:day|morning|afternoon|evening|night)' +
      '|(?:on |later |earlier )?the same day',
    resolve: (m, ctx) => {
      if (ctx.sameDay || !ctx.anchor)
        return fromAnchor((a, label) => oneDay(a.start, `the day of ${label}, ${longDay(a.start)}`))(m, ctx);
      // the words `extract suggest` has always used for it
      const { expression } = ctx.anchor;
      const label = `the nearest earlier sentence dated to one day ("${expression}"; confirm with date.sameDayAs)`;
      return oneDay(ctx.anchor.start, `the day of ${label}, ${longDay(ctx.anchor.start)}`);
    },
  },
  {
    name: 'days after',
    group: 'anaphora',
    source:
      `(?:on )?the (?:next|following) day|the day after${ALONE}|(?:a|one) day later|${NUMBER} days later` +
      `|${NUMBER} days? after${ALONE}|the next morning|the following (?:morning|evening|night)`,
    resolve: fromAnchor((a, label, m) => shifted(a, label, (m[1] ?? m[2]) ? count((m[1] ?? m[2])!) : 1)),
  },
  {
    name: 'days before',
    group: 'anaphora',
    source:
      `the (?:previous|preceding) day|the day before${ALONE}|(?:a|one) day (?:earlier|before${ALONE})` +
      `|${NUMBER} days (?:earlier|before${ALONE})|the (?:previous|preceding) (?:morning|evening|night)` +
      `|the night before${ALONE}`,
    resolve: fromAnchor((a, label, m) => shifted(a, label, -(m[1] ? count(m[1]) : 1))),
  },
  {
    name: 'weeks after or before',
    group: 'anaphora',
    source: `${NUMBER} weeks? (later|earlier)`,
    resolve: fromAnchor((a, label, m) => shifted(a, label, (m[2]!.toLowerCase() === 'later' ? 7 : -7) * count(m[1]!))),
  },
  {
    name: 'that week',
    group: 'anaphora',
    source:
      '(later|earlier) that week|(?:during |in )?that (?:same )?week' +
      '|the (following|next|previous|preceding) week|the week (after|before)' +
      ALONE,
    resolve: fromAnchor((a, label, m) => {
      const mon = mondayOf(a.start);
      const which = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
      if (which === 'later') {
        const sun = addDays(mon, 6);
        if (a.end >= sun) return { error: `"${m[0]}": ${label} is the last day of its week` };
        return span(addDays(a.end, 1), sun, `from the day after ${label} to the Sunday of its week`);
      }
      if (which === 'earlier') {
        if (a.start === mon) return { error: `"${m[0]}": ${label} is the first day of its week` };
        return span(mon, addDays(a.start, -1), `from the Monday of the week of ${label} to the day before it`);
      }
      const shift = ['following', 'next', 'after'].includes(which)
        ? 7
        : ['previous', 'preceding', 'before'].includes(which)
          ? -7
          : 0;
      const start = addDays(mon, shift);
      const where = shift > 0 ? 'the week after' : shift < 0 ? 'the week before' : 'the week of';
      return { start, end: addDays(start, 6), precision: 'week', reason: `Monday to Sunday of ${where} ${label}` };
    }),
  },
  {
    name: 'months or years after or before',
    group: 'anaphora',
    source: `the (following|next|previous|preceding) (month|year)|${NUMBER} (months?|years?) (later|earlier)`,
    resolve: fromAnchor((a, label, m) => {
      const unit = (m[2] ?? m[4]!).toLowerCase().replace(/s$/, '');
      const sign = /following|next|later/i.test(m[1] ?? m[5]!) ? 1 : -1;
      const n = m[3] ? count(m[3]) : 1;
      const [y, mo] = [yearOf(a.start), monthOf(a.start)];
      if (unit === 'year')
        return wholeYear(y + sign * n, `${n} year(s) ${sign > 0 ? 'after' : 'before'} the year of ${label}`);
      const idx = y * 12 + (mo - 1) + sign * n;
      return wholeMonth(
        Math.floor(idx / 12),
        (idx % 12) + 1,
        `${n} month(s) ${sign > 0 ? 'after' : 'before'} the month of ${label}`,
      );
    }),
  },
];
