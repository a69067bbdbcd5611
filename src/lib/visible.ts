/**
 * What is visible, derived from the loaded events and the user's filters (pure, no React).
 *
 * Rules (one place, used by timeline, list, filters and counts):
 * - Match "any" (the default): an event is shown when at least one of its themes is shown (so "R&D
 *   only" shows every event tagged R&D, including those that also carry other themes). Match "all":
 *   an event is shown when it carries every shown (checked) theme.
 * - toggleEffect says, per theme, how many events a click on its checkbox would hide or show.
 * - The search and the period narrow the events first. Theme counts count the events that match
 *   the search and period, per theme, whether or not the theme is currently hidden, so a hidden
 *   theme's checkbox still says how many events it would bring back.
 * - hiddenCount = events matching search and period that the theme filter hides.
 * - Period: an event is kept when its days can overlap [from, to] (inclusive). An undated
 *   "before X" event has an unknown start, so it overlaps any period that starts on or before X.
 */
import type { TimelineEvent } from './schema';
import { knownDateOrdered, sortedOnce } from './eventOrder';
import { lastKnownDay } from './dateBounds';
import { compareDays } from './days';

export interface PeriodFilter {
  from: string | null;
  to: string | null;
}

export interface VisibleInput {
  events: readonly TimelineEvent[];
  hiddenThemes: readonly string[];
  /** Ids matching the search, or null when there is no search. */
  hits: ReadonlySet<string> | null;
  period: PeriodFilter;
  /** How checked themes combine (default "any"). */
  themeMatch?: ThemeMatch;
}

export type ThemeMatch = 'any' | 'all';

export interface VisibleResult {
  /** The visible events in date order. */
  events: TimelineEvent[];
  /** Per theme id: events matching search and period carrying that theme. */
  counts: Record<string, number>;
  /** Events matching search and period. */
  matching: number;
  /** Events matching search and period but hidden by the theme filter. */
  hiddenCount: number;
  /** All loaded events. */
  total: number;
  /** Per theme id: how many events a click on its checkbox would hide (it is checked) or show (it is not). */
  toggleEffect: Record<string, number>;
}

export function inPeriod(e: TimelineEvent, p: PeriodFilter): boolean {
  if (p.to !== null && e.date.start !== null && compareDays(e.date.start, p.to) > 0) return false;
  if (p.from !== null && compareDays(lastKnownDay(e.date), p.from) < 0) return false;
  return true;
}

export function computeVisible(input: VisibleInput): VisibleResult {
  const { hits, period } = input;
  const hidden = new Set(input.hiddenThemes);
  const all = input.themeMatch === 'all';
  const counts: Record<string, number> = {};
  const effect: Record<string, number> = {};
  const bump = (t: string) => (effect[t] = (effect[t] ?? 0) + 1);
  const out: TimelineEvent[] = [];
  let matching = 0;
  const noPeriod = period.from === null && period.to === null;
  // Match all: the checked themes every shown event must carry.
  const checked = all ? [...new Set(input.events.flatMap((e) => e.themes))].filter((t) => !hidden.has(t)) : [];
  for (const e of sortedOnce(input.events)) {
    if (hits !== null && !hits.has(e.id)) continue;
    if (!noPeriod && !inPeriod(e, period)) continue;
    matching++;
    for (const t of e.themes) counts[t] = (counts[t] ?? 0) + 1;
    let shown: boolean;
    if (all) {
      const missing = checked.filter((t) => !e.themes.includes(t));
      shown = missing.length === 0 && checked.length > 0;
      // Unchecking the one checked theme it lacks would show it; checking a theme it lacks would hide it.
      if (missing.length === 1) bump(missing[0] as string);
      if (shown) for (const t of hidden) if (!e.themes.includes(t)) bump(t);
    } else {
      const shownThemes = e.themes.filter((t) => !hidden.has(t));
      shown = shownThemes.length > 0;
      // Unchecking its only shown theme would hide it; checking any of its themes would show it.
      if (shownThemes.length === 1) bump(shownThemes[0] as string);
      else if (!shown) for (const t of e.themes) bump(t);
    }
    if (shown) out.push(e);
  }
  // Filtered from the date-sorted list, so already in date order (the details panel walks it as it is).
  return {
    events: knownDateOrdered(out),
    counts,
    matching,
    hiddenCount: matching - out.length,
    total: input.events.length,
    toggleEffect: effect,
  };
}

/**
 * What the theme filter hides: the events matching search and period that unchecked themes hide
 * ("3 events hidden by themes"); when that is none (e.g. the search matches nothing), still which
 * themes are hidden ("R&D hidden"), so the line never says "0 hidden" while themes are off.
 */
export function hiddenLine(
  count: number,
  hiddenThemes: readonly string[],
  themes: readonly { id: string; label: string }[],
): string {
  if (count > 0) return `${count} ${count === 1 ? 'event' : 'events'} hidden by themes`;
  const labels = themes.filter((t) => hiddenThemes.includes(t.id)).map((t) => t.label);
  return `${labels.length ? labels.join(', ') : `${hiddenThemes.length} themes`} hidden`;
}

/** What a click on a theme's checkbox will do, in words: "unchecking hides 1" (null when nothing). */
export function toggleHint(checked: boolean, match: ThemeMatch, n: number): string | null {
  if (n === 0) return null;
  const hides = match === 'any' ? checked : !checked;
  return `${checked ? 'unchecking' : 'checking'} ${hides ? 'hides' : 'shows'} ${n}`;
}
