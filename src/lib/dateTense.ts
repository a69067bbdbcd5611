/**
 * Tense of the clause that governs a date expression (rule 1 of docs/dates.md), read from the words
 * around it, as HeidelTime does for news: the nearest verb group before the expression in its clause,
 * else the one after it in the clause, else the nearest in the sentence; no cue at all means past
 * (news reports what happened). Pure and small: a tested word list, no part-of-speech model.
 */
export interface Tense {
  future: boolean;
  /** The words that decided ("will hold", "is expected to", "met"), or null when nothing did. */
  cue: string | null;
}

export const NO_CUE: Tense = { future: false, cue: null };

const MODALS = new Set(['will', 'shall', "'ll", "won't", 'wo', 'would', 'could', 'might', 'must', 'should', 'may']);
/** Participles that make a present perfect or passive a plan: "has been fixed for Thursday". */
const SCHEDULED = new Set([
  'scheduled',
  'planned',
  'fixed',
  'slated',
  'set',
  'timed',
  'pencilled',
  'penciled',
  'earmarked',
  'rescheduled',
  'postponed',
  'deferred',
]);
const BE_PRESENT = new Set(['is', 'are', 'am', "'s", "'re", '\u2019s', '\u2019re']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "didn't", "wasn't", "weren't", "hadn't"]);
const PERFECT = new Set(['has', 'have', "hasn't", "haven't", "'ve"]);
/** Words that make a following "to <verb>" a plan: "is due to", "plans to", "agreed to". */
const PLAN_WORDS = new Set([
  'due',
  'set',
  'scheduled',
  'expected',
  'slated',
  'poised',
  'likely',
  'planning',
  'plans',
  'plan',
  'intends',
  'intend',
  'aims',
  'aim',
  'hopes',
  'hope',
  'going',
  'wants',
  'want',
  'seeks',
  'seek',
  'ready',
  'preparing',
  'prepares',
  'agreed',
  'decided',
  'promised',
  'pledged',
  'vowed',
  'planned',
  'invited',
  'resolved',
  'committed',
  'expect',
  'expects',
  'asked',
  'urged',
]);
/** Plan words that read so only after a form of "be": "is due to visit", not "cancelled due to rain". */
const AFTER_BE = new Set(['due', 'set', 'likely', 'ready', 'poised', 'slated', 'expected', 'scheduled']);
const ADVERBS = new Set(['now', 'also', 'still', 'already', 'not', 'just', 'again']);
const BE_ANY = new Set(['is', 'are', 'am', "'s", "'re", 'was', 'were', 'be', 'been', 'being']);
/** Past forms that never read as a present or base form. */
const IRREGULAR_PAST = new Set(
  (
    'said told met held took made went came gave left led sent spoke began won lost flew saw sought brought ' +
    'bought sold struck fell rose wrote became got found kept paid thought withdrew drew chose arose built shot ' +
    'stood spent meant heard felt knew grew threw broke drove ran forgot fought caught taught swore sank oversaw ' +
    'undertook overtook ' +
    'been done gone taken given seen spoken begun flown written chosen shown known grown drawn broken driven ' +
    'risen fallen ' +
    'ago'
  ).split(' '),
);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'these', 'those', 'our', 'your']);
const AUX_ANY = new Set([...MODALS, ...BE_PRESENT, ...PAST_AUX, ...PERFECT, 'be', 'been', 'being', 'to', 'not', "n't"]);
/** Words in -ed that are not past verbs in news text. */
const NOT_VERBS = new Set(
  (
    'need speed feed seed bed red shed hundred united armed advanced limited detailed unprecedented sophisticated ' +
    'dedicated interested related based renowned'
  ).split(' '),
);

interface Token {
  word: string;
  raw: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const raw of text.replace(/\u2019/g, "'").match(/[A-Za-z']+/g) ?? []) {
    // "we'll" → "we" "'ll"; "won't" stays one word
    const split = /^([A-Za-z]+)('ll|'s|'re|'ve|'d)$/.exec(raw);
    if (split) out.push({ raw: split[1]!, word: split[1]!.toLowerCase() }, { raw: split[2]!, word: split[2]! });
    else out.push({ raw, word: raw.toLowerCase() });
  }
  return out;
}

/** "has been fixed", "is scheduled": a present auxiliary before a scheduling participle. */
function presentPlan(ts: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = ts[j]!.word;
    if (PAST_AUX.has(w)) return false;
    if (BE_PRESENT.has(w) || PERFECT.has(w)) return true;
  }
  return false;
}

/** "is", "are" … before a participle or "to": the auxiliary decides, so the scan goes on past the participle. */
function hasAuxiliaryBefore(ts: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = ts[j]!.word;
    if (AUX_ANY.has(w) || w === 'to') return true;
    if (!w.endsWith('ly') && !['also', 'already', 'just', 'formally', 'officially', 'jointly'].includes(w))
      return false;
  }
  return false;
}

