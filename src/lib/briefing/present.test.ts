import { describe, expect, it } from 'vitest';
import { fixtureData } from './__fixtures__/data';
import { addEvent, addTitleCard, createBriefing, setTalkingPoints } from './edit';
import { EMPTY_FILTERS } from './model';
import { stepViews } from './present';
import { buildStrip } from './strip';
import { buildHandout } from './handout';
import { navigate } from './keys';
import { clampStep, decodePresentAddress, joinHash, presentParams } from './address';

const data = fixtureData();
let b = createBriefing({ id: 'b1', name: 'Cabinet', visibleEvents: data.events, filters: EMPTY_FILTERS, now: 'x' });
b = addTitleCard(b, 'Opening', 'Why this matters', 'x', 0);
b = setTalkingPoints(b, 1, 'Say it was undated', 'x');

describe('step views', () => {
  it('show the honest date, quote with outlet and date, talking points', () => {
    const v = stepViews(b, data);
    expect(v[0]).toMatchObject({ kind: 'title', title: 'Opening' });
    expect(v[1]).toMatchObject({ kind: 'event', dateLabel: 'before 24 Jul 2020', talkingPoints: 'Say it was undated' });
    const call = v.find((x) => x.kind === 'event' && x.eventId === 'singh-gantz-call-2020');
    expect(call).toMatchObject({
      dateLabel: '24 Jul 2020',
      quotes: [{ outlet: 'NDTV', published: '24 Jul 2020' }, { outlet: 'Devdiscourse' }],
    });
    expect(v.find((x) => x.kind === 'event' && x.eventId === 'covid-delegation-2020')).toMatchObject({
      planned: true,
      dateLabel: 'week of 27 Jul 2020',
    });
  });
  it('keep a missing event as a visible step', () => {
    const v = stepViews(addEvent(b, 'gone', 'x'), data);
    expect(v.at(-1)).toMatchObject({ missing: true, title: 'Missing event gone' });
  });
});

describe('strip', () => {
  it('places ticks in date order within the padding and centres title cards on the next event', () => {
    const s = buildStrip(b, data);
    expect(s.ticks).toHaveLength(6);
    const xs = s.ticks.map((t) => t.x);
    expect(xs.toSorted((p, q) => p - q)).toEqual(xs);
    expect(Math.min(...xs)).toBeCloseTo(0.06);
    expect(Math.max(...s.ticks.map((t) => t.x2))).toBeCloseTo(0.94);
    expect(s.ticks[0]?.before).toBe(true);
    expect(s.focus[0]).toBe(s.focus[1]);
    expect(s.years.map((y) => y.label)).toEqual(['2021', '2022']);
  });
});

