/**
 * Words of a text for comparing and learning: lower-cased, function words dropped, a light
 * suffix stemmer so "supplies", "supplying" and "supplied" count as one term. Pure.
 */

/** English function words: carry no topic. (Grammar, not a topic list: themes are learned from data.) */
const STOP = new Set(
  (
    'a an the and or but nor of in on at to for from by with without into onto over under about above below as is ' +
    'are was were be been being has have had having do does did will would shall should can could may might must ' +
    "not no this that these those it its it's they them their theirs he him his she her we us our you your i me my " +
    'who whom whose which what when where why how all any both each few more most other some such than too very so ' +
    'also just only own same then there here further once again while during before after up down out off between ' +
    'through said says say told tell added add according s mr mrs ms two one three well even if because until ' +
    'around among within across against toward towards'
  ).split(' '),
);

/** A term's stem: enough to join inflections, not a linguistic stemmer. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['\u2019]s$/, '');
  if (w.length <= 4) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ying')) return w.slice(0, -3);
  if (w.endsWith('ing') && w.length > 6) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 5) w = w.slice(0, -1);
  return w;
}

export interface Word {
  /** As written in the text. */
  readonly text: string;
  readonly stem: string;
  readonly start: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}&'\u2019-]*[\p{L}\p{N}]|[\p{L}]/gu;

/** Texts' words, kept for the themes' and the corroboration's look at one sentence (and a sentence said twice). */
const wordsCache = new Map<string, readonly Word[]>();
const WORDS_CACHE_MAX = 2000;

/** The content words of `text`, with their stems and offsets (shared: not to be changed). */
export function contentWords(text: string): readonly Word[] {
  const hit = wordsCache.get(text);
  if (hit) return hit;
  if (wordsCache.size >= WORDS_CACHE_MAX) wordsCache.clear();
  const out = readWords(text);
  wordsCache.set(text, out);
  return out;
}

function readWords(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const lower = m[0].toLowerCase().replace(/['\u2019]s$/, '');
    if (STOP.has(lower) || /^\d+$/.test(lower) || lower.length < 2) continue;
    out.push({ text: m[0].replace(/['\u2019]s$/, ''), stem: stem(lower), start: m.index });
  }
  return out;
}

/** The set of stems of a text's content words. */
export function stems(text: string): Set<string> {
  return new Set(contentWords(text).map((w) => w.stem));
}

/** Stems of the words of dates: "Friday" or "earlier" says when, not what (never a theme trigger or key term). */
export const DATE_STEMS: ReadonlySet<string> = new Set(
  [
    ...'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
    ...'january february march april may june july august september october november december'.split(' '),
    ...'today yesterday tomorrow morning evening week weeks month months year years day days'.split(' '),
    ...'earlier later last next past recent recently ago few couple several'.split(' '),
  ].map(stem),
);
