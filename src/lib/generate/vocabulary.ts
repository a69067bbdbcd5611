/**
 * Words the synthetic event generator builds titles, summaries and quotes from: the language of
 * reporting on India–Israel defence ties (procurement, joint R&D, diplomacy, industry, security, COVID-19).
 * Placeholders in braces are filled from the lists below by the generator.
 */
export const THEMES = [
  { id: 'covid', label: 'COVID-19', description: 'Cooperation against the pandemic: testing, research, supplies.' },
  { id: 'procurement', label: 'Procurement', description: 'Purchases of weapons, platforms and ammunition.' },
  { id: 'rnd', label: 'R&D', description: 'Joint research and development of defence technology.' },
  { id: 'diplomacy', label: 'Diplomacy', description: 'Talks, visits and agreements between the two governments.' },
  { id: 'regional-security', label: 'Regional security', description: 'Borders, terrorism and the wider region.' },
  { id: 'defence-industry', label: 'Defence industry', description: 'Joint ventures, manufacturing and exports.' },
] as const;

export type ThemeId = (typeof THEMES)[number]['id'];

export const FILL: Record<string, readonly string[]> = {
  indianOfficial: [
    'Defence Minister',
    'Defence Secretary',
    'Chief of Defence Staff',
    'National Security Adviser',
    'Army Chief',
    'Chief of the Air Staff',
    'External Affairs Minister',
  ],
  israeliOfficial: [
    'his Israeli counterpart',
    'the Israeli Defence Minister',
    'the Director General of Israel’s Defence Ministry',
    'the Israeli Ambassador',
    'the head of SIBAT',
  ],
  indianOrg: [
    'DRDO',
    'Bharat Electronics',
    'Hindustan Aeronautics',
    'Bharat Dynamics',
    'the Indian Army',
    'the Indian Air Force',
    'the Indian Navy',
    'Larsen & Toubro',
    'Tata Advanced Systems',
    'Adani Defence',
  ],
  israeliOrg: [
    'Israel Aerospace Industries',
    'Rafael Advanced Defense Systems',
    'Elbit Systems',
    'Israel Weapon Industries',
    'the Directorate of Defense Research and Development',
    'Israel Shipyards',
  ],
  system: [
    'Heron drones',
    'Spike anti-tank missiles',
    'Barak-8 air defence systems',
    'SPICE guidance kits',
    'Phalcon airborne radars',
    'Tavor assault rifles',
    'Harop loitering munitions',
    'Hermes 900 drones',
    'medium-range surface-to-air missiles',
    'night-vision sights',
    'Negev light machine guns',
    'Rampage air-to-ground missiles',
  ],
  tech: [
    'counter-drone systems',
    'quantum sensing',
    'artificial intelligence for surveillance',
    'directed-energy weapons',
    'secure communications',
    'next-generation radars',
    'robotics for mine clearing',
    'cyber defence tools',
    'hypersonic propulsion',
    'battlefield medical kits',
  ],
  covidTech: [
    'rapid breath tests for COVID-19',
    'voice-based COVID-19 screening',
    'antibody tests',
    'ventilator components',
    'disinfection robots',
    'polyamino-acid based tests',
  ],
  place: [
    'New Delhi',
    'Jerusalem',
    'Tel Aviv',
    'Bengaluru',
    'Hyderabad',
    'Nagpur',
    'Lucknow',
    'Haifa',
    'Pune',
    'Chennai',
  ],
  region: [
    'eastern Ladakh',
    'the Line of Control',
    'the Indian Ocean',
    'the Gulf region',
    'the Red Sea',
    'the north-east',
  ],
  qty: ['two', 'four', 'six', 'ten', 'a dozen', 'sixteen', 'several hundred', 'several thousand'],
  value: [
    '$50 million',
    '$120 million',
    '$300 million',
    '$500 million',
    '$777 million',
    '$1 billion',
    '$2 billion',
    'Rs 880 crore',
  ],
  forum: [
    'the Joint Working Group on Defence Cooperation',
    'the Defence Acquisition Council',
    'the Aero India show',
    'the DefExpo',
    'a virtual summit',
    'a telephone call',
  ],
};

/** One kind of event per theme: how it is titled, summarised and quoted. */
export interface EventTemplate {
  theme: ThemeId;
  title: string;
  summary: string;
  quote: string;
  /** A second sentence that can be cited as supporting evidence. */
  support: string;
}