describe('handout', () => {
  it('has a cover and footnotes numbered through the handout', () => {
    const h = buildHandout(b, data);
    expect(h).toMatchObject({
      title: 'Cabinet',
      eventCount: 6,
      dateRange: '24 Jul 2020 – 30 Jun 2022, and 2 undated events known only to have happened before their report',
    });
    expect(h.themes).toEqual(['COVID-19', 'Procurement', 'R&D', 'Diplomacy', 'Regional security', 'Defence industry']);
    const ns = h.entries.flatMap((e) => e.footnotes.map((f) => f.n));
    expect(ns).toEqual(ns.map((_, i) => i + 1));
    expect(ns).toHaveLength(8);
    // The cover lists the themes its events carry, even those the filters hid when it was made
    // (a hidden theme's event can be in the briefing through another theme), and says what was hidden.
    const hid = buildHandout(
      {
        ...b,
        filters: { hiddenThemes: ['covid', 'diplomacy'], query: 'Gantz', period: { from: '2020-01-01', to: null } },
      },
      data,
    );
    expect(hid.themes).toEqual(h.themes);
    expect(hid.builtFrom).toEqual(['search “Gantz”', 'period from 1 Jan 2020', 'hidden themes: COVID-19, Diplomacy']);
    expect(h.builtFrom).toEqual([]);
    expect(h.entries[2]?.footnotes[0]).toMatchObject({
      outlet: 'NDTV',
      url: expect.stringMatching(/^https:\/\/www\.ndtv\.com\//),
    });
  });
});

describe('handout footnotes', () => {
  it('gives one footnote per distinct quote and cites it again from every step that quotes it', () => {
    const vision = data.events.find((e) => e.id === 'vision-statement-2022')!;
    const letter = data.events.find((e) => e.id === 'letter-of-intent-2022')!;
    const shared = vision.evidence[0]!;
    const twin = {
      ...data,
      events: data.events.map((e) => (e === letter ? { ...e, evidence: [shared, ...e.evidence] } : e)),
    };
    const h = buildHandout(b, twin);
    const printed = h.entries.flatMap((e) => e.footnotes);
    expect(new Set(printed.map((f) => `${f.url} ${f.text}`)).size).toBe(printed.length);
    const first = h.entries.find((e) => e.title === letter.title)!;
    const again = h.entries.find((e) => e.title === vision.title)!;
    const n = first.footnotes.find((f) => f.text === shared.quote)!.n;
    expect(again.cites).toContain(n);
    expect(again.repeats).toEqual([{ n, step: first.index + 1 }]);
    expect(again.footnotes.some((f) => f.text === shared.quote)).toBe(false);
  });
  it('spells out a source once; later notes from it point to the first', () => {
    const h = buildHandout(b, data);
    const notes = h.entries.flatMap((e) => e.footnotes);
    for (const f of notes) {
      const first = notes.find((x) => x.url === f.url && x.outlet === f.outlet)!;
      expect(f.sourceNote).toBe(first === f ? null : first.n);
    }
  });
});

describe('keys', () => {
  // Which key does what is the app's action table now: src/app/actions/actions.test.ts ("maps clicker keys").
  it('navigates', () => {
    expect(navigate('next', 8, 9)).toBe(8);
    expect(navigate('prev', 0, 9)).toBe(0);
    expect(navigate('last', 0, 9)).toBe(8);
    expect(navigate('first', 5, 9)).toBe(0);
  });
});

describe('present address', () => {
  it('round-trips briefing and step, without the talking points, after the app keys', () => {
    const hash = joinHash('#hide=covid&q=Gantz', presentParams({ mode: 'present', briefing: b, step: 2 }));
    expect(hash.startsWith('#hide=covid&q=Gantz&present=b1&step=3&b=')).toBe(true);
    expect(joinHash('', 'present=x')).toBe('#present=x');
    const r = decodePresentAddress(hash);
    expect(r?.ok).toBe(true);
    if (r?.ok) {
      expect(r.address).toMatchObject({ mode: 'present', briefingId: 'b1', step: 2 });
      expect(r.address.shared?.steps).toHaveLength(b.steps.length);
      expect(r.address.shared?.steps[1]).toMatchObject({ talkingPoints: '' });
      expect(r.problems).toEqual([]);
    }
    const p = decodePresentAddress(
      `#${presentParams({ mode: 'presenter', briefing: b, step: 0, includeBriefing: false })}`,
    );
    expect(p?.ok && p.address).toMatchObject({ mode: 'presenter', step: 0, shared: null });
  });
  it('ignores other hashes and reports bad parts', () => {
    expect(decodePresentAddress('#sel=x')).toBeNull();
    expect(decodePresentAddress('#present=BAD!')?.ok).toBe(false);
    const r = decodePresentAddress('#present=b1&step=zero&b=%%%');
    expect(r?.ok).toBe(true);
    if (r?.ok) {
      expect(r.address.step).toBe(0);
      expect(r.problems).toHaveLength(2);
    }
    const payload = new URLSearchParams(presentParams({ mode: 'present', briefing: b, step: 0 })).get('b') ?? '';
    const other = decodePresentAddress(`#present=b2&b=${payload}`);
    expect(other?.ok && other.problems).toEqual(['The briefing carried in the address is not valid and was ignored.']);
    expect(clampStep(12, 5)).toBe(4);
  });
});
