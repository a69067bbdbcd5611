/**
 * The timeline axis's labels (vis-timeline's `format.minorLabels` / `format.majorLabels` functions). vis writes
 * years with moment's "YYYY", which reads the year 600 "0600" and 44 BC "-0043"; here every label that names a year
 * writes it as Briefline's labels do (days.ts yearLabel): "600", "44 BC", "2020". Labels without a year keep
 * vis's own formats. Pure: `m` is the moment vis passes (only the methods below are used).
 */
import { yearLabel } from './days';

export interface AxisMoment {
  year(): number;
  date(): number;
  weekday(): number;
  format(f: string): string;
}

/** vis-timeline's scales. */
type Scale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

const MINOR: Record<Exclude<Scale, 'year'>, string> = {
  millisecond: 'SSS',
  second: 's',
  minute: 'HH:mm',
  hour: 'HH:mm',
  weekday: 'ddd D',
  day: 'D',
  week: 'w',
  month: 'MMM',
};

export function minorAxisLabel(m: AxisMoment, scale: string): string {
  if (scale === 'year') return yearLabel(m.year());
  // As vis does: a week's label is left out on the first of a month that is not the week's first day.
  if (scale === 'week' && m.date() === 1 && m.weekday() !== 0) return '';
  const f = MINOR[scale as keyof typeof MINOR];
  return f ? m.format(f) : '';
}

export function majorAxisLabel(m: AxisMoment, scale: string): string {
  switch (scale as Scale) {
    case 'millisecond':
      return m.format('HH:mm:ss');
    case 'second':
      return m.format('D MMMM HH:mm');
    // At day zoom the major label names the year too, so the axis never loses it.
    case 'minute':
    case 'hour':
      return `${m.format('ddd D MMMM')} ${yearLabel(m.year())}`;
    case 'weekday':
    case 'day':
    case 'week':
      return `${m.format('MMMM')} ${yearLabel(m.year())}`;
    case 'month':
      return yearLabel(m.year());
    default:
      return '';
  }
}
