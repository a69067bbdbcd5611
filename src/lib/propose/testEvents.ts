/** Test fixtures for the proposer: a small event list with themes, as the app would hold it. */
import type { Theme, TimelineEvent } from '../schema';

export const THEMES: Theme[] = [
  {
    id: 'covid',
    label: 'COVID-19',
    description: 'Cooperation against the COVID-19 pandemic: testing, medical supplies, joint research.',
  },
  {
    id: 'procurement',
    label: 'Procurement',
    description: 'India buying weapons, ammunition and military hardware from Israel.',
  },
  {
    id: 'diplomacy',
    label: 'Diplomacy',
    description: 'Calls, visits, meetings and statements between the two governments.',
  },
];

const ev = (
  id: string,
  title: string,
  date: TimelineEvent['date'],
  themes: string[],
  actors: string[],
  quote: string,
): TimelineEvent => ({
  id,
  title,
  summary: title,
  status: 'reported',
  date,
  themes,
  actors,
  evidence: [{ source: 'old-2020-07-24', quote, start: 0, end: quote.length }],
});

const friday = {
  start: '2020-07-24',
  end: '2020-07-24',
  precision: 'day' as const,
  expression: 'on Friday',
  basis: 'b',
};

export const EVENTS: TimelineEvent[] = [
  ev(
    '2020-07-24-singh-gantz-call',
    'Rajnath Singh and Benny Gantz speak by telephone',
    friday,
    ['diplomacy'],
    ['Rajnath Singh', 'Benny Gantz'],
    'Defence Minister Rajnath Singh on Friday held a telephonic conversation with Benny Gantz ' +
      'about the standoff in Ladakh.',
  ),
  ev(
    '2020-07-24-testing-kits',
    'Israel sends rapid testing kits',
    friday,
    ['covid'],
    [],
    'Israel sent rapid testing kits and ventilators to fight the pandemic on Friday.',
  ),
  ev(
    '2020-06-01-testing-research',
    'Joint research on rapid testing for the virus',
    { ...friday, start: '2020-06-01', end: '2020-06-01' },
    ['covid'],
    ['DRDO'],
    'DRDO began joint research on rapid testing for the virus and the pandemic.',
  ),
  ev(
    'before-2020-07-24-missiles',
    'India buys missiles and drones from Israel',
    { start: null, end: '2020-07-24', precision: 'before', expression: 'over the last few years', basis: 'b' },
    ['procurement'],
    [],
    'Israel has been supplying missiles, drones and ammunition to India over the last few years.',
  ),
  ev(
    '2020-07-10-ammunition-deal',
    'India orders ammunition and missiles',
    { ...friday, start: '2020-07-10', end: '2020-07-10' },
    ['procurement'],
    [],
    'India ordered ammunition, missiles and weapons from Israel.',
  ),
];
