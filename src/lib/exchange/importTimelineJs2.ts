/**
 * TimelineJS2 JSON (`{"timeline": {"headline", "asset", "date": [{"startDate": "2011,3,23", "endDate", "headline",
 * "text", "asset": {"media", "credit", "caption"}, "tag"}], "era": [...]}}`), as in TimelineJS3's own website
 * examples (timeline2.json), read as the TimelineJS3 document it stands for, so one reader (importTimelineJs.ts)
 * checks and imports both. A TimelineJS3 document wrapped as {"timeline": {...}} (with "events" or "slides", as
 * the website's welcome.json) is unwrapped. Pure.
 */
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** "2011,3,23" (or "1985", "-500", or the compact "196002152034", yyyymmddhhmm) as TimelineJS3 date parts. */
export function tl2Date(s: string): { year: string; month?: string; day?: string } | null {
  const t = s.trim();
  if (!t) return null;
  if (/^\d{8,12}$/.test(t)) return { year: t.slice(0, 4), month: t.slice(4, 6), day: t.slice(6, 8) };
  const [year = '', month, day] = t.split(',').map((p) => p.trim());
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

const media = (asset: unknown) =>
  isObj(asset) ? { url: str(asset.media), credit: str(asset.credit), caption: str(asset.caption) } : undefined;

type Parts = NonNullable<ReturnType<typeof tl2Date>>;
const key = (p: Parts, last: boolean) =>
  Number(p.year) * 10_000 + Number(p.month ?? (last ? 12 : 1)) * 100 + Number(p.day ?? (last ? 31 : 1));

/** A slide; `endBeforeStart` is set when its end lies before its start (kept as the start's date only). */
function slide(d: Record<string, unknown>) {
  const start = tl2Date(str(d.startDate));
  let end = tl2Date(str(d.endDate));
  const endBeforeStart = !!(start && end && key(end, true) < key(start, false));
  if (endBeforeStart) end = null;
  const group = str(d.tag) || str(d.tags);
  return {
    endBeforeStart,
    slide: {
      ...(start ? { start_date: start } : {}),
      ...(end ? { end_date: end } : {}),
      text: { headline: str(d.headline), text: str(d.text) },
      ...(media(d.asset) ? { media: media(d.asset) } : {}),
      ...(group ? { group } : {}),
    },
  };
}

/** The TimelineJS3 document a TimelineJS2 one stands for (or `doc` itself, unwrapped when it is wrapped). */
export function asTimelineJs3(doc: unknown): { doc: unknown; notes: string[] } {
  if (!isObj(doc) || !isObj(doc.timeline)) return { doc, notes: [] };
  const t = doc.timeline;
  if (!Array.isArray(t.date)) {
    if (Array.isArray(t.events)) return { doc: t, notes: [] };
    if (Array.isArray(t.slides)) return { doc: { ...t, events: t.slides }, notes: [] };
    return { doc, notes: [] };
  }
  const slides = t.date.map((d) => (isObj(d) ? slide(d) : { endBeforeStart: false, slide: d }));
  const backwards = slides.flatMap((x, i) => (x.endBeforeStart ? [i + 1] : []));
  const notes = ['Read as a TimelineJS2 file ("timeline" with a "date" list).'];
  if (backwards.length)
    notes.push(
      `${backwards.length === 1 ? 'slide' : 'slides'} ${backwards.join(', ')}: the end date is before the start ` +
        'date, so only the start date was kept.',
    );
  const title = { text: { headline: str(t.headline), text: str(t.text) }, media: media(t.asset) };
  return {
    notes,
    doc: {
      title,
      events: slides.map((x) => x.slide),
      ...(Array.isArray(t.era) ? { eras: t.era.map((e) => (isObj(e) ? slide(e).slide : e)) } : {}),
    },
  };
}
