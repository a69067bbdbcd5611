/**
 * One compromise parse per proposed sentence: the people and organisations it names and its verbs
 * with their offsets. compromise is a well-kept NLP library that runs in Node and the browser; the app
 * loads this module (and compromise with it) on first use.
 */
import nlp from 'compromise';

export interface ParsedVerb {
  text: string;
  /** Offsets inside the sentence. */
  start: number;
  end: number;
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
type VerbJson = Json & { verb?: { infinitive?: string; grammar?: { copula?: boolean } } };

const REPORTING = new Set(['say', 'tell', 'add', 'state', 'quote', 'note', 'report', 'claim', 'describe', 'mention', 'announce']);

export function parseSentence(sentence: string): ParsedSentence {
  const doc = nlp(sentence);
  const people: string[] = [];
  for (const p of doc.people().json() as Json[]) {
    const name = cleanPerson(p.terms);
    if (name) people.push(name);
  }
  const organisations: string[] = [];
  for (const o of doc.organizations().json() as Json[]) {
    const name = o.text.replace(/^the /i, '').replace(/['\u2019]s$|[^\p{L}\p{N}&)]+$/u, '');
    if (/^(?:\p{Lu}[\p{L}&-]*)(?: \p{Lu}[\p{L}&-]*)+$/u.test(name)) organisations.push(name);
  }
  organisations.push(...acronymsDefined(sentence));
  const verbs: ParsedVerb[] = [];
  for (const v of doc.verbs().json({ offset: true }) as VerbJson[]) {
    if (!v.offset) continue;
    const text = v.text.replace(/[^\p{L}\p{N}]+$/u, '');
    const infinitive = (v.verb?.infinitive ?? text).toLowerCase();
    const copula = Boolean(v.verb?.grammar?.copula) || /^(?:be|am|is|are|was|were)\b/i.test(text);
    verbs.push({ text, start: v.offset.start, end: v.offset.start + text.length, infinitive, reporting: REPORTING.has(infinitive), copula });
  }
  return { people, organisations, verbs };
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
  for (const m of s.matchAll(/\((\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)/gu)) if (/^\p{Lu}.*\p{Lu}/u.test(m[1]!) && m[1] !== 'COVID') out.push(m[1]!);
  for (const m of s.matchAll(/\b(\p{Lu}{2,}[\p{Lu}&]*) \(\p{Lu}/gu)) out.push(m[1]!);
  return out;
}
