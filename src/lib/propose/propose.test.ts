import { describe, expect, it } from 'vitest';
import { eventSchema } from '../schema';
import { locateQuote } from '../quotes';
import { articleId, checkEvent, mergeProposals, proposalToEvent, proposeEvents } from './propose';
import { EVENTS, THEMES } from './testEvents';
import { findUndated } from './undated';

const ARTICLE = [
  'Ministers meet',
  '',
  'Mr Singh on Monday held talks with his Israeli counterpart Benjamin Gantz in New Delhi, officials said. ' +
    'Singh said the talks were warm.',
  'An Israeli delegation will arrive in India next week to set up rapid testing sites against the pandemic.',
  'India has procured missiles and ammunition from Israel in the last couple of years.',
  "They also discussed a cooperation agreement signed between the DRDO and Israel's defence research directorate.",
  'The weather was pleasant.',
].join('\n');
const published = '2020-07-29'; // a Wednesday

const propose = (text = ARTICLE, events = EVENTS) =>
  proposeEvents({ id: 'new-2020-07-29', text, published }, { events, themes: THEMES });

const articleOf = (n: number) => Array.from({ length: n }, () => ARTICLE).join('\n\n');

describe('proposeEvents: dates', () => {
  it('proposes every dated clause with its basis, planned when the resolver says future, quotes exact', () => {
    const ps = propose();
    for (const p of ps) {
      expect(ARTICLE.slice(p.quote.start, p.quote.end)).toBe(p.quote.text);
      if (p.expressionAt)
        expect(ARTICLE.slice(p.expressionAt.start, p.expressionAt.end).toLowerCase()).toBe(
          p.date.expression.toLowerCase(),
        );
      expect(p.summary).toBe('');
    }
    const monday = ps.find((p) => p.date.expression === 'on Monday')!;
    expect(monday.date).toMatchObject({ start: '2020-07-27', end: '2020-07-27', precision: 'day' });
    expect(monday.date.basis).toMatch(/latest Monday/);
    expect(monday.status).toBe('reported');
    const week = ps.find((p) => p.date.expression === 'next week')!;
    expect(week).toMatchObject({
      status: 'planned',
      date: { start: '2020-08-03', end: '2020-08-09', precision: 'week' },
    });
  });

  it('proposes vague-past and undated reported happenings as "before" publication, never with a day', () => {
    const ps = propose();
    const procured = ps.find((p) => p.quote.text.startsWith('India has procured'))!;
    expect(procured.date).toMatchObject({
      start: null,
      end: published,
      precision: 'before',
      expression: 'in the last couple of years',
    });
    const agreement = ps.find((p) => p.quote.text.startsWith('They also discussed'))!;
    expect(agreement).toMatchObject({
      undated: true,
      date: { start: null, end: published, precision: 'before', expression: 'agreement signed' },
    });
    // no date and no reported happening: nothing proposed; the headline line is not glued to the first sentence
    expect(ps.some((p) => p.quote.text.includes('weather'))).toBe(false);
    expect(ps.every((p) => !p.quote.text.includes('Ministers meet'))).toBe(true);
  });

  it('makes one proposal of one sentence whose expressions resolve to the same date', () => {
    const text = 'Gantz said on Monday, July 27, that the talks on Monday went well.';
    const ps = propose(text);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.key).toBe(`p-0-${text.length}`);
  });

  it('depends on the text and the day only (the app proposes before the id and the other details are known)', () => {
    const other = proposeEvents(
      {
        id: 'gazette-2020-07-29',
        text: ARTICLE,
        published,
        outlet: 'Gazette',
        headline: 'Talks',
        url: 'https://x.in/',
      },
      { events: EVENTS, themes: THEMES },
    );
    expect(other).toEqual(propose());
  });

  it('gives a short title from the subject and verb', () => {
    const monday = propose().find((p) => p.date.expression === 'on Monday')!;
    expect(monday.title).toMatch(/^(?:Mr )?(?:Rajnath )?Singh held talks/);
    expect(monday.title.length).toBeLessThanOrEqual(90);
    expect(monday.title).not.toMatch(/Monday/);
  });

  it('reports progress on a long article', () => {
    const big = articleOf(40); // about 20 kB
    const seen: number[] = [];
    const ps = proposeEvents(
      { id: 'big', text: big, published },
      { events: EVENTS, themes: THEMES, onProgress: (f) => seen.push(f) },
    );
    // Its speed is the benchmark's (npm run bench:growth, and the in-browser figures of npm run bench).
    expect(ps.length).toBeGreaterThan(40);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.toSorted((a, b) => a - b)).toEqual(seen);
  });
});

describe('proposeEvents: actors', () => {
  it('names known actors and people found by compromise, one name per person', () => {
    const monday = propose().find((p) => p.date.expression === 'on Monday')!;
    // "Mr Singh" is the known Rajnath Singh; "Benjamin Gantz" is the known Benny Gantz
    expect(monday.actors.toSorted()).toEqual(['Benny Gantz', 'Rajnath Singh']);
  });

  it('folds short forms into the full name found in the article when nothing is known', () => {
    const text =
      'Defence Minister Rajnath Singh on Monday met Gabi Ashkenazi. Mr Singh on Tuesday called Ashkenazi again.';
    const ps = proposeEvents({ id: 'a', text, published }, { events: [], themes: THEMES });
    expect(ps.map((p) => p.actors.toSorted())).toEqual([
      ['Gabi Ashkenazi', 'Rajnath Singh'],
      ['Gabi Ashkenazi', 'Rajnath Singh'],
    ]);
  });
});

