/**
 * A suggested title from the clause's subject and verb: the verb nearest the date expression that is
 * not a report of speech ("said") or a state ("is"), the words before it as the subject (shortened to
 * the actor it names), and a few words after it. Short and plain: the analyst rewrites it. Pure.
 */
import { isInstitutionName, type ParsedVerb } from './parse';

const MAX_TITLE = 90;
const MAX_OBJECT_WORDS = 8;
const PRONOUN = /^(?:he|she|they|it|we|i|both|both sides|the two|the two ministers)$/i;
/** "The company" or "the firm": stands for the organisation the sentence names, when it names one. */
const GENERIC_ORG = /^(?:the )?(?:company|firm|group|manufacturer|ministry|agency)$/i;
/** Words a subject's head noun phrase ends before ("officials of India and Israel" → "officials"). */
const HEAD_END = /^(?:of|from|between|in|at|for|with|among|on|by|under)$/i;
/** A function word a shortened subject must not start with. */
const FUNCTION_WORD = /^(?:of|from|between|in|at|for|with|among|on|by|under|and|or|to|the|a|an)$/i;
/** A word a title does not end on ("… in Hyderabad with", "… the"). */
const DANGLING = /^(?:a|an|the|of|to|with|and|in|on|for|at|by|from|near|along|into|over|under|as|his|her|their|its)$/i;
/** A joining word a subject does not start with. */
const LEADING_JOIN = /^(?:and|but|so|also|then|now|earlier|later)\b\s*/i;
/** Where a subject or an object ends: punctuation, quote marks, or a clause starting. */
const BOUNDARY = /(?<!\d),(?!\d)|[;:"\u201C\u201D()]|\b(?:that|which|who|during which|while|when|as|but|because)\s*$/i;
const STOP_OBJECT = /^(?:that|during|which|who|when|while|because|but|whereas|after|before|following|amid)$/i;

export interface TitleInput {
  sentence: string;
  /** Offsets of the date expression or undated cue inside the sentence. */
  expression?: { start: number; end: number };
  verbs: ParsedVerb[];
  /** Actors the sentence names (canonical): a long or pronoun subject is replaced by them. */
  actors: string[];
}

export function suggestTitle(input: TitleInput): string {
  const { sentence } = input;
  const speech = quotedSpeech(input);
  if (speech) return speech;
  const at = input.expression?.start ?? 0;
  const candidates = input.verbs.filter((v) => !v.reporting && !v.copula);
  if (!candidates.length) return fallback(input);
  // the verb nearest the expression, preferring one before it (the happening usually precedes its date);
  // when the date belongs to a report of speech ("…, officials said on Monday"), the happening is the
  // sentence's first verb
  const nearest = input.verbs.toSorted((a, b) => distance(a, at) - distance(b, at))[0];
  const verb = nearest?.reporting
    ? candidates.toSorted((a, b) => a.start - b.start)[0]!
    : candidates.toSorted((a, b) => distance(a, at) - distance(b, at))[0]!;
  const subject = subjectBefore(sentence, verb.start, input);
  const object = objectAfter(sentence, verb.end, input.expression);
  return finish([subject, verb.text, object].filter(Boolean).join(' '));
}

/**
 * A sentence that is someone's words ("“We hope …,” Gantz said on Thursday."): the speaker and the
 * start of what they said, "Benny Gantz: we hope that the research …".
 */
function quotedSpeech(input: TitleInput): string | undefined {
  // the words before the last closing quote mark, then who said them
  const m = /^["\u201C]?(.{12,})["\u201D],?\s+(\S.*)$/u.exec(input.sentence);
  if (!m || !input.verbs.some((v) => v.reporting)) return undefined;
  const after = m[2]!;
  if (!/\b(?:said|says|added|told|stated)\b/i.test(after)) return undefined;
  const named = input.actors.find((a) => after.includes(a.split(' ').at(-1)!));
  const speakerName =
    /^(?:(?:he|she|it|they|said|added|told) )*(?:the )?(\p{Lu}[\p{L}' ]{2,40}?)(?: said| added| told| stated|,|\.|$)/u;
  const plain = speakerName.exec(after)?.[1];
  const speaker = named ?? plain;
  if (!speaker || /^(?:he|she|it|they|said|added|told)$/i.test(speaker.trim())) return undefined;
  const quoted = m[1]!.replace(/^["\u201C]/, '').replace(/[,.;:]+$/, '');
  const words = quoted
    .split(/\s+/)
    .slice(0, MAX_OBJECT_WORDS + 2)
    .join(' ');
  const first = /^I\b/.test(words) ? words : `${words.charAt(0).toLowerCase()}${words.slice(1)}`;
  return finish(`${speaker.trim()}: ${first}`);
}

const distance = (v: ParsedVerb, at: number) => (v.start <= at ? at - v.start : 2 * (v.start - at));

function subjectBefore(sentence: string, verbStart: number, input: TitleInput): string {
  let before = removeExpression(sentence, 0, verbStart, input.expression);
  // "The facility, which will employ 300 engineers, is expected …": the subject is before the relative clause
  const relative = /^([^,;:()]{2,60}),\s*(?:which|who|whose)\b[^,]*,\s*([^,;:()]*)$/.exec(before);
  if (relative) return `${relative[1]!.trim()} ${relative[2]!.trim()}`.trim().replace(LEADING_JOIN, '');
  // back to the start of the clause
  let cut = -1;
  for (const m of before.matchAll(/[,;:"\u201C\u201D()]|\b(?:that|which|who)\b/gi)) cut = m.index! + m[0].length;
  if (cut >= 0 && before.slice(cut).trim().split(/\s+/).length >= 1 && before.slice(cut).trim())
    before = before.slice(cut);
  let subject = before.replace(/\s+/g, ' ').trim().replace(LEADING_JOIN, '');
  const words = subject.split(' ').filter(Boolean);
  const named = input.actors.filter((a) => subject.includes(a.split(' ').at(-1)!));
  if (GENERIC_ORG.test(subject)) {
    const org = input.actors.find(isInstitutionName);
    if (org) return org;
  }
  if (!subject || PRONOUN.test(subject) || words.length > 5) {
    if (named.length) subject = named.slice(0, 2).join(' and ');
    else if (PRONOUN.test(subject) && input.actors.length) subject = input.actors.slice(0, 2).join(' and ');
    else if (words.length > 5) subject = shorten(words);
  }
  return subject;
}

/**
 * A long subject without a named actor, shortened to its head noun phrase ("Senior defence officials of
 * India and Israel" → "Senior defence officials"), else to its last words when they do not start with a
 * function word, else to its first five.
 */
function shorten(words: string[]): string {
  const end = words.findIndex((w, i) => i > 0 && HEAD_END.test(w));
  if (end > 0 && end <= 4) return words.slice(0, end).join(' ');
  const last = words.slice(-4);
  if (!FUNCTION_WORD.test(last[0]!)) return last.join(' ');
  return words.slice(0, 5).join(' ');
}

function objectAfter(sentence: string, from: number, expression?: { start: number; end: number }): string {
  const rest = removeExpression(sentence, from, sentence.length, expression);
  const out: string[] = [];
  const all = rest.split(/\s+/).filter(Boolean);
  for (const [i, w] of all.entries()) {
    if (out.length >= 1 && STOP_OBJECT.test(w)) break;
    const clean = w.replace(/[,;:"\u201C\u201D()]+$/, '');
    if (clean) out.push(clean.replace(/^["\u201C(]+/, ''));
    if (clean !== w || BOUNDARY.test(w)) break;
    // a name or an amount is not cut in two ("with Bharat Dynamics", "Rs 35,000 crore")
    const next = all[i + 1] ?? '';
    const inName = /^\p{Lu}/u.test(clean) && /^\p{Lu}/u.test(next) && out.length < MAX_OBJECT_WORDS + 3;
    const inAmount =
      /^(?:Rs|\$|US\$|INR|\d[\d,.]*)$/.test(clean) && /^[\d\p{Ll}]/u.test(next) && out.length < MAX_OBJECT_WORDS + 2;
    if (out.length >= MAX_OBJECT_WORDS && !inName && !inAmount) break;
  }
  while (out.length > 1 && DANGLING.test(out.at(-1)!)) out.pop();
  return out.join(' ');
}

/** The text from..to without the date expression (the date is shown beside the title). */
function removeExpression(s: string, from: number, to: number, e?: { start: number; end: number }): string {
  if (!e || e.end <= from || e.start >= to) return s.slice(from, to);
  return `${s.slice(from, Math.max(from, e.start))} ${s.slice(Math.min(to, e.end), to)}`;
}

function fallback(input: TitleInput): string {
  return finish(input.sentence.split(/\s+/).slice(0, 10).join(' '));
}

function finish(title: string): string {
  let t = title
    .replace(/\s+/g, ' ')
    .replace(/^["'\u201C\u2018\s\-\u2013\u2014]+/, '')
    .replace(/[\s,;:.]+$/, '')
    .trim();
  if (t.length > MAX_TITLE) {
    const words = t.slice(0, t.lastIndexOf(' ', MAX_TITLE)).split(' ');
    // not in the middle of a name: "… with Bharat" of "… with Bharat Dynamics" goes whole
    if (/^\p{Lu}/u.test(t.split(' ')[words.length] ?? ''))
      while (words.length > 3 && /^\p{Lu}/u.test(words.at(-1)!)) words.pop();
    while (words.length > 3 && DANGLING.test(words.at(-1)!)) words.pop();
    t = words.join(' ').replace(/[\s,;:]+$/, '');
  }
  return t.charAt(0).toUpperCase() + t.slice(1);
}
