/** The benchmark's figures for adding articles (issue 16 §8): "Propose events" and 1,000 added articles. */
import type { Figures } from './scenario';
import type { ProposeFigures } from './propose';
import { ADDED_ARTICLES, ADDED_EVENTS } from './addedRecords';

export interface IntakeResults {
  propose?: { small: ProposeFigures; big: ProposeFigures };
  /** The app with ADDED_ARTICLES articles and ADDED_EVENTS events added in this browser. */
  added?: Figures & { events: number };
}

type Targets = { name: string; ok: boolean; detail: string }[];

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '—');
const kB = (chars: number) => `${(chars / 1000).toFixed(1)} kB`;
const between = (seen: number[]) => seen.filter((v) => v > 0 && v < 1);

export function intakeTargets(r: IntakeResults): Targets {
  const t: Targets = [];
  if (r.propose) {
    const { small, big } = r.propose;
    t.push({ name: 'Propose events, 5 kB article < 200 ms', ok: small.ms < 200, detail: ms(small.ms) });
    t.push({ name: 'Propose events, 200 kB article < 2 s', ok: big.ms < 2000, detail: ms(big.ms) });
    const shown = between(big.progressSeen);
    t.push({
      name: 'progress shown on the 200 kB article',
      ok: shown.length > 0,
      detail: `${shown.length} steps between 0 and 1`,
    });
  }
  if (r.added) {
    const a = r.added;
    const at = `with ${ADDED_ARTICLES.toLocaleString('en')} added articles`;
    t.push({ name: `load < 1.5 s ${at}`, ok: a.loadMs < 1500, detail: ms(a.loadMs) });
    t.push({ name: `theme filter < 100 ms ${at}`, ok: a.filterMs < 100, detail: ms(a.filterMs) });
    const search = Math.max(a.searchMs, a.searchClearMs);
    t.push({
      name: `search keystroke < 100 ms ${at}`,
      ok: search < 100,
      detail: `${ms(a.searchMs)} / clear ${ms(a.searchClearMs)}`,
    });
    t.push({ name: `select < 50 ms ${at}`, ok: a.selectMs < 50, detail: ms(a.selectMs) });
    t.push({
      name: `no task > 200 ms after load ${at}`,
      ok: a.maxLongTaskAfterLoadMs <= 200,
      detail: ms(a.maxLongTaskAfterLoadMs),
    });
  }
  return t;
}

export function intakeMarkdown(r: IntakeResults, runs: number): string[] {
  const lines: string[] = [];
  if (r.propose) {
    lines.push(
      '',
      '"Propose events" in the built app (click → proposals list drawn; form filled, then a 2 s pause; ' +
        `median of ${runs} fresh pages):`,
      '',
    );
    lines.push('| article | proposals | median | runs |', '| --- | ---: | ---: | --- |');
    for (const [label, f] of [
      ['5 kB (Devdiscourse seed article)', r.propose.small],
      ['200 kB (seed and generated articles)', r.propose.big],
    ] as const)
      lines.push(
        `| ${label}, ${kB(f.chars)} | ${f.proposals} | ${ms(f.ms)} | ` +
          `${f.samples.map((x) => Math.round(x)).join(', ')} ms |`,
      );
  }
  if (r.added) {
    const a = r.added;
    lines.push(
      '',
      `${ADDED_EVENTS.toLocaleString('en')} events of ${ADDED_ARTICLES.toLocaleString('en')} articles ` +
        `added in this browser (seeded into its database), ${a.events.toLocaleString('en')} events in all ` +
        `(median of ${runs}):`,
      '',
    );
    lines.push('| figure | app |', '| --- | ---: |');
    lines.push(
      `| load (navigation → every event drawn) | ${ms(a.loadMs)} |`,
      `| theme filter (click → drawn) | ${ms(a.filterMs)} |`,
    );
    lines.push(
      `| search keystroke (each of “heron”, → drawn) | ${ms(a.searchMs)} |`,
      `| search cleared (Backspace → drawn) | ${ms(a.searchClearMs)} |`,
    );
    lines.push(
      `| select (click → details) | ${ms(a.selectMs)} |`,
      `| longest task after load | ${ms(a.maxLongTaskAfterLoadMs)} |`,
    );
  }
  const errors = [
    ...(r.propose ? [...r.propose.small.errors, ...r.propose.big.errors] : []),
    ...(r.added?.errors ?? []),
  ];
  if (errors.length) lines.push('', 'Errors (adding articles):', ...errors.map((e) => `- ${e}`));
  return lines;
}
