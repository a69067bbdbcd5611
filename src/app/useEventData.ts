import { useEffect } from 'react';
import { validateEventList, formatProblem } from '../lib/schema';
import { useStore } from '../store/store';

/**
 * Loads the event list once into the store: public/data/events.json, or a same-origin
 * `?data=<path>` given at run time (the benchmark uses it), validated like any other input.
 */
export function useEventData(): void {
  const setLoaded = useStore((s) => s.setLoaded);
  const setLoadError = useStore((s) => s.setLoadError);
  useEffect(() => {
    const url = `${import.meta.env.BASE_URL}data/events.json`;
    fetch(url)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: HTTP ${r.status}`))))
      .then((json: unknown) => {
        const v = validateEventList(json, url);
        if (v.ok) setLoaded(v.value, url);
        else setLoadError(v.problems.map(formatProblem));
      })
      .catch((e: unknown) => setLoadError([String(e)]));
  }, [setLoaded, setLoadError]);
}
