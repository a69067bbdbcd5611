import { resolveDataPath } from '../lib/dataPath';

/**
 * The one request for the event list: public/data/events.json, or a same-origin `?data=<path>`
 * given at run time (the benchmark uses it). For the default list and a plain `?data=` path, public/early-data.js
 * has usually started the download already (before the app's JS arrived); otherwise main.tsx starts it before
 * React's first render, so the download overlaps the render instead of waiting for an effect after it.
 */
export interface EventListRequest {
  url: string;
  /** Set when a `?data=` was refused and the default list is loaded instead. */
  notice: string | null;
  /** Parsed JSON, not yet validated; rejects with a message naming the url. */
  json: Promise<unknown>;
}

let request: EventListRequest | null = null;

/**
 * Set by public/early-data.js, which index.html runs before the app: for the default list, or for a `?data=` path
 * so plain that the check here (src/lib/dataPath.ts) is sure to accept it: letters, digits, "-", "_" and "." in
 * "/"-separated names ending in .json, no "." or ".." segment, no "%" (src/app/earlyData.test.ts holds it to that).
 * Any other path is left to the app; an early request the app does not take is ignored. (The script is shipped as
 * written, so it explains itself here, not in comments counted in the start-up bytes.)
 */
interface EarlyRequest {
  url: string;
  response: Promise<Response>;
}
declare global {
  interface Window {
    brieflineEarlyEventList?: EarlyRequest;
  }
}

function takeEarlyRequest(url: string): Promise<Response> | null {
  const early = window.brieflineEarlyEventList;
  delete window.brieflineEarlyEventList;
  return early && early.url === new URL(url, window.location.href).href ? early.response : null;
}

export function requestEventList(): EventListRequest {
  if (request) return request;
  const base = import.meta.env.BASE_URL;
  const requested = new URLSearchParams(window.location.search).get('data');
  let url = `${base}data/events.json`;
  let notice: string | null = null;
  if (requested !== null) {
    const resolved = resolveDataPath(requested, base);
    if (resolved.ok) url = resolved.path;
    else notice = `Ignored ?data=${requested.slice(0, 80)}: ${resolved.reason}. Showing the default event list.`;
  }
  // public/early-data.js may have started it: taken only when it asked for the url the check above gave.
  const response = takeEarlyRequest(url) ?? fetch(url);
  const json = response.then(async (r) => {
    const http = `HTTP ${r.status} ${r.statusText}`.trim();
    if (r.status === 404 || r.status === 410) throw new Error(`${url}: not found; it could not be loaded (${http})`);
    if (!r.ok) throw new Error(`${url}: could not be loaded (${http})`);
    const text = await r.text();
    // A host that answers every unknown path with its web page (an SPA fallback) has no such list either.
    if (/^text\/html\b/i.test(r.headers.get('content-type') ?? '') || /^\uFEFF?\s*</.test(text)) {
      throw new Error(`${url}: not found (the server sent a web page in its place, not an event list)`);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw new Error(`${url}: is not valid JSON (${e instanceof Error ? e.message : String(e)})`, { cause: e });
    }
  });
  // Handled by useEventData; this only keeps an early failure from reading as unhandled.
  json.catch(() => undefined);
  request = { url, notice, json };
  return request;
}
