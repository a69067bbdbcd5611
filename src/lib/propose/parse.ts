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
  'say says said tell tells told add adds added state states stated quote quoted note noted report reported claim claimed describe described mention mentioned'.split(
    ' ',
  ),
);

/**
 * What nlp() computes after tokenizing, less the chunker (noun/verb phrases, a sixth of the time): the
 * proposer reads tags only (people, organisations, verb groups). nlp.tokenize has run the first ones.
 */
const TOKENIZED = new Set(['alias', 'normal', 'machine', 'contractions']);
const TAGGING = nlp.hooks().filter((h) => h !== 'chunks' && !TOKENIZED.has(h));

/** Parsed one by one, each call would pay compromise's fixed cost: all sentences go through one parse. */
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
    const name = o.text.replace(/^the /i, '').replace(/['\u2019]s$|[^\p{L}\p{N}&)]+$/u, '');
    if (o.offset && /^(?:\p{Lu}[\p{L}&-]*)(?: \p{Lu}[\p{L}&-]*)+$/u.test(name))
      out[owner(o.offset.start)]!.organisations.push(name);
  }
  sentences.forEach((s, i) => out[i]!.organisations.push(...acronymsDefined(s)));
  // verb groups by tag (doc.verbs().json() analyses each verb phrase and costs far more)
  for (const v of doc.match('#Verb+').json({ offset: true }) as Json[]) {
    if (!v.offset) continue;
    const i = owner(v.offset.start);
    const text = v.text.replace(/[^\p{L}\p{N}]+$/u, '').replace(/^[^\p{L}\p{N}]+/u, '');
    const lead = v.text.length - v.text.replace(/^[^\p{L}\p{N}]+/u, '').length;
    const words = v.terms.map((t) => t.text.toLowerCase().replace(/[^\p{L}]+/gu, ''));
    const main = v.terms.filter(
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
  for (const m of s.matchAll(/\((\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)/gu))
    if (/^\p{Lu}.*\p{Lu}/u.test(m[1]!) && m[1] !== 'COVID') out.push(m[1]!);
  for (const m of s.matchAll(/\b(\p{Lu}{2,}[\p{Lu}&]*) \(\p{Lu}/gu)) out.push(m[1]!);
  return out;
}
