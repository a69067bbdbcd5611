import { useEffect } from 'react';
import { validateEventList, formatProblem } from '../lib/schema';
import { useStore } from '../store/store';
import { requestEventList } from './eventListRequest';
import { warmSearchIndex } from './derived';

/**
 * Loads the event list once into the store (see requestEventList for where it comes from),
 * validated like any other input. A `?data=` that is not a relative path under the app is
 * refused with a notice.
 */
export function useEventData(): void {
  const setLoaded = useStore((s) => s.setLoaded);
  const setLoadError = useStore((s) => s.setLoadError);
  const addNotice = useStore((s) => s.addNotice);
  useEffect(() => {
    const { url, notice, json } = requestEventList();
    if (notice) addNotice(notice);
    let cancelled = false;
    json
      .then((value) => {
        if (cancelled) return;
        const v = validateEventList(value, url);
        if (v.ok) {
          setLoaded(v.value, url);
          warmSearchIndex(v.value);
        } else setLoadError(v.problems.map(formatProblem));
      })
      .catch((e: unknown) => {
        if (!cancelled) setLoadError([e instanceof Error ? e.message : String(e)]);
      });
    return () => {
      cancelled = true;
    };
  }, [setLoaded, setLoadError, addNotice]);
}