describe('proposeEvents: themes', () => {
  it('suggests themes learned from the event list, with the words that triggered them', () => {
    const week = propose().find((p) => p.date.expression === 'next week')!;
    const covid = week.themes.find((t) => t.id === 'covid');
    expect(covid?.triggers).toEqual(expect.arrayContaining(['testing']));
    const procured = propose().find((p) => p.quote.text.startsWith('India has procured'))!;
    expect(procured.themes[0]).toMatchObject({ id: 'procurement' });
    expect(procured.themes[0]!.triggers).toEqual(expect.arrayContaining(['missiles', 'ammunition']));
  });

  it('learns from the events: with other events, other themes', () => {
    const relabelled = EVENTS.map((e) => (e.themes.includes('covid') ? { ...e, themes: ['diplomacy'] } : e));
    const week = propose(ARTICLE, relabelled).find((p) => p.date.expression === 'next week')!;
    expect(week.themes.some((t) => t.id === 'covid' && t.triggers.includes('sites'))).toBe(false);
    expect(week.themes.map((t) => t.id)).toContain('diplomacy');
  });
});

describe('proposeEvents: corroboration', () => {
  const text = 'Rajnath Singh on Friday held a telephonic conversation with Benny Gantz, officials said.';
  it('offers a proposal whose date overlaps an event and shares actors as more evidence for it', () => {
    const [p] = proposeEvents({ id: 'b', text, published: '2020-07-24' }, { events: EVENTS, themes: THEMES });
    expect(p!.corroborates).toMatchObject({
      eventId: '2020-07-24-singh-gantz-call',
      title: 'Rajnath Singh and Benny Gantz speak by telephone',
    });
    expect(p!.corroborates!.reason).toMatch(/same day.*Rajnath Singh/);
  });

  it('does not when the dates do not overlap, or nothing but the day is shared', () => {
    const [p] = proposeEvents({ id: 'b', text, published: '2020-08-07' }, { events: EVENTS, themes: THEMES });
    expect(p!.corroborates).toBeUndefined();
    const [q] = proposeEvents(
      { id: 'c', text: 'The weather service on Friday warned of storms in Mumbai.', published: '2020-07-24' },
      { events: EVENTS, themes: THEMES },
    );
    expect(q?.corroborates).toBeUndefined();
  });

  it('matches an undated happening to an undated event by its key terms', () => {
    const t = 'Israel has been supplying missiles and drones to India over the past few years, officials said.';
    const [p] = proposeEvents({ id: 'd', text: t, published: '2022-06-03' }, { events: EVENTS, themes: THEMES });
    expect(p!.corroborates?.eventId).toBe('before-2020-07-24-missiles');
  });
});

describe('merging and accepting', () => {
  it('merges several sentences about one happening into one event with several quotes', () => {
    const ps = propose();
    const monday = ps.find((p) => p.date.expression === 'on Monday')!;
    const agreement = ps.find((p) => p.quote.text.startsWith('They also discussed'))!;
    const merged = mergeProposals(agreement, monday);
    // the more exact date leads, whichever order they are given in
    expect(merged.date).toEqual(monday.date);
    expect(merged.quote).toEqual(monday.quote);
    expect(merged.moreQuotes).toEqual([agreement.quote]);
    expect(new Set(merged.actors)).toEqual(new Set([...monday.actors, ...agreement.actors]));
    const event = proposalToEvent(merged, 'new-2020-07-29', { themes: ['diplomacy'] });
    expect(event.evidence.map((e) => e.quote)).toEqual([monday.quote.text, agreement.quote.text]);
    expect(checkEvent(event, { 'new-2020-07-29': ARTICLE })).toEqual([]);
    // merging again with a quote it already has adds nothing
    expect(mergeProposals(merged, monday).moreQuotes).toEqual([agreement.quote]);
  });

  it('turns a proposal into an event that passes the schema and the quote check', () => {
    for (const p of propose()) {
      const event = proposalToEvent(p, 'new-2020-07-29', {
        themes: p.themes.length ? undefined : ['diplomacy'],
        existingIds: ['x'],
      });
      expect(eventSchema.safeParse(event).success).toBe(true);
      expect(event.summary).toBe(event.title);
      expect(locateQuote(ARTICLE, event.evidence[0]!.quote)).toMatchObject({ ok: true, start: p.quote.start });
      expect(checkEvent(event, { 'new-2020-07-29': ARTICLE })).toEqual([]);
      expect(event.id).toMatch(p.date.start ? new RegExp(`^${p.date.start}-`) : /^before-2020-07-29-/);
    }
  });

  it('reports what is wrong with an edited event: no theme, a quote not at its offsets', () => {
    const p = propose()[0]!;
    const event = proposalToEvent(p, 'new-2020-07-29', { themes: [] });
    event.evidence[0]!.start += 1;
    event.evidence[0]!.end += 1;
    const fields = checkEvent(event, { 'new-2020-07-29': ARTICLE }).map((x) => x.field);
    expect(fields).toEqual(['themes', 'evidence.0.quote']);
  });

  it('makes readable, unique article ids', () => {
    expect(articleId('Outlook India', '2022-06-03', [])).toBe('outlook-2022-06-03');
    expect(articleId('The Hindu', '2022-06-03', ['hindu-2022-06-03'])).toBe('hindu-2022-06-03-2');
    expect(articleId('', '2022-06-03')).toBe('article-2022-06-03');
    expect(articleId('Dév Discourse!', '2020-07-24')).toBe('dev-2020-07-24');
  });
});

describe('undated happenings set at the moment of writing', () => {
  it('a sentence-initial "Now," is a cue; "now" inside a sentence and "Nowhere" are not', () => {
    expect(findUndated('Now, Israel is proud to reciprocate this significant gesture.')?.text).toBe('Now, Israel');
    expect(findUndated('India now buys more than before.')).toBeUndefined();
    expect(findUndated('Nowhere, Israel said, is the need greater.')).toBeUndefined();
  });
});
