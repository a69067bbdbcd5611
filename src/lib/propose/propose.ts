/**
 * The article proposer (issue 16): reads an article and proposes its events — every dated clause and
 * every undated reported happening, each with its sentence as the evidence quote (offsets exact by
 * construction), a suggested title, actors, themes with their triggers, and corroboration of the
 * events already on the timeline. One engine for the app's "Add an article" dialog and the CLI's
 * `extract suggest` / `draft`. Pure: no DOM.
 */
import type { Theme, TimelineEvent } from '../schema';
import { actorIndex, articleActors } from './actors';
import { corroborationIndex, findCorroboration, type CorroborationIndex } from './corroborate';
import { datedClauses, type DatedClause } from './dated';
import { parseSentences, type ParsedSentence } from './parse';
import { learnThemes, suggestThemes, type ThemeModel } from './themes';
import { suggestTitle } from './titles';
import type { ArticleInput, Proposal, ProposeContext } from './types';

export { articleId } from './ids';
export { checkEvent, mergeProposals, proposalToEvent } from './toEvent';
export type { ArticleInput, Proposal, ProposeContext } from './types';

interface Learned {
  themes: ThemeModel;
  corroboration: CorroborationIndex;
  actors: ReturnType<typeof actorIndex>;
}

/** What is learned from the event list is kept per list (the app proposes many articles against one list). */
const learnedCache = new WeakMap<readonly TimelineEvent[], { themes: readonly Theme[]; learned: Learned }>();

function learn(events: readonly TimelineEvent[], themes: readonly Theme[]): Learned {
  const hit = learnedCache.get(events);
  if (hit && hit.themes === themes) return hit.learned;
  const learned = {
    themes: learnThemes(events, themes),
    corroboration: corroborationIndex(events),
    actors: actorIndex(events.flatMap((e) => e.actors)),
  };
  learnedCache.set(events, { themes, learned });
  return learned;
}

/** Sentences parsed per compromise call: large enough to pay its fixed cost once, small enough for progress. */
export const PARSE_BATCH = 40;

const dateKey = (c: DatedClause) => `${c.date.start}|${c.date.end}|${c.date.precision}`;

/**
 * An article read up to the costly part: its proposed clauses and the sentence texts compromise must parse,
 * each text once (a sentence said twice in an article is parsed once: each sentence is parsed by itself).
 */
export interface ProposalPlan {
  kept: DatedClause[];
  texts: string[];
}

export function planProposals(article: ArticleInput): ProposalPlan {
  const clauses = datedClauses(article.text, article.published);
  // one proposal per sentence and date: two expressions of one sentence that resolve alike say the same thing
  const unique = new Map<string, DatedClause>();
  for (const c of clauses) {
    const k = `${c.sentence.start}|${dateKey(c)}`;
    if (!unique.has(k)) unique.set(k, c);
  }
  const bySentence = groupBy([...unique.values()], (c) => c.sentence.start);
  const kept = [...unique.values()].filter((c) => !saysLess(c, bySentence.get(c.sentence.start)!));
  return { kept, texts: [...new Set(kept.map((c) => c.sentence.text))] };
}

/** Parses texts in batches of PARSE_BATCH; `onBatch` gets the number parsed so far after each. */
export function parseTexts(texts: readonly string[], onBatch?: (parsed: number) => void): ParsedSentence[] {
  const out: ParsedSentence[] = [];
  for (let i = 0; i < texts.length; i += PARSE_BATCH) {
    out.push(...parseSentences(texts.slice(i, i + PARSE_BATCH)));
    onBatch?.(out.length);
  }
  return out;
}

export function proposeEvents(article: ArticleInput, ctx: ProposeContext): Proposal[] {
  const progress = ctx.onProgress ?? (() => {});
  progress(0);
  const plan = planProposals(article);
  progress(0.2);
  // the costly part: progress goes with it
  const parsed = parseTexts(plan.texts, (n) => progress(0.2 + (0.7 * n) / plan.texts.length));
  const proposals = finishProposals(plan, parsed, ctx);
  progress(1);
  return proposals;
}

/** The proposals of a plan, given the parse of each of its texts (in the plan's order). */
export function finishProposals(
  plan: ProposalPlan,
  parsedTexts: readonly ParsedSentence[],
  ctx: Omit<ProposeContext, 'onProgress'>,
): Proposal[] {
  const { kept } = plan;
  const learned = learn(ctx.events, ctx.themes);
  const byText = new Map(plan.texts.map((t, i) => [t, parsedTexts[i]!]));
  // by sentence (not by text): a sentence said twice names its actors twice, as before
  const parsed = new Map(kept.map((c) => [c.sentence.start, byText.get(c.sentence.text)!]));
  const actorsOf = articleActors(learned.actors, {
    people: [...parsed.values()].flatMap((p) => p.people),
    organisations: [...parsed.values()].flatMap((p) => p.organisations),
  });
  const perSentence = new Map<number, number>();
  for (const c of kept) perSentence.set(c.sentence.start, (perSentence.get(c.sentence.start) ?? 0) + 1);
  const proposals = kept.map((c): Proposal => {
    const s = c.sentence;
    const actors = actorsOf(s.text);
    const expression = c.expressionAt && { start: c.expressionAt.start - s.start, end: c.expressionAt.end - s.start };
    const title = suggestTitle({
      sentence: s.text,
      verbs: parsed.get(s.start)!.verbs,
      actors,
      ...(expression ? { expression } : {}),
    });
    const several = (perSentence.get(s.start) ?? 1) > 1 && c.expressionAt;
    const p: Proposal = {
      key: `p-${s.start}-${s.end}${several ? `-${c.expressionAt!.start}` : ''}`,
      title,
      summary: '',
      status: c.status,
      date: c.date,
      quote: { text: s.text, start: s.start, end: s.end },
      actors,
      themes: suggestThemes(learned.themes, s.text, actors),
    };
    if (c.expressionAt) p.expressionAt = c.expressionAt;
    if (c.undated) p.undated = true;
    const corroborates = findCorroboration(learned.corroboration, s.text, c.date, actors);
    if (corroborates) p.corroborates = corroborates;
    return p;
  });
  markSameHappening(proposals);
  return proposals;
}

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

/**
 * A date of a sentence that only contains a more exact date of the same sentence ("July" of "Monday, July 27").
 * `same` holds the clauses of the sentence (looked up per sentence: a long article has hundreds).
 */
function saysLess(c: DatedClause, same: readonly DatedClause[]): boolean {
  if (c.date.precision === 'before' || c.date.start === null) return false;
  return same.some(
    (o) =>
      o !== c &&
      o.date.start !== null &&
      o.date.start >= c.date.start! &&
      o.date.end !== null &&
      c.date.end !== null &&
      o.date.end <= c.date.end &&
      (o.date.start !== c.date.start || o.date.end !== c.date.end),
  );
}

/** Proposals of one article with the same exact date and two shared actors probably tell one happening. */
function markSameHappening(proposals: Proposal[]): void {
  const byDate = groupBy(proposals, (p) => `${p.date.start}|${p.date.end}`);
  for (const p of proposals) {
    if (p.date.precision === 'before') continue;
    const same = byDate
      .get(`${p.date.start}|${p.date.end}`)!
      .filter(
        (q) =>
          q !== p &&
          q.actors.filter((a) => p.actors.includes(a)).length >= Math.min(2, p.actors.length, q.actors.length) &&
          p.actors.length > 0,
      );
    if (same.length) p.sameAs = same.map((q) => q.key);
  }
}
