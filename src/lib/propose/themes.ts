/**
 * Themes learned from the events already on the timeline: per theme, a weight for each term of the
 * events' titles, summaries and quotes (and the theme's own label and description), by how much more
 * often it occurs in that theme's events than in the others'. A sentence gets the themes whose terms it
 * uses, with the words that triggered them. No keyword list is typed by hand. Pure.
 */
import type { Theme, TimelineEvent } from '../schema';
import type { ProposedTheme } from './types';
import { contentWords, DATE_STEMS, stems } from './words';

export interface ThemeModel {
  /** theme id → stem → weight (positive: the term speaks for the theme). */
  weights: Map<string, Map<string, number>>;
  themes: readonly Theme[];
  /** Stems that never speak for a theme: names of actors and words of dates. */
  exclude: Set<string>;
}

/** Stems of every word of the names ("Rajnath Singh" → rajnath, singh). */
export function nameStems(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const n of names) for (const w of contentWords(n)) out.add(w.stem);
  return out;
}

/** Text of an event as the model reads it. */
export const eventText = (e: TimelineEvent) => [e.title, e.summary, ...e.evidence.map((q) => q.quote)].join('\n');

/**
 * Minimum weight for a term to count, minimum total for a theme to be suggested, minimum (shared)
 * count of a term in a theme's events, and how many events a theme's own description weighs. Chosen on
 * the seed articles (npm run eval:propose reports theme precision and recall).
 */
const MIN_TERM = 0.5;
const MIN_SCORE = 1.5;
const MIN_COUNT = 1;
const DESCRIPTION = 3;
/** A term in more than this share of the events is common to all themes (with at least COMMON_FROM events). */
const COMMON_SHARE = 0.5;
const COMMON_FROM = 8;
/** A further theme triggered by one word alone needs this share of the best theme's score. */
const ONE_WORD_SHARE = 0.6;

export function learnThemes(events: readonly TimelineEvent[], themes: readonly Theme[]): ThemeModel {
  // documents: each event once (a term counts once per event), each theme's own words as a document of its own
  const exclude = nameStems(events.flatMap((e) => e.actors));
  for (const w of DATE_STEMS) exclude.add(w);
  // a term in most events tells no theme from another ("India", "Israel" on this timeline)
  const eventDf = new Map<string, number>();
  for (const e of events) for (const st of stems(eventText(e))) eventDf.set(st, (eventDf.get(st) ?? 0) + 1);
  if (events.length >= COMMON_FROM)
    for (const [st, n] of eventDf) if (n > COMMON_SHARE * events.length) exclude.add(st);
  const keep = (set: Set<string>) => new Set([...set].filter((s) => !exclude.has(s)));
  // each event's terms are shared among its themes; a theme's own description counts as DESCRIPTION events
  const docs: { stems: Set<string>; themes: string[]; weight: number }[] = events.map((e) => ({
    stems: keep(stems(eventText(e))),
    themes: e.themes,
    weight: 1,
  }));
  for (const t of themes)
    docs.push({ stems: keep(stems(`${t.label} ${t.description}`)), themes: [t.id], weight: DESCRIPTION });
  const weights = new Map<string, Map<string, number>>();
  const totalMass = docs.reduce((sum, d) => sum + d.weight, 0);
  const df = new Map<string, number>();
  for (const d of docs) for (const s of d.stems) df.set(s, (df.get(s) ?? 0) + d.weight);
  for (const t of themes) {
    const counts = new Map<string, number>();
    let mass = 0;
    for (const d of docs) {
      if (!d.themes.includes(t.id)) continue;
      const share = d.weight / d.themes.length;
      mass += share;
      for (const s of d.stems) counts.set(s, (counts.get(s) ?? 0) + share);
    }
    const w = new Map<string, number>();
    for (const [s, c] of counts) {
      if (c < MIN_COUNT) continue;
      const out = (df.get(s) ?? 0) - c;
      // smoothed log-odds of the term inside the theme against outside it
      const pin = (c + 0.5) / (mass + 1);
      const pout = (out + 0.5) / (totalMass - mass + 1);
      const weight = Math.log(pin / pout);
      if (weight > 0) w.set(s, weight);
    }
    weights.set(t.id, w);
  }
  return { weights, themes, exclude };
}

/** The themes a sentence speaks for, best first; `names` (the sentence's actors) never trigger one. */
export function suggestThemes(model: ThemeModel, sentence: string, names: string[] = [], max = 3): ProposedTheme[] {
  const skip = nameStems(names);
  const words = contentWords(sentence).filter((w) => !model.exclude.has(w.stem) && !skip.has(w.stem));
  const scored: { id: string; score: number; triggers: string[] }[] = [];
  for (const t of model.themes) {
    const w = model.weights.get(t.id);
    if (!w) continue;
    const seen = new Map<string, { text: string; weight: number }>();
    for (const word of words) {
      const weight = w.get(word.stem) ?? 0;
      if (weight >= MIN_TERM && !seen.has(word.stem)) seen.set(word.stem, { text: word.text.toLowerCase(), weight });
    }
    const terms = [...seen.values()].toSorted((a, b) => b.weight - a.weight);
    const score = terms.reduce((sum, x) => sum + x.weight, 0);
    if (score >= MIN_SCORE) scored.push({ id: t.id, score, triggers: terms.slice(0, 4).map((x) => x.text) });
  }
  // a second or third theme on one word needs to come near the first ("supplied" alone beside a sentence
  // full of procurement words is not COVID-19)
  const sorted = scored.toSorted((a, b) => b.score - a.score);
  const best = sorted[0]?.score ?? 0;
  return sorted
    .filter((t, i) => i === 0 || t.triggers.length > 1 || t.score >= ONE_WORD_SHARE * best)
    .slice(0, max)
    .map(({ id, triggers }) => ({ id, triggers }));
}
