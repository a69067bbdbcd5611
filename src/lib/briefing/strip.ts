/**
 * Geometry of the timeline strip drawn as SVG by the presenter and the handout:
 * every briefing event as a tick on a time axis (0..1), year marks, and for each step
 * the point the strip centres on. Undated "before" events sit at the day by which they had
 * happened and are flagged so they can be drawn as open ticks, never as a known date.
 */
import type { EventList } from '../schema';
import type { Briefing } from './model';
import { dateSortKey } from '../eventOrder';
import { lastKnownDay } from '../dateBounds';
import { formatEventDate } from '../dateLabel';
import { toUtc, utcTime, yearLabel } from '../days';

export interface StripTick {
  eventId: string;
  stepIndex: number;
  x: number;
  /** End of the event's period (x for a single day). */
  x2: number;
  before: boolean;
  planned: boolean;
  label: string;
  title: string;
}

export interface Strip {
  ticks: StripTick[];
  years: { x: number; label: string }[];
  /** For each step, the x to centre on (a title card centres on the next event, else the previous). */
  focus: number[];
}

const dayNumber = (iso: string) => toUtc(iso).getTime() / 86_400_000;

export function buildStrip(b: Briefing, data: EventList, pad = 0.06): Strip {
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const items = b.steps.flatMap((s, stepIndex) => {
    const e = s.kind === 'event' ? byId.get(s.eventId) : undefined;
    return e ? [{ e, stepIndex }] : [];
  });
  if (items.length === 0) return { ticks: [], years: [], focus: b.steps.map(() => 0.5) };
  const starts = items.map(({ e }) => dayNumber(dateSortKey(e)));
  const ends = items.map(({ e }) => dayNumber(lastKnownDay(e.date)));
  let lo = Math.min(...starts);
  let hi = Math.max(...ends);
  if (hi - lo < 60) {
    lo -= 30;
    hi += 30;
  }
  const x = (d: number) => pad + ((d - lo) / (hi - lo)) * (1 - 2 * pad);
  const ticks = items.map(({ e, stepIndex }, i) => ({
    eventId: e.id,
    stepIndex,
    x: x(starts[i] ?? lo),
    x2: x((e.date.precision === 'before' ? starts[i] : ends[i]) ?? lo),
    before: e.date.precision === 'before',
    planned: e.status === 'planned',
    label: formatEventDate(e.date),
    title: e.title,
  }));
  const years: Strip['years'] = [];
  const y0 = new Date(lo * 86_400_000).getUTCFullYear();
  const y1 = new Date(hi * 86_400_000).getUTCFullYear();
  const stepYears = Math.max(1, Math.ceil((y1 - y0 + 1) / 12));
  for (let y = y0 + 1; y <= y1; y += stepYears) years.push({ x: x(utcTime(y) / 86_400_000), label: yearLabel(y) });
  if (years.length === 0) years.push({ x: x(lo), label: yearLabel(y0) });
  const tickAt = new Map(ticks.map((t) => [t.stepIndex, t.x]));
  const focus = b.steps.map((_, i) => {
    if (tickAt.has(i)) return tickAt.get(i) as number;
    for (let j = i + 1; j < b.steps.length; j++) if (tickAt.has(j)) return tickAt.get(j) as number;
    for (let j = i - 1; j >= 0; j--) if (tickAt.has(j)) return tickAt.get(j) as number;
    return 0.5;
  });
  return { ticks, years, focus };
}
