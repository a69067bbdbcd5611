import { useEffect } from 'react';
import { validateEventList, formatProblem } from '../lib/schema';
import { useStore } from '../store/store';
import { resolveDataPath } from '../lib/dataPath';
import { warmSearchIndex } from './derived';

/**
 * Loads the event list once into the store: public/data/events.json, or a same-origin
 * `?data=<path>` given at run time (the benchmark uses it), validated like any other input.
 * A `?data=` that is not a relative path under the app is refused with a notice.
 */
export function useEventData(): void {
  const setLoaded = useStore((s) => s.setLoaded);
  const setLoadError = useStore((s) => s.setLoadError);
  const addNotice = useStore((s) => s.addNotice);
  useEffect(() => {
    const base = import.meta.env.BASE_URL;
    const requested = new URLSearchParams(window.location.search).get('data');
    const fallback = `${base}data/events.json`;
    let url = fallback;
    if (requested !== null) {
      const resolved = resolveDataPath(requested, base);
      if (resolved.ok) url = resolved.path;
      else addNotice(`Ignored ?data=${requested.slice(0, 80)}: ${resolved.reason}. Showing the default event list.`);
    }
    let cancelled = false;
    fetch(url)
      .then(async (r) => {
        if (!r.ok) throw new Error(`${url}: could not be loaded (HTTP ${r.status} ${r.statusText})`.trim());
        const text = await r.text();
        try {
          return JSON.parse(text) as unknown;
        } catch (e) {
          throw new Error(`${url}: is not valid JSON (${e instanceof Error ? e.message : String(e)})`, { cause: e });
        }
      })
      .then((json) => {
        if (cancelled) return;
        const v = validateEventList(json, url);
        if (v.ok) {
          setLoaded(v.value, url);
          warmSearchIndex(v.value);
        }
        else setLoadError(v.problems.map(formatProblem));
      })
      .catch((e: unknown) => {
        if (!cancelled) setLoadError([e instanceof Error ? e.message : String(e)]);
      });
    return () => {
      cancelled = true;
    };
  }, [setLoaded, setLoadError, addNotice]);
}
