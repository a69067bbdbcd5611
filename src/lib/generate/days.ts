/** UTC day arithmetic for the generator: days since 1970-01-01 <-> YYYY-MM-DD. */
const MS_PER_DAY = 86_400_000;

export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isoToDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function dayOfWeek(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}

export function ymd(day: number): { y: number; m: number; d: number } {
  const dt = new Date(day * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth(), d: dt.getUTCDate() };
}

export function firstOfMonth(y: number, m: number): number {
  return Math.round(Date.UTC(y, m, 1) / MS_PER_DAY);
}

export function lastOfMonth(y: number, m: number): number {
  return Math.round(Date.UTC(y, m + 1, 1) / MS_PER_DAY) - 1;
}