const isParticiple = (t: Token) =>
  IRREGULAR_PAST.has(t.word) || (/^[a-z]{3,}ed$/.test(t.raw) && !NOT_VERBS.has(t.word));

/** The cue of the nearest verb group, scanning `ts` from the right (nearest the expression) when `fromRight`. */
function cueIn(ts: Token[], fromRight: boolean): Tense | null {
  const order = ts.map((_, i) => i);
  if (fromRight) order.reverse();
  for (const i of order) {
    const t = ts[i]!;
    const w = t.word;
    const next = ts[i + 1]?.word;
    const prev = ts[i - 1]?.word;
    if (MODALS.has(w) && (w !== 'may' || t.raw === 'may')) {
      if (next === 'have') return { future: false, cue: `${t.raw} have` };
      return { future: true, cue: next && next !== 'not' ? `${t.raw} ${ts[i + 1]!.raw}` : t.raw };
    }
    if (w === 'to' && prev && next && !/^[A-Z]/.test(ts[i + 1]!.raw)) {
      if (BE_PRESENT.has(prev)) return { future: true, cue: `${ts[i - 1]!.raw} to` };
      // the plan word may stand a few words back: "expect the contract to be signed"
      for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
        const p = ts[j]!.word;
        if (PAST_AUX.has(p) || MODALS.has(p)) break;
        if (!PLAN_WORDS.has(p)) continue;
        let k = j - 1; // the auxiliary before it, past adverbs: "is now likely to"
        while (k >= 0 && (ts[k]!.word.endsWith('ly') || ADVERBS.has(ts[k]!.word))) k--;
        const aux = ts[k]?.word;
        if (AFTER_BE.has(p) && !(aux && BE_ANY.has(aux))) break;
        const cue = `${ts
          .slice(j, i)
          .map((x) => x.raw)
          .join(' ')} to`;
        if (aux && PAST_AUX.has(aux) && p !== 'planned') return { future: false, cue: `${ts[k]!.raw} ${cue}` };
        return { future: true, cue };
      }
      continue;
    }
    if (w === 'going' && next === 'to') return { future: true, cue: 'going to' };
    if (BE_PRESENT.has(w) && next && next.endsWith('ing') && next.length > 4)
      return { future: true, cue: `${t.raw} ${ts[i + 1]!.raw}` };
    if (PLAN_WORDS.has(w) && next === 'to') continue; // decided with the "to" that follows
    if (PAST_AUX.has(w)) return { future: false, cue: t.raw };
    if (PERFECT.has(w) && next && (isParticiple(ts[i + 1]!) || next === 'been'))
      return { future: false, cue: `${t.raw} ${ts[i + 1]!.raw}` };
    if (isParticiple(t) || SCHEDULED.has(w)) {
      if (SCHEDULED.has(w) && presentPlan(ts, i))
        return {
          future: true,
          cue: `${ts
            .slice(Math.max(0, i - 2), i + 1)
            .map((x) => x.raw)
            .join(' ')}`,
        };
      if (hasAuxiliaryBefore(ts, i)) continue; // "will be held", "was signed": the auxiliary decides
      if (prev && DETERMINERS.has(prev)) continue; // "the proposed visit": an adjective
      return { future: false, cue: t.raw };
    }
  }
  return null;
}

const CLAUSE_BREAK = /[;:()\u2014\u2013]|,\s|\s-\s|\b(?:but|and|while|whereas|although|though)\b/g;

/** Tense governing text.slice(start, end) inside `sentence`. */
export function clauseTense(sentence: string, start: number, end: number): Tense {
  const before = sentence.slice(0, start);
  let leftFrom = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) leftFrom = m.index + m[0].length;
  const left = cueIn(tokens(before.slice(leftFrom)), true);
  if (left) return left;
  const after = sentence.slice(end).replace(/^[\s,]+/, '');
  const stop = after.search(/[;:()\u2014]|,\s|\s-\s/);
  const right = cueIn(tokens(stop < 0 ? after : after.slice(0, stop)), false);
  if (right) return right;
  // the nearest cue anywhere in the sentence: "will hold talks and sign deals on Tuesday"
  return cueIn(tokens(before), true) ?? cueIn(tokens(after), false) ?? NO_CUE;
}

/** "future tense (“will hold”)", for a basis. */
export function tenseWords(t: Tense): string {
  return t.cue ? `${t.future ? 'future' : 'past'} tense ("${t.cue}")` : 'no tense cue (news usage: past)';
}
