/**
 * Themes learned from the events already on the timeline: per theme, a weight for each term of the
 * events' titles, summaries and quotes (and the theme's own label and description), by how much more
 * often it occurs in that theme's events than in the others'. A sentence gets the themes whose terms it
 * uses, with the words that triggered them. No keyword list is typed by hand. Pure.
 */
import type { Theme, TimelineEvent } from '../schema';
import type { ProposedTheme } from './types';
import { contentWords, stems } from './words';

export interface ThemeModel {
  /** theme id → stem → weight (positive: the term speaks for the theme). */
  weights: Map<string, Map<string, number>>;
  themes: readonly Theme[];
}

/** Text of an event as the model reads it. */
export const eventText = (e: TimelineEvent) => [e.title, e.summary, ...e.evidence.map((q) => q.quote)].join('\n');

/** Minimum weight for a term to count, and minimum total for a theme to be suggested. */
const MIN_TERM = 0.9;
const MIN_SCORE = 1.8;

export function learnThemes(events: readonly TimelineEvent[], themes: readonly Theme[]): ThemeModel {
  // documents: each event once (a term counts once per event), each theme's own words as a document of its own
  const docs: { stems: Set<string>; themes: string[] }[] = events.map((e) => ({ stems: stems(eventText(e)), themes: e.themes }));
  for (const t of themes) docs.push({ stems: stems(`${t.label} ${t.description}`), themes: [t.id] });
  const weights = new Map<string, Map<string, number>>();
  const total = docs.length;
  const df = new Map<string, number>();
  for (const d of docs) for (const s of d.stems) df.set(s, (df.get(s) ?? 0) + 1);
  for (const t of themes) {
    const inside = docs.filter((d) => d.themes.includes(t.id));
    const n = inside.length;
    const counts = new Map<string, number>();
    for (const d of inside) for (const s of d.stems) counts.set(s, (counts.get(s) ?? 0) + 1);
    const w = new Map<string, number>();
    for (const [s, c] of counts) {
      const out = (df.get(s) ?? 0) - c;
      // smoothed log-odds of the term inside the theme against outside it
      const pin = (c + 0.5) / (n + 1);
      const pout = (out + 0.5) / (total - n + 1);
      const weight = Math.log(pin / pout);
      if (weight > 0) w.set(s, weight);
    }
    weights.set(t.id, w);
  }
  return { weights, themes };
}

export function suggestThemes(model: ThemeModel, sentence: string, max = 3): ProposedTheme[] {
  const words = contentWords(sentence);
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
  return scored
    .toSorted((a, b) => b.score - a.score)
    .slice(0, max)
    .map(({ id, triggers }) => ({ id, triggers }));
}
