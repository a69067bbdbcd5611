/**
 * One compromise parse for all proposed sentences: the people and organisations it names and its verbs
 * with their offsets. compromise is a well-kept NLP library that runs in Node and the browser; the app
 * loads this module (and compromise with it) on first use.
 */
import nlp from 'compromise';

export interface ParsedVerb {
  text: string;
  /** Offsets inside the sentence. */
  start: number;
  end: number;
  /** The group's last word, lower case ("has been supplying" → "supplying"). */
  infinitive: string;
  /** said, told, added…: reports speech; not the happening itself. */
  reporting: boolean;
  /** is, am sure, was: a state. */
  copula: boolean;
}

export interface ParsedSentence {
  people: string[];
  organisations: string[];
  verbs: ParsedVerb[];
}

type Term = { text: string; tags: string[] };
type Json = { text: string; terms: Term[]; offset?: { start: number; length: number } };

const REPORTING = new Set(
  (
    'say says said tell tells told add adds added state states stated quote quoted note noted report reported ' +
    'claim claimed describe described mention mentioned'
  ).split(' '),
);

/**
 * What nlp() computes after tokenizing, less the chunker (noun/verb phrases, a sixth of the time): the
 * proposer reads tags only (people, organisations, verb groups). nlp.tokenize has run the first ones.
 */
const TOKENIZED = new Set(['alias', 'normal', 'machine', 'contractions']);
const TAGGING = nlp.hooks().filter((h) => h !== 'chunks' && !TOKENIZED.has(h));

/**
 * Parsed one by one, each call would pay compromise's fixed cost: all sentences go through one parse. Each
 * sentence's result is its own (compromise tags within a sentence; the blank line between them ends one), so
 * sentences may be batched in any way, deduplicated, or parsed in two workers.
 */
