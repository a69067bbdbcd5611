/**
 * Test event list built from the three seed articles: real quotes at real offsets, every precision
 * (day, week, month, before), one planned event. Shared by unit and e2e tests.
 */
export const briefingFixture: unknown = {
  schemaVersion: 1,
  title: 'India–Israel defence relations (test fixture)',
  themes: [
    {
      id: 'covid',
      label: 'COVID-19',
      description: 'Events about COVID-19.',
    },
    {
      id: 'procurement',
      label: 'Procurement',
      description: 'Events about Procurement.',
    },
    {
      id: 'rnd',
      label: 'R&D',
      description: 'Events about R&D.',
    },
    {
      id: 'diplomacy',
      label: 'Diplomacy',
      description: 'Events about Diplomacy.',
    },
    {
      id: 'regional-security',
      label: 'Regional security',
      description: 'Events about Regional security.',
    },
    {
      id: 'defence-industry',
      label: 'Defence industry',
      description: 'Events about Defence industry.',
    },
  ],
  sources: [
    {
      id: 'devdiscourse-2020-07-24',
      outlet: 'Devdiscourse',
      agency: 'PTI',
      headline: "Israel's Alternate PM says strong ties with India to contribute in combating COVID-19",
      published: '2020-07-24',
      url:
        'https://www.devdiscourse.com/article/international/1142711-israels-alternate-pm-says-strong-ties-with-' +
        'india-to-contribute-in-combating-covid-19',
      text: 'data/sources/devdiscourse-2020-07-24.txt',
      sha256: 'bee776b6979edafc54487dd243010d537c79156f8421b60d80a75f807dde0ec1',
    },
    {
      id: 'ndtv-2020-07-24',
      outlet: 'NDTV',
      agency: 'PTI',
      headline: 'Standoff with China figures prominently in India-Israel defence talks: report',
      published: '2020-07-24',
      url:
        'https://www.ndtv.com/india-news/standoff-with-china-figures-prominently-in-india-israel-defence-talks-' +
        'report-2268566',
      text: 'data/sources/ndtv-2020-07-24.txt',
      sha256: '4b8e45d3a1f28b75231408d0103aa0699d779416e0ccba2780183a10766e83eb',
    },
    {
      id: 'outlook-2022-06-03',
      outlet: 'Outlook India',
      agency: 'PTI',
      headline: 'India, Israel decide to expand defense ties, focus on developing futuristic technologies',
      published: '2022-06-03',
      url:
        'https://www.outlookindia.com/national/india-israel-decide-to-expand-defense-ties-focus-on-developing-' +
        'futuristic-technologies-news-200077',
      text: 'data/sources/outlook-2022-06-03.txt',
      sha256: '48ed9f0bb43ae95fe938fcf51db404b6d01440685126c3c754d3905e8ce08b26',
    },
  ],
  events: [
    {
      id: 'singh-gantz-call-2020',
      title: 'Rajnath Singh and Benny Gantz speak by phone',
      summary:
        'The two defence ministers discussed the standoff with China in eastern Ladakh and fast-track procurement.',
      status: 'reported',
      date: {
        start: '2020-07-24',
        end: '2020-07-24',
        precision: 'day',
        expression: 'on Friday',
        basis: 'Friday before publication on 2020-07-24',
      },
      themes: ['diplomacy', 'regional-security'],
      actors: ['Rajnath Singh', 'Benny Gantz'],
      evidence: [
        {
          source: 'ndtv-2020-07-24',
          quote:
            "India's standoff with China in eastern Ladakh figured prominently when the two Defence Ministers " +
            'delved into the evolving regional security scenario',
          start: 530,
          end: 678,
        },
        {
          source: 'devdiscourse-2020-07-24',
          quote:
            'In a telephonic conversation with Defence Minister Rajnath Singh, he welcomed the promotion of ' +
            'bilateral partnership even in the midst of the coronavirus crisis.',
          start: 328,
          end: 489,
        },
      ],
    },
    {
      id: 'covid-delegation-2020',
      title: 'Israeli delegation flies to India for rapid COVID-19 testing',
      summary: 'A DDR&D team leaves Tel Aviv for New Delhi to develop rapid COVID-19 tests with DRDO.',
      status: 'planned',
      date: {
        start: '2020-07-27',
        end: '2020-08-02',
        precision: 'week',
        expression: 'next week',
        basis: 'week after publication on 2020-07-24',
      },
      themes: ['covid', 'rnd'],
      actors: ['DDR&D', 'DRDO'],
      evidence: [
        {
          source: 'devdiscourse-2020-07-24',
          quote: 'is to leave from Tel Aviv to New Delhi on a special flight',
          start: 1976,
          end: 2034,
        },
      ],
    },
    {
      id: 'hcq-ban-lifted',
      title: "India lifts hydroxychloroquine export ban at Israel's request",
      summary: "Israeli media reported that Modi lifted the export ban at Netanyahu's request.",
      status: 'reported',
      date: {
        start: null,
        end: '2020-07-24',
        precision: 'before',
        expression: '(undated)',
        basis: 'reported before publication on 2020-07-24',
      },
      themes: ['covid', 'diplomacy'],
      actors: ['Narendra Modi', 'Benjamin Netanyahu'],
      evidence: [
        {
          source: 'devdiscourse-2020-07-24',
          quote:
            'The Israeli media widely reported that Modi lifted a ban on the export of Hydroxychloroquine at ' +
            "Netanyahu's request.",
          start: 3434,
          end: 3550,
        },
      ],
    },
    {
      id: 'israel-procurement-record',
      title: 'India remains the largest buyer of Israeli military hardware',
      summary: 'Israel has supplied weapon systems, missiles and UAVs to India over the last few years.',
      status: 'reported',
      date: {
        start: null,
        end: '2020-07-24',
        precision: 'before',
        expression: 'over the last few years',
        basis: 'before publication on 2020-07-24',
      },
      themes: ['procurement', 'defence-industry'],
      actors: ['India', 'Israel'],
      evidence: [
        {
          source: 'ndtv-2020-07-24',
          quote: "India has been the largest buyer of Israel's military hardware",
          start: 1170,
          end: 1232,
        },
      ],
    },
    {
      id: 'vision-statement-2022',
      title: 'India and Israel adopt a Vision on Defence Cooperation',
      summary: 'Singh and Gantz finalise a vision statement on co-production and joint R&D of futuristic technologies.',
      status: 'reported',
      date: {
        start: '2022-06-02',
        end: '2022-06-02',
        precision: 'day',
        expression: 'on Thursday',
        basis: 'Thursday before publication on 2022-06-03',
      },
      themes: ['diplomacy', 'defence-industry', 'rnd'],
      actors: ['Rajnath Singh', 'Benny Gantz'],
      evidence: [
        {
          source: 'outlook-2022-06-03',
          quote:
            'India and Israel finalized a vision statement on Thursday to further step up their overall defense ' +
            'cooperation',
          start: 17,
          end: 127,
        },
        {
          source: 'outlook-2022-06-03',
          quote:
            "Glad that both the countries adopted a 'Vision Statement' which will pave the way for defense " +
            'cooperation in future.',
          start: 3135,
          end: 3251,
        },
      ],
    },
    {
      id: 'letter-of-intent-2022',
      title: 'Letter of intent on futuristic defence technologies',
      summary: 'A letter of intent on enhancing cooperation in futuristic defence technologies was exchanged.',
      status: 'reported',
      date: {
        start: '2022-06-01',
        end: '2022-06-30',
        precision: 'month',
        expression: 'June 2022',
        basis: 'month of publication',
      },
      themes: ['rnd'],
      actors: ['Rajnath Singh', 'Benny Gantz'],
      evidence: [
        {
          source: 'outlook-2022-06-03',
          quote:
            'A "letter of intent" on enhancing cooperation in the field of futuristic defense technologies was ' +
            'also exchanged between Singh and Gantz',
          start: 478,
          end: 614,
        },
      ],
    },
  ],
};
