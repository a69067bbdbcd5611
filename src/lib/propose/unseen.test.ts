/**
 * The proposer on articles it was not tuned on (written for these tests in the style of Indian wire copy,
 * in __fixtures__/unseen/), against the seed event list as the app holds it: titles start with their subject,
 * names are whole actors, a dateline dates nothing, common words trigger no theme, and an undated claim is
 * never more evidence for a dated event.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventList } from '../schema';
import { proposeEvents } from './propose';

const list = JSON.parse(
  readFileSync(new URL('../../../public/data/events.json', import.meta.url), 'utf8'),
) as EventList;
const read = (name: string) => readFileSync(new URL(`./__fixtures__/unseen/${name}.txt`, import.meta.url), 'utf8');
const propose = (name: string, published: string) =>
  proposeEvents({ id: name, text: read(name), published }, { events: list.events, themes: list.themes });

const talks = propose('talks-2023-03-10', '2023-03-10');
const drones = propose('drones-2024-09-18', '2024-09-18');
const spike = propose('spike-2023-01-14', '2023-01-14');
const all = [...talks, ...drones, ...spike];
const find = (ps: typeof all, text: string) => ps.find((p) => p.quote.text.includes(text))!;

describe('titles', () => {
  it('start with a capitalised subject, never a preposition, a dash or "The company"', () => {
    for (const p of all) {
      expect(p.title, p.quote.text).toMatch(/^\p{Lu}/u);
      expect(p.title, p.quote.text).not.toMatch(/^(?:Of|In|Between|From|With|And|Is|The company)\b/);
    }
  });

  it('shorten a long subject to its head noun phrase and a generic one to the organisation named', () => {
    expect(find(talks, 'Senior defence officials').title).toMatch(/^Senior defence officials met in New Delhi/);
    expect(find(talks, 'second production line').title).toMatch(/^Israel Aerospace Industries would open/);
    expect(find(drones, 'The facility').title).toBe('The facility is expected to begin production');
  });

  it('do not end inside a name or an amount', () => {
    for (const p of all) expect(p.title).not.toMatch(/ with Bharat$| Rs 35,000$/);
    expect(find(drones, 'Rs 35,000 crore').title).toMatch(/Rs 35,000 crore$/);
  });

  it('take the happening, not the report of it, when the date belongs to "said"', () => {
    expect(find(spike, 'additional batch').title).toMatch(/^India will procure an additional batch of Spike/);
  });
});

describe('actors', () => {
  it('finds people after a title or a role, and companies by their last word', () => {
    expect(find(talks, 'second production line').actors).toEqual(
      expect.arrayContaining(['Boaz Levy', 'Israel Aerospace Industries', 'Bharat Dynamics']),
    );
    expect(find(spike, 'Naor Gilon').actors).toEqual(expect.arrayContaining(['Naor Gilon', 'Manoj Pande']));
    expect(find(drones, 'Elbit Systems').actors).toEqual(['Elbit Systems', 'Adani Defence']);
  });

  it('leaves out single first names, agency credits, owners and parts of longer names', () => {
    const names = all.flatMap((p) => p.actors);
    for (const bad of ['Spike', 'PTI', 'Israel Elbit Systems', 'Rafael Advanced', 'Defense Systems'])
      expect(names).not.toContain(bad);
    expect(find(spike, 'Rafael').actors).toContain('Rafael Advanced Defense Systems');
    // "the Ministry of Defence" is not "Adani Defence" by its last word
    expect(find(drones, 'Ministry of Defence').actors).not.toContain('Adani Defence');
  });
});

describe('dates and evidence', () => {
  it('a dateline ("NEW DELHI, Jan 14 (PTI) -") dates the report, not an event', () => {
    const sentence = spike.filter((p) => p.quote.text.includes('additional batch'));
    expect(sentence.map((p) => p.date.expression)).toEqual(['on Monday']);
  });

  it('an undated claim is more evidence only for an undated event', () => {
    const parts = find(talks, 'supplied parts');
    expect(parts.date.precision).toBe('before');
    // "Israel supplies weapon systems, missiles and drones to India" (before 3 Jun 2022), not a 2020 day
    const target = list.events.find((e) => e.id === parts.corroborates?.eventId);
    expect(target?.date.precision).toBe('before');
    for (const p of all.filter((q) => q.date.precision !== 'before' && q.corroborates)) {
      expect(list.events.find((e) => e.id === p.corroborates!.eventId)!.date.precision).not.toBe('before');
    }
  });
});

describe('themes', () => {
  it('words in most events (India, Israel) trigger none; a second theme needs more than a stray word', () => {
    for (const p of all)
      for (const t of p.themes) expect(t.triggers, p.title).not.toEqual(expect.arrayContaining(['india']));
    for (const p of all) for (const t of p.themes) expect(t.triggers).not.toContain('israel');
    expect(find(talks, 'supplied parts').themes.map((t) => t.id)).not.toContain('covid');
  });
});
