/**
 * Briefline's own evidence carried through CSV and TimelineJS files: per quote the source id,
 * its url, the offsets and the verbatim quote. On import the evidence is restored only when
 * every quote names a source the app already has (same id and same url), so the app can serve
 * that article's text; anything else falls back to citing the imported file.
 */
import type { EventList, Evidence, Source, TimelineEvent } from '../schema';
import { safeHref } from '../links';

export interface WireEvidence {
  source: string;
  url: string;
  start: number;
  end: number;
  quote: string;
}

/** The evidence as exported; a source address that safeHref refuses is exported as "". */
export function evidenceForExport(data: EventList, e: TimelineEvent): WireEvidence[] {
  const url = new Map(data.sources.map((s) => [s.id, safeHref(s.url) === null ? '' : s.url]));
  return e.evidence.map((q) => ({
    source: q.source,
    url: url.get(q.source) ?? '',
    start: q.start,
    end: q.end,
    quote: q.quote,
  }));
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The evidence, if every entry is well formed and cites a known source by the same id and url. */
export function restoreEvidence(
  raw: unknown,
  known: readonly Source[],
): { evidence: Evidence[]; sources: Source[] } | null {
  if (!Array.isArray(raw) || raw.length === 0) return null;
  const byId = new Map(known.map((s) => [s.id, s]));
  const evidence: Evidence[] = [];
  const sources = new Map<string, Source>();
  for (const q of raw) {
    if (!isObj(q)) return null;
    const { source, url, start, end, quote } = q;
    if (typeof source !== 'string' || typeof url !== 'string' || typeof quote !== 'string' || !quote) return null;
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      (start as number) < 0 ||
      (end as number) - (start as number) !== quote.length
    )
      return null;
    const s = byId.get(source);
    if (!s || s.url !== url) return null;
    sources.set(s.id, s);
    evidence.push({ source, quote, start: start as number, end: end as number });
  }
  return { evidence, sources: [...sources.values()] };
}

/** The CSV cell: JSON, since CSV has no nested structure. Unparseable text gives null (fall back). */
export function parseEvidenceCell(cell: string): unknown {
  if (!cell.trim()) return null;
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return null;
  }
}
