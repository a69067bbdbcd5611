/**
 * The proposer's two CLI doors: `extract suggest` prints the proposals beside every dated sentence,
 * `extract draft` writes them as draft inputs that `extract` then builds; nothing is clobbered.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, sandbox, type Sandbox } from './testkit.ts';

let sb: Sandbox;
beforeEach(() => (sb = sandbox()));
afterEach(() => sb.cleanup());

/** The sandbox without the NDTV article and its evidence: it can then be added as new. */
function withoutNdtv(): string {
  const file = join(sb.root, 'ndtv.txt');
  writeFileSync(file, readFileSync(join(sb.data, 'articles/ndtv-2020-07-24.txt')));
  rmSync(join(sb.data, 'articles/ndtv-2020-07-24.txt'));
  sb.writeJson(
    'sources.json',
    sb.readJson('sources.json').filter((r: { id: string }) => r.id !== 'ndtv-2020-07-24'),
  );
  const curated = sb.readJson('events.curated.json');
  curated.events = curated.events
    .map((e: { evidence: { source: string }[]; date: { source?: string } }) => {
      if (e.date.source === 'ndtv-2020-07-24') delete e.date.source;
      return { ...e, evidence: e.evidence.filter((q) => q.source !== 'ndtv-2020-07-24') };
    })
    .filter((e: { evidence: unknown[] }) => e.evidence.length);
  sb.writeJson('events.curated.json', curated);
  return file;
}

describe('extract suggest: proposals', () => {
  it('adds the proposal fields, with corroboration against the data folder', () => {
    const file = withoutNdtv();
    const r = runCli(['suggest', file, '--published', '2020-07-24', '--data-dir', sb.data]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    const call = out.find((e: { quote: string }) =>
      e.quote.startsWith('Defence Minister Rajnath Singh on Friday held'),
    );
    expect(call).toMatchObject({
      proposed: true,
      status: 'reported',
      date: { start: '2020-07-24', precision: 'day', expression: 'on Friday' },
      actors: expect.arrayContaining(['Rajnath Singh', 'Benny Gantz']),
      corroborates: {
        eventId: '2020-07-24-singh-gantz-call',
        title: 'Rajnath Singh and Benny Gantz speak by telephone',
      },
    });
    expect(call.title).toMatch(/Rajnath Singh held a telephonic conversation/);
    const supplies = out.find((e: { quote: string }) => e.quote.includes('over the last few years'));
    expect(supplies).toMatchObject({
      date: { start: null, precision: 'before' },
      corroborates: { eventId: 'before-2022-06-03-israel-arms-supplies-to-india' },
    });
    expect(supplies.themes[0]).toMatchObject({ id: 'procurement', triggers: expect.arrayContaining(['missiles']) });
    for (const e of out) expect(readFileSync(file, 'utf8').slice(e.start, e.end)).toBe(e.quote);
  });
});

describe('extract draft', () => {
  it('writes the proposals as draft inputs that extract builds, and says what it wrote', () => {
    const file = withoutNdtv();
    const r = runCli([
      'draft',
      file,
      '--published',
      '2020-07-24',
      '--outlet',
      'NDTV',
      '--url',
      'https://www.ndtv.com/x',
      '--agency',
      'PTI',
      '--headline',
      'Standoff',
      '--data-dir',
      sb.data,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/wrote .*articles\/ndtv-2020-07-24\.txt/);
    expect(r.stdout).toMatch(/added source ndtv-2020-07-24/);
    expect(r.stdout).toMatch(/added evidence to 2 existing event\(s\): 2020-07-24-singh-gantz-call/);
    expect(readFileSync(join(sb.data, 'articles/ndtv-2020-07-24.txt')).equals(readFileSync(file))).toBe(true);
    const row = sb.readJson('sources.json').at(-1);
    expect(row).toEqual({
      id: 'ndtv-2020-07-24',
      outlet: 'NDTV',
      agency: 'PTI',
      headline: 'Standoff',
      published: '2020-07-24',
      url: 'https://www.ndtv.com/x',
      file: 'articles/ndtv-2020-07-24.txt',
    });
    const call = sb
      .readJson('events.curated.json')
      .events.find((e: { id: string }) => e.id === '2020-07-24-singh-gantz-call');
    expect(call.evidence.at(-1)).toMatchObject({
      source: 'ndtv-2020-07-24',
      quote: expect.stringMatching(/^Defence Minister Rajnath Singh on Friday held/),
    });
    // the draft is real input: extract builds it, with the drafted events and the new evidence
    const built = sb.run();
    expect(built.code, built.stderr).toBe(0);
    const events = JSON.parse(readFileSync(join(sb.out, 'events.json'), 'utf8')).events as {
      id: string;
      evidence: { source: string }[];
    }[];
    expect(
      events.find((e) => e.id === '2020-07-24-singh-gantz-call')!.evidence.some((q) => q.source === 'ndtv-2020-07-24'),
    ).toBe(true);
  });

  it('refuses an article already in the data, and bad options, writing nothing', () => {
    const before = [
      readFileSync(join(sb.data, 'sources.json'), 'utf8'),
      readFileSync(join(sb.data, 'events.curated.json'), 'utf8'),
    ];
    const r = runCli([
      'draft',
      join(sb.data, 'articles/ndtv-2020-07-24.txt'),
      '--published',
      '2020-07-24',
      '--outlet',
      'NDTV',
      '--data-dir',
      sb.data,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/already in the data as ndtv-2020-07-24: nothing written/);
    expect(
      runCli([
        'draft',
        join(sb.data, 'articles/ndtv-2020-07-24.txt'),
        '--published',
        '2020-07-24',
        '--url',
        'ftp://x',
        '--data-dir',
        sb.data,
      ]).code,
    ).toBe(2);
    expect(runCli(['draft', join(sb.data, 'articles/ndtv-2020-07-24.txt'), '--data-dir', sb.data]).code).toBe(2);
    expect([
      readFileSync(join(sb.data, 'sources.json'), 'utf8'),
      readFileSync(join(sb.data, 'events.curated.json'), 'utf8'),
    ]).toEqual(before);
    expect(existsSync(join(sb.data, 'articles/ndtv-2020-07-24-2.txt'))).toBe(false);
  });

  it('takes the next free id and leaves missing details for a person to fill in', () => {
    const file = join(sb.root, 'new.txt');
    writeFileSync(
      file,
      'NDTV follow-up\nRajnath Singh on Tuesday met Benny Gantz again in New Delhi, officials said.\n',
    );
    const r = runCli(['draft', file, '--published', '2020-07-24', '--outlet', 'NDTV', '--data-dir', sb.data]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/added source ndtv-2020-07-24-2/);
    expect(r.stdout).toMatch(/fill in url, headline/);
    expect(sb.readJson('sources.json').at(-1)).toMatchObject({
      id: 'ndtv-2020-07-24-2',
      headline: 'NDTV follow-up',
      url: '',
    });
    // an empty address is not valid input: extract names it
    const built = sb.run();
    expect(built.code).toBe(1);
    expect(built.stderr).toMatch(/sources\.json \[ndtv-2020-07-24-2\] url/);
  });
});