export function parseSentences(sentences: readonly string[]): ParsedSentence[] {
  const starts: number[] = [];
  let joined = '';
  for (const s of sentences) {
    starts.push(joined.length);
    joined += `${s}\n\n`;
  }
  const out = sentences.map((): ParsedSentence => ({ people: [], organisations: [], verbs: [] }));
  if (!sentences.length) return out;
  const owner = (at: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const doc = nlp.tokenize(joined);
  doc.compute(TAGGING);
  for (const p of doc.people().json({ offset: true }) as Json[]) {
    const name = cleanPerson(p.terms);
    if (name && p.offset) out[owner(p.offset.start)]!.people.push(name);
  }
  for (const o of doc.organizations().json({ offset: true }) as Json[]) {
    const name = o.text
      .replace(/^the /i, '')
      .replace(/^\p{Lu}\p{L}*['\u2019]s /u, '')
      .replace(/['\u2019]s$|[^\p{L}\p{N}&)]+$/u, '');
    if (o.offset && /^(?:\p{Lu}[\p{L}&-]*)(?: \p{Lu}[\p{L}&-]*)+$/u.test(name))
      out[owner(o.offset.start)]!.organisations.push(name);
  }
  for (const r of doc.match('#ProperNoun+').json({ offset: true }) as Json[]) {
    if (!r.offset) continue;
    const i = owner(r.offset.start);
    const found = properName(r.terms, precedingWord(joined, starts[i]!, r.offset.start));
    if (found) out[i]![found.kind].push(found.name);
  }
  sentences.forEach((s, i) => out[i]!.organisations.push(...acronymsDefined(s)));
  // verb groups by tag (doc.verbs().json() analyses each verb phrase and costs far more)
  for (const v of doc.match('#Verb+').json({ offset: true }) as Json[]) {
    if (!v.offset) continue;
    const i = owner(v.offset.start);
    let text = v.text.replace(/[^\p{L}\p{N}]+$/u, '').replace(/^[^\p{L}\p{N}]+/u, '');
    let lead = v.text.length - v.text.replace(/^[^\p{L}\p{N}]+/u, '').length;
    let terms = v.terms;
    // a group does not run over punctuation ("… 300 engineers, is expected"): keep what follows the last break
    const brk = Math.max(text.lastIndexOf(', '), text.lastIndexOf('; '), text.lastIndexOf(': '));
    if (brk >= 0) {
      terms = terms.slice(text.slice(0, brk + 1).split(/\s+/).length);
      lead += brk + 2;
      text = text.slice(brk + 2);
    }
    // a "verb" glued to the word before or after it is part of that word ("counter-drone", "anti-tank")
    const at = v.offset.start + lead;
    if (/[\p{L}\p{N}-]/u.test(joined.charAt(at - 1)) || /[-\p{L}]/u.test(joined.charAt(at + text.length))) continue;
    const words = terms.map((t) => t.text.toLowerCase().replace(/[^\p{L}]+/gu, ''));
    const main = terms.filter(
      (t) => !t.tags.includes('Copula') && !t.tags.includes('Auxiliary') && !t.tags.includes('Modal'),
    );
    const copula = main.length === 0;
    const start = v.offset.start + lead - starts[i]!;
    out[i]!.verbs.push({
      text,
      start,
      end: start + text.length,
      infinitive: words.at(-1) ?? '',
      reporting: REPORTING.has(words.at(-1) ?? ''),
      copula,
    });
  }
  return out;
}

/** Titles before a name ("Ambassador Naor Gilon", "Lt Gen Benny Gantz"): English grammar, not a topic list. */
const TITLE = new RegExp(
  '^(?:Ambassador|General|Gen|Lt|Lieutenant|Col|Colonel|Brigadier|Major|Admiral|Marshal|Air|Chief|Minister' +
    '|President|Prime|Secretary|Dr|Prof|Mr|Mrs|Ms|Shri|Smt)\\.?$',
);
/** A lower-case role just before a name ("chief Boaz Levy", "counterpart Benny Gantz"). */
const ROLE = new RegExp(
  '^(?:chief|executive|spokesperson|spokesman|spokeswoman|minister|ambassador|envoy|secretary|director|chairman' +
    '|chairperson|president|officer|head|counterpart|commander|adviser|advisor|founder)$',
);
/** The last word of an institution's name ("Bharat Dynamics", "Adani Defence", "Defence Acquisition Council"). */
const INSTITUTION = new RegExp(
  '^(?:Defence|Defense|Dynamics|Systems|Industries|Limited|Ltd|Corporation|Company|Technologies|Aerospace|Council' +
    '|Ministry|Army|Navy|Force|Organisation|Organization|Agency|Directorate|Authority|Institute|Laboratories' +
    '|Shipyard|Electronics)$',
);

/** Whether a name ends in an institution's word: an organisation's name ("Israel Aerospace Industries"). */
export const isInstitutionName = (name: string) => INSTITUTION.test(name.split(/\s+/).at(-1) ?? '');

/** The word before `at` in its sentence (which starts at `from`: each sentence is parsed as if alone). */
const precedingWord = (text: string, from: number, at: number) =>
  /(\S+)\s+$/.exec(text.slice(Math.max(from, at - 40), at))?.[1] ?? '';

/**
 * A run of proper nouns compromise did not call a person or an organisation: a person when a title or a role
 * stands before it ("Israeli Ambassador Naor Gilon", "chief Boaz Levy"), an organisation when it ends in an
 * institution's word ("Bharat Dynamics"). Places, dates and nationalities are neither.
 */
function properName(terms: Term[], before: string): { kind: 'people' | 'organisations'; name: string } | undefined {
  const clean = (t: Term) => t.text.replace(/['\u2019]s$|[^\p{L}'&-]+/gu, '');
  // "Israel's Elbit Systems": the owner's name is not part of the company's
  const owner = terms.findIndex((t) => t.tags.includes('Possessive') || /['\u2019]s$/.test(t.text));
  let words = terms.slice(owner + 1).filter((t) => !t.tags.includes('Demonym'));
  let titled = false;
  while (words.length && TITLE.test(clean(words[0]!))) {
    words = words.slice(1);
    titled = true;
  }
  const text = words.map(clean).filter(Boolean);
  if (text.length < 2 || text.length > 4 || text.some((w) => !/^\p{Lu}\p{Ll}/u.test(w))) return undefined;
  if (words.some((t) => t.tags.includes('Place') || t.tags.includes('Date'))) return undefined;
  if (isInstitutionName(text.join(' '))) return { kind: 'organisations', name: text.join(' ') };
  if (text.length <= 3 && (titled || ROLE.test(before.toLowerCase()))) return { kind: 'people', name: text.join(' ') };
  return undefined;
}

function cleanPerson(terms: Term[]): string | undefined {
  let words = terms.filter((t) => !t.tags.includes('Honorific') && !t.tags.includes('Actor'));
  const first = words.findIndex((t) => t.tags.includes('FirstName'));
  if (first > 0) words = words.slice(first);
  const text = words.map((t) => t.text.replace(/['\u2019]s$|[^\p{L}'-]+/gu, '')).filter(Boolean);
  if (!text.length || text.some((w) => !/^\p{Lu}/u.test(w))) return undefined;
  return text.join(' ');
}

/** "Directorate of Defence Research and Development (DDR&D)" and "DRDO (Defence Research…)": the acronym. */
function acronymsDefined(s: string): string[] {
  const out: string[] = [];
  // not a news agency's credit after a dateline ("NEW DELHI, Jan 14 (PTI)")
  for (const m of s.matchAll(/(?<!\d\s?)\((\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)/gu))
    if (/^\p{Lu}.*\p{Lu}/u.test(m[1]!) && m[1] !== 'COVID') out.push(m[1]!);
  for (const m of s.matchAll(/\b(\p{Lu}{2,}[\p{Lu}&]*) \(\p{Lu}/gu)) out.push(m[1]!);
  return out;
}
