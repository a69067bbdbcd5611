/**
 * How imported items become a Briefline event list, honestly: a TimelineJS file or CSV has no
 * article behind it, so every imported event cites the imported file itself. The list gets one
 * source, "Imported file (unverified)", whose text is the items' headlines and texts as read,
 * and each event's evidence quotes its own headline and text from that text. Nothing pretends
 * to be a news article; the notice bar says the view shows imported data.
 */
import { sha256Hex } from '../digest';
import {
  validateEventList,
  type Era,
  type EventList,
  type EventDate,
  type InputProblem,
  type Source,
  type Theme,
} from '../schema';
import { restoreEvidence } from './evidence';
import { formatEventDate } from '../dateLabel';
import { IMPORTED_URL_PREFIX } from './importedSource';

export interface ImportItem {
  /** "row 4" or "event 2" — how a person finds it in the file. */
  where: string;
  id?: string;
  title: string;
  summary: string;
  date: EventDate;
  status?: 'reported' | 'planned';
  themes?: string[];
  group?: string;
  actors?: string[];
  /** Briefline evidence as found in the file (restored only if it cites known sources). */
  evidence?: unknown;
}

export const slugify = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);

async function fingerprint(text: string): Promise<string> {
  const hash = await sha256Hex(text);
  if (hash === null) throw new Error('Web Crypto is not available here, so the imported file cannot be fingerprinted');
  return hash;
}

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

export async function buildImportedList(args: {
  file: string;
  title: string;
  items: ImportItem[];
  /** The file's eras, drawn as background bands (kept only when there are some). */
  eras?: readonly Era[];
  knownThemes: readonly Theme[];
  /** The built-in sources: evidence citing them (same id and url) is restored verbatim. */
  knownSources?: readonly Source[];
  today: string;
}): Promise<{ ok: true; value: EventList; texts: Record<string, string> } | { ok: false; problems: InputProblem[] }> {
  const { file, items } = args;
  const themes = new Map<string, Theme>();
  const used = new Set<string>();
  const sourceId = `imported-${slugify(file) || 'file'}`.slice(0, 120);
  let text = '';
  const cited = new Map<string, Source>();
  const events = items.map((it, i) => {
    let id = it.id && /^[a-z0-9][a-z0-9-]*$/.test(it.id) ? it.id : slugify(it.title) || `imported-${i + 1}`;
    for (let n = 2; used.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    used.add(id);
    let themeIds = it.themes?.filter((t) => /^[a-z0-9][a-z0-9-]*$/.test(t)) ?? [];
    if (!themeIds.length) {
      const label = it.group?.trim() || 'Imported';
      const known = args.knownThemes.find((t) => t.label.toLowerCase() === label.toLowerCase());
      themeIds = [known?.id ?? (slugify(label) || 'imported')];
      if (!known)
        themes.set(themeIds[0] as string, {
          id: themeIds[0] as string,
          label: clip(label, 60),
          description: `Group "${label}" in ${file}.`,
        });
    }
    for (const t of themeIds) {
      if (themes.has(t)) continue;
      const known = args.knownThemes.find((k) => k.id === t);
      themes.set(t, known ?? { id: t, label: t, description: `Theme "${t}" in ${file}.` });
    }
    const restored = restoreEvidence(it.evidence, args.knownSources ?? []);
    restored?.sources.forEach((x) => cited.set(x.id, x));
    const quote = it.summary && it.summary !== it.title ? `${it.title}\n${it.summary}` : it.title;
    const start = text.length;
    if (!restored) text += `${quote}\n\n`;
    return {
      id,
      title: clip(it.title, 200),
      summary: it.summary || it.title,
      status: it.status ?? 'reported',
      date: it.date,
      themes: themeIds,
      actors: it.actors ?? [],
      evidence: restored?.evidence ?? [{ source: sourceId, quote, start, end: start + quote.length }],
    };
  });
  const doc = {
    schemaVersion: 2,
    title: args.title || file,
    themes: [...themes.values()],
    sources: [
      ...cited.values(),
      {
        id: sourceId,
        outlet: 'Imported file (unverified)',
        agency: '',
        // The file has no publication date: the date field holds the day of the import, and the
        // headline says so, so it never reads as a publication date.
        headline:
          `${file}, imported ` +
          formatEventDate({ start: args.today, end: args.today, precision: 'day', expression: '', basis: '' }),
        published: args.today,
        url: `${IMPORTED_URL_PREFIX}${encodeURIComponent(file)}`,
        text: `imported/${file}`,
        sha256: await fingerprint(text),
      },
    ],
    events,
    ...(args.eras?.length ? { eras: [...args.eras] } : {}),
  };
  // Cite the imported file only if some event fell back to it.
  if (!events.some((e) => e.evidence.some((q) => q.source === sourceId)))
    doc.sources = doc.sources.filter((x) => x.id !== sourceId);
  const r = validateEventList(doc, file);
  // The imported file's text is not served by anyone: it travels with the list, keyed by its path.
  if (r.ok) return { ...r, texts: text ? { [`imported/${file}`]: text } : {} };
  return {
    ok: false,
    problems: r.problems.map((p) => ({ ...p, id: items[events.findIndex((e) => e.id === p.id)]?.where ?? p.id })),
  };
}
