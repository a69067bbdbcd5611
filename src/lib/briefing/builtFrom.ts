/**
 * What a list or a briefing was built from, in words: the search, period and hidden themes. On the printed handout's
 * cover and under the printed list's title; its own module so that the printed list's line (part of the first
 * download) does not bring the handout's code with it.
 */
import type { EventList } from '../schema';
import { dayLabel } from '../days';
import type { FilterSnapshot } from './model';

function periodLabel(p: FilterSnapshot['period']): string | null {
  if (p.from && p.to) return `${dayLabel(p.from)} – ${dayLabel(p.to)}`;
  if (p.from) return `from ${dayLabel(p.from)}`;
  if (p.to) return `up to ${dayLabel(p.to)}`;
  return null;
}

/** Lines such as `search “radar”`, `period 1 Jan 2020 – 31 Dec 2021`, `hidden themes: COVID-19, R&D`. */
export function builtFromLines(f: FilterSnapshot, data: EventList): string[] {
  const lines: string[] = [];
  if (f.query.trim()) lines.push(`search “${f.query.trim()}”`);
  const period = periodLabel(f.period);
  if (period) lines.push(`period ${period}`);
  if (f.hiddenThemes.length) {
    const label = (id: string) => data.themes.find((t) => t.id === id)?.label ?? id;
    lines.push(`hidden themes: ${f.hiddenThemes.map(label).join(', ')}`);
  }
  return lines;
}
