/**
 * A deterministic synthetic event list for benchmarks and load tests: N events over `years` years,
 * grouped into generated articles whose text really contains every quote at its offsets
 * (text.slice(start, end) === quote), so the list passes validateEventList and the source reader works.
 */
import type { EventList, Evidence, Source, Theme, TimelineEvent } from '../schema';
import { createRng, type Rng } from './prng';
import { sha256Hex } from '../digest';
import { generateDate } from './dates';
import { dayFromNumber, dayNumber } from '../days';
import { FILL, FILLER, OUTLETS, TEMPLATES, THEMES, type EventTemplate } from './vocabulary';

export interface GenerateOptions {
  /** How many events. */
  count: number;
  seed?: number;
  /** First year of the period covered (default 2011) and its length in years (default 15). */
  startYear?: number;
  years?: number;
  /** Path prefix of the article texts, relative to the site root (default "data/sources/"). */
  textPrefix?: string;
  /** Average events reported by one article (default 8). */
  eventsPerSource?: number;
}

export interface GeneratedList {
  list: EventList;
  /** Article texts keyed by their path (sources[].text). */
  texts: Record<string, string>;
}

const ACTOR_SLOTS = new Set(['indianOrg', 'israeliOrg', 'indianOfficial']);

interface Filled {
  title: string;
  summary: string;
  quote: string;
  support: string;
  actors: string[];
}

function fillTemplate(rng: Rng, t: EventTemplate): Filled {
  const chosen = new Map<string, string>();
  const actors: string[] = [];
  const fill = (s: string) =>
    s.replace(/\{(\w+)\}/g, (_m, key: string) => {
      let v = chosen.get(key);
      if (v === undefined) {
        const options = FILL[key];
        if (!options) throw new Error(`unknown placeholder {${key}}`);
        v = rng.pick(options);
        chosen.set(key, v);
        if (ACTOR_SLOTS.has(key)) actors.push(v.replace(/^the /, ''));
      }
      return v;
    });
  const title = fill(t.title);
  return {
    title: capitalise(title),
    summary: capitalise(fill(t.summary)),
    quote: fill(t.quote),
    support: fill(t.support),
    actors,
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function slug(s: string, max: number): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** Sentence openers that are not names, so they lose their capital after a date expression. */
const COMMON_OPENERS = new Set(['The', 'Researchers', 'Officials']);

/** "on Friday" + "The council met." -> "On Friday, the council met." */
function withExpression(expression: string, sentence: string): string {
  const first = sentence.split(' ', 1)[0] ?? '';
  const rest = COMMON_OPENERS.has(first) ? `${first.toLowerCase()}${sentence.slice(first.length)}` : sentence;
  return `${capitalise(expression)}, ${rest}`;
}

/** Builds an article text piece by piece, remembering where each cited sentence starts. */
class ArticleWriter {
  text = '';
  add(s: string): { start: number; end: number } {
    const start = this.text.length;
    this.text += s;
    return { start, end: this.text.length };
  }
}

export async function generateEventList(options: GenerateOptions): Promise<GeneratedList> {
  const { count, seed = 1, startYear = 2011, years = 15, textPrefix = 'data/sources/', eventsPerSource = 8 } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error('count must be a positive integer');
  const rng = createRng(seed);
  const first = dayNumber(`${startYear}-01-01`) + 400;
  const last = dayNumber(`${startYear + years - 1}-12-31`);
  const sourceCount = Math.max(3, Math.ceil(count / eventsPerSource));
  const published = Array.from({ length: sourceCount }, () => rng.int(first, last)).toSorted((a, b) => a - b);

  const themes: Theme[] = THEMES.map((t) => ({ ...t }));
  const sources: Source[] = [];
  const events: TimelineEvent[] = [];
  const texts: Record<string, string> = {};
  const width = String(count).length;

  for (let s = 0; s < sourceCount; s++) {
    // Spread the events evenly: source s reports events [from, to).
    const from = Math.floor((s * count) / sourceCount);
    const to = Math.floor(((s + 1) * count) / sourceCount);
    const pubDay = published[s] as number;
    const pub = dayFromNumber(pubDay);
    const outlet = OUTLETS[s % OUTLETS.length] as (typeof OUTLETS)[number];
    const id = `${slug(outlet.outlet, 30)}-${pub}-${s}`;
    const writer = new ArticleWriter();
    const pending: {
      filled: Filled;
      template: EventTemplate;
      evidence: Omit<Evidence, 'source'>[];
      date: ReturnType<typeof generateDate>;
    }[] = [];
    let headline = '';
    for (let e = from; e < to; e++) {
      const template = rng.pick(TEMPLATES);
      const filled = fillTemplate(rng, template);
      const date = generateDate(rng, pubDay);
      if (!headline) {
        headline = filled.title;
        writer.add(`${headline}\n\n`);
      }
      const quote = withExpression(date.date.expression, filled.quote);
      const at = writer.add(quote);
      const evidence = [{ quote, ...at }];
      if (rng.chance(0.25)) {
        writer.add(' ');
        evidence.push({ quote: filled.support, ...writer.add(filled.support) });
      }
      if (rng.chance(0.3)) writer.add(` ${rng.pick(FILLER)}`);
      writer.add('\n\n');
      pending.push({ filled, template, evidence, date });
    }
    if (!headline) {
      headline = 'Defence ties between India and Israel';
      writer.add(`${headline}\n\n`);
    }
    writer.add(`${rng.pick(FILLER)}\n`);
    const textPath = `${textPrefix}${id}.txt`;
    texts[textPath] = writer.text;
    sources.push({
      id,
      outlet: outlet.outlet,
      agency: outlet.agency,
      headline,
      published: pub,
      url: `https://${outlet.host}/news/${pub}/${slug(headline, 60)}-${s}`,
      text: textPath,
      sha256: '', // filled in below, once every text is written
    });
    pending.forEach(({ filled, template, evidence, date }, k) => {
      const n = from + k + 1;
      const extra = rng.chance(0.25) ? rng.pick(THEMES).id : template.theme;
      events.push({
        id: `e${String(n).padStart(width, '0')}-${slug(filled.title, 80)}`,
        title: filled.title,
        summary: filled.summary,
        status: date.status,
        date: date.date,
        themes: extra === template.theme ? [template.theme] : [template.theme, extra],
        actors: [...new Set(filled.actors)],
        evidence: evidence.map((ev) => ({ source: id, ...ev })),
      });
    });
  }
  for (const source of sources) {
    const hash = await sha256Hex(texts[source.text] ?? '');
    if (hash === null) throw new Error("generateEventList needs Web Crypto (crypto.subtle) for the sources' sha256");
    source.sha256 = hash;
  }
  return {
    list: {
      schemaVersion: 2,
      title: `Synthetic India–Israel defence timeline (${count} events, seed ${seed})`,
      themes,
      sources,
      events,
    },
    texts,
  };
}
