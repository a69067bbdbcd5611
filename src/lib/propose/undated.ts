/**
 * Undated reported happenings: a sentence with no date expression that still reports something as
 * done by publication ("Israel has been supplying…", "is said to have designated…", "a cooperation
 * agreement signed between…", "reported that Modi lifted a ban"). Each is proposed as "before" the
 * publication day, never with an invented date. Grammar patterns only (aspect and reported speech),
 * no topic words. Pure.
 */

export interface UndatedCue {
  /** The words that report it, as written in the sentence. */
  text: string;
  /** Offset inside the sentence. */
  start: number;
}

/** Past participles of common irregular verbs (grammar, not topics). */
const IRREGULAR =
  'held|met|made|sent|given|taken|bought|sold|won|begun|built|brought|led|paid|set|put|sought|struck|shown|seen|' +
  'done|kept|got|gotten';
const PARTICIPLE = `(?:[a-z]{3,}(?:ed|en)|${IRREGULAR})`;
/** Verbs that report speech: "has said" is not a happening. */
const REPORTING = /^(?:said|stated|added|told|noted|reported|claimed|quoted|described|remarked|mentioned|asked)$/i;

const PATTERNS: RegExp[] = [
  // perfect aspect: "has procured", "have held", "had been supplying", "is said to have designated"
  new RegExp(`\\b(?:to have|has|have|had)(?: [a-z]+ly)? (?:been )?(?:${PARTICIPLE}|[a-z]{3,}ing)\\b`, 'i'),
  // a noun modified by a past participle and its partners: "an agreement signed between", "a deal struck with"
  new RegExp(
    '\\b(?!(?:been|being|also|were|was|have|has|had|then|later|jointly)\\b)' +
      `[a-z]{4,}(?<!ly) (?:${PARTICIPLE}) (?:between|with)\\b`,
  ),
  // reported past: "reported that Modi lifted a ban"
  new RegExp(`\\b(?:reported|said|stated) that (?:[A-Z][\\w'-]* ){1,3}(?:${PARTICIPLE})\\b`),
  // a clause set at the moment of writing: "Now, Israel is proud to reciprocate … and grant …" (sentence-initial
  // "Now," anchors it to publication; what it reports is under way by then)
  /^Now, (?:[A-Z][\w'-]*|the|its|their|his|her)\b/,
];

export function findUndated(sentence: string): UndatedCue | undefined {
  for (const re of PATTERNS) {
    const m = re.exec(sentence);
    if (!m) continue;
    const last = m[0].split(' ').at(-1)!;
    const verb = /^(?:between|with)$/.test(last) ? m[0].split(' ').at(-2)! : last;
    if (REPORTING.test(verb) || /^(?:been|being)$/i.test(verb)) continue;
    // "has been a buyer": a state, not a happening
    if (/\b(?:has|have|had) been$/.test(m[0])) continue;
    return { text: trimCue(m[0]), start: m.index };
  }
  return undefined;
}

/** The cue without a trailing preposition: "agreement signed between" → "agreement signed". */
function trimCue(cue: string): string {
  return cue.replace(/ (?:between|with)$/, '');
}
