/** A tiny event list for component tests: one article, three events, one hostile source address. */
import type { EventList } from '../../../lib/schema';

export const ARTICLE = 'On Friday the ministers spoke. A delegation will arrive next week. Earlier, a ban was lifted.';
const q = (quote: string) => ({
  source: 'art',
  quote,
  start: ARTICLE.indexOf(quote),
  end: ARTICLE.indexOf(quote) + quote.length,
});

export const SMALL: EventList = {
  schemaVersion: 2,
  title: 'Test',
  themes: [
    { id: 'diplomacy', label: 'Diplomacy', description: '' },
    { id: 'covid', label: 'COVID-19', description: '' },
  ],
  sources: [
    {
      id: 'art',
      outlet: 'Outlet A',
      agency: 'PTI',
      headline: 'Ministers speak',
      published: '2020-07-24',
      url: 'https://example.org/a',
      text: 'data/sources/art.txt',
      sha256: '0'.repeat(64),
    },
    {
      id: 'bad',
      outlet: 'Outlet B',
      agency: '',
      headline: 'Bad link',
      published: '2020-07-24',
      url: 'javascript:alert(1)',
      text: 'data/sources/bad.txt',
      sha256: '0'.repeat(64),
    },
  ],
  events: [
    {
      id: 'call',
      title: 'Ministers speak',
      summary: 'They spoke.',
      status: 'reported',
      date: {
        start: '2020-07-24',
        end: '2020-07-24',
        precision: 'day',
        expression: 'on Friday',
        basis: 'the article was published on Fri 24 Jul 2020',
      },
      themes: ['diplomacy'],
      actors: ['Singh', 'Gantz'],
      evidence: [q('On Friday the ministers spoke.'), { source: 'bad', quote: 'x', start: 0, end: 1 }],
    },
    {
      id: 'delegation',
      title: 'Delegation to arrive',
      summary: 'A delegation comes.',
      status: 'planned',
      date: {
        start: '2020-07-27',
        end: '2020-08-02',
        precision: 'week',
        expression: 'next week',
        basis: 'the week after Fri 24 Jul 2020',
      },
      themes: ['covid'],
      actors: [],
      evidence: [q('A delegation will arrive next week.')],
    },
    {
      id: 'ban',
      title: 'Ban lifted',
      summary: 'A ban was lifted.',
      status: 'reported',
      date: {
        start: null,
        end: '2020-07-24',
        precision: 'before',
        expression: 'Earlier',
        basis: 'had happened by publication on Fri 24 Jul 2020',
      },
      themes: ['covid'],
      actors: ['Modi'],
      evidence: [q('a ban was lifted')],
    },
  ],
};