export const TEMPLATES: readonly EventTemplate[] = [
  {
    theme: 'procurement',
    title: 'India orders {qty} {system} from {israeliOrg}',
    summary: 'India placed an order worth {value} for {system} with {israeliOrg}.',
    quote: 'India has placed an order for {qty} {system} from {israeliOrg} in a deal worth {value}, officials said.',
    support: 'The purchase was cleared on a fast-track basis, the officials added.',
  },
  {
    theme: 'procurement',
    title: 'Defence Acquisition Council clears {system}',
    summary: 'The Defence Acquisition Council approved buying {system} worth {value}.',
    quote: 'The Defence Acquisition Council cleared the procurement of {system} worth {value} from Israel.',
    support: 'The council met under the chairmanship of the {indianOfficial}.',
  },
  {
    theme: 'procurement',
    title: 'Emergency purchase of {system} for {indianOrg}',
    summary: '{indianOrg} used emergency powers to buy {system}.',
    quote: '{indianOrg} used its emergency financial powers to buy {system} from {israeliOrg}.',
    support: 'Deliveries are expected within a year, the sources said.',
  },
  {
    theme: 'rnd',
    title: '{indianOrg} and {israeliOrg} to develop {tech}',
    summary: 'A joint project on {tech} was agreed between {indianOrg} and {israeliOrg}.',
    quote: '{indianOrg} and {israeliOrg} agreed to jointly develop {tech}, the ministry said in a statement.',
    support: 'The project is part of a wider framework for defence research cooperation.',
  },
  {
    theme: 'rnd',
    title: 'Joint research agreement on {tech}',
    summary: 'The two countries agreed to fund research on {tech}.',
    quote: 'The two sides agreed to focus on developing futuristic technologies such as {tech}.',
    support: 'Both sides will share the cost of the research equally.',
  },
  {
    theme: 'diplomacy',
    title: '{indianOfficial} holds talks with {israeliOfficial}',
    summary: 'Talks between the {indianOfficial} and {israeliOfficial} covered defence ties.',
    quote:
      'The {indianOfficial} held talks with {israeliOfficial} in {place} ' +
      'on further expanding defence and security ties.',
    support: 'The two sides reviewed the progress of ongoing defence cooperation.',
  },
  {
    theme: 'diplomacy',
    title: '{forum} meets in {place}',
    summary: 'Officials of both countries met at {forum} in {place}.',
    quote: 'Officials of the two countries met at {forum} in {place} to review defence cooperation.',
    support: 'A vision statement on defence cooperation was adopted at the meeting.',
  },
  {
    theme: 'regional-security',
    title: 'Situation in {region} discussed with Israel',
    summary: 'The security situation in {region} figured in talks with Israel.',
    quote:
      'The evolving security situation in {region} figured prominently in the talks, the sources told news agency PTI.',
    support: 'Both sides agreed to step up intelligence sharing.',
  },
  {
    theme: 'regional-security',
    title: 'Counter-terrorism cooperation on {region}',
    summary: 'The two countries agreed to cooperate on threats in {region}.',
    quote: 'India and Israel agreed to deepen counter-terrorism cooperation with a focus on {region}.',
    support: 'A joint working group on counter-terrorism will meet twice a year.',
  },
  {
    theme: 'defence-industry',
    title: '{israeliOrg} and {indianOrg} form joint venture in {place}',
    summary: 'A joint venture in {place} will manufacture defence equipment.',
    quote: '{israeliOrg} and {indianOrg} announced a joint venture in {place} to manufacture {system} in India.',
    support: 'The venture is expected to create several hundred jobs.',
  },
  {
    theme: 'defence-industry',
    title: 'Israeli firms invited to invest under Make in India',
    summary: 'Israeli defence firms were invited to join Indian manufacturing.',
    quote:
      'The {indianOfficial} called for greater participation of Israeli defence firms ' +
      'in joint development of weapons with Indian companies.',
    support: 'He apprised his counterpart of reforms initiated in the defence manufacturing sector.',
  },
  {
    theme: 'covid',
    title: 'Joint trials of {covidTech}',
    summary: 'Researchers of both countries tested {covidTech}.',
    quote: 'Researchers from {indianOrg} and {israeliOrg} carried out joint trials of {covidTech} in {place}.',
    support: 'The trials were part of cooperation to combat COVID-19.',
  },
  {
    theme: 'covid',
    title: 'Israel sends {covidTech} to India',
    summary: 'Israel sent {covidTech} to help India fight the pandemic.',
    quote: 'Israel sent a consignment of {covidTech} to India to help in the fight against COVID-19.',
    support: 'Strong ties between the two countries will contribute to combating COVID-19, he said.',
  },
];

export const FILLER: readonly string[] = [
  'Officials did not give further details.',
  'The ministry did not comment on the timeline of the project.',
  'India has been one of the largest buyers of Israeli military hardware over the last decade.',
  'The deals have largely remained behind the curtains due to national security reasons.',
  'Diplomatic relations between the two countries were established in 1992.',
  'The sources said more announcements were likely in the coming months.',
  'Both sides expressed satisfaction with the progress made so far.',
];

export const OUTLETS: readonly { outlet: string; agency: string; host: string }[] = [
  { outlet: 'The Daily Ledger', agency: 'PTI', host: 'daily-ledger.example' },
  { outlet: 'Capital Defence Review', agency: '', host: 'capital-defence.example' },
  { outlet: 'Northern Courier', agency: 'ANI', host: 'northern-courier.example' },
  { outlet: 'Harbour Times', agency: 'IANS', host: 'harbour-times.example' },
  { outlet: 'Strategic Affairs Weekly', agency: 'Reuters', host: 'strategic-weekly.example' },
];

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
