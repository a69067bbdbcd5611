/**
 * How imported items become a Briefline event list, honestly: a TimelineJS file or CSV has no
 * article behind it, so every imported event cites the imported file itself. The list gets one
 * source, "Imported file (unverified)", whose text is the items' headlines and texts as read,
 * and each event's evidence quotes its own headline and text from that text. Nothing pretends
 * to be a news article; the notice bar says the view shows imported data.
 */
import { validateEventList, type EventList, type EventDate, type InputProblem, type Theme } from '../schema';

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
}

export const slugify = (s: string) =>
  s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);

async function sha256(text: string): Promise<string> {
  const buf = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

export async function buildImportedList(args: {
  file: string;
  title: string;
  items: ImportItem[];
  knownThemes: readonly Theme[];
  today: string;
}): Promise<{ ok: true; value: EventList; texts: Record<string, string> } | { ok: false; problems: InputProblem[] }> {
  const { file, items } = args;
  const themes = new Map<string, Theme>();
  const used = new Set<string>();
  const sourceId = `imported-${slugify(file) || 'file'}`.slice(0, 120);
  let text = '';
  const events = items.map((it, i) => {
    let id = it.id && /^[a-z0-9][a-z0-9-]*$/.test(it.id) ? it.id : slugify(it.title) || `imported-${i + 1}`;
    for (let n = 2; used.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    used.add(id);
    let themeIds = it.themes?.filter((t) => /^[a-z0-9][a-z0-9-]*$/.test(t)) ?? [];
    if (!themeIds.length) {
      const label = it.group?.trim() || 'Imported';
      const known = args.knownThemes.find((t) => t.label.toLowerCase() === label.toLowerCase());
      themeIds = [known?.id ?? (slugify(label) || 'imported')];
      if (!known) themes.set(themeIds[0] as string, { id: themeIds[0] as string, label: clip(label, 60), description: `Group "${label}" in ${file}.` });
    }
    for (const t of themeIds) {
      if (themes.has(t)) continue;
      const known = args.knownThemes.find((k) => k.id === t);
      themes.set(t, known ?? { id: t, label: t, description: `Theme "${t}" in ${file}.` });
    }
    const quote = it.summary && it.summary !== it.title ? `${it.title}\n${it.summary}` : it.title;
    const start = text.length;
    text += `${quote}\n\n`;
    return {
      id,
      title: clip(it.title, 200),
      summary: it.summary || it.title,
      status: it.status ?? 'reported',
      date: it.date,
      themes: themeIds,
      actors: it.actors ?? [],
      evidence: [{ source: sourceId, quote, start, end: start + quote.length }],
    };
  });
  const doc = {
    schemaVersion: 1,
    title: args.title || file,
    themes: [...themes.values()],
    sources: [
      {
        id: sourceId,
        outlet: 'Imported file (unverified)',
        agency: '',
        headline: file,
        published: args.today,
        url: `urn:briefline:imported:${encodeURIComponent(file)}`,
        text: `imported/${file}`,
        sha256: await sha256(text),
      },
    ],
    events,
  };
  const r = validateEventList(doc, file);
  // The imported file's text is not served by anyone: it travels with the list, keyed by its path.
  if (r.ok) return { ...r, texts: { [doc.sources[0]!.text]: text } };
  return { ok: false, problems: r.problems.map((p) => ({ ...p, id: items[events.findIndex((e) => e.id === p.id)]?.where ?? p.id })) };
}
