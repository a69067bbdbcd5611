/**
 * The benchmark's figures with swimlanes on at 10,000 events (issue 15: the issue-6 targets stay met with the
 * swimlane copies: every event is drawn once per theme it carries, in a lane per theme).
 */
import type { Figures } from './scenario';

type Targets = { name: string; ok: boolean; detail: string }[];

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '—');

export interface LanesFigures extends Figures {
  events: number;
  /** Items drawn in lanes, copies counted (an event with three themes is three items). */
  copies: number;
}

export function lanesTargets(f: LanesFigures): Targets {
  const at = `with swimlanes at ${f.events.toLocaleString('en')} events`;
  const search = Math.max(f.searchMs, f.searchClearMs);
  return [
    { name: `theme filter < 100 ms ${at}`, ok: f.filterMs < 100, detail: ms(f.filterMs) },
    {
      name: `search keystroke < 100 ms ${at}`,
      ok: search < 100,
      detail: `${ms(f.searchMs)} / clear ${ms(f.searchClearMs)}`,
    },
    { name: `select < 50 ms ${at}`, ok: f.selectMs < 50, detail: ms(f.selectMs) },
    {
      name: `no task > 200 ms after load ${at}`,
      ok: f.maxLongTaskAfterLoadMs <= 200,
      detail: ms(f.maxLongTaskAfterLoadMs),
    },
  ];
}

export function lanesMarkdown(f: LanesFigures, runs: number): string[] {
  return [
    '',
    `Swimlanes by theme at ${f.events.toLocaleString('en')} events, ${f.copies.toLocaleString('en')} lane items ` +
      `with the copies (turned on after load; median of ${runs}):`,
    '',
    '| figure | app |',
    '| --- | ---: |',
    `| theme filter (click → drawn) | ${ms(f.filterMs)} |`,
    `| search keystroke (each of “heron”, → drawn) | ${ms(f.searchMs)} |`,
    `| search cleared (Backspace → drawn) | ${ms(f.searchClearMs)} |`,
    `| select (click → details) | ${ms(f.selectMs)} |`,
    `| longest task after load | ${ms(f.maxLongTaskAfterLoadMs)} |`,
    ...(f.errors.length ? ['', 'Errors (swimlanes):', ...f.errors.map((e) => `- ${e}`)] : []),
  ];
}
