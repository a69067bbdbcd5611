import { useEffect, useState } from 'react';
import type { Source } from '../../lib/schema';
import { loadSourceText, type SourceTextState } from '../../app/sourceTexts';

/** The text of `source`, fetched lazily the first time it is needed. */
export function useSourceText(source: Source | null): SourceTextState {
  const [state, setState] = useState<{ key: string | null; value: SourceTextState }>({
    key: null,
    value: { status: 'loading' },
  });
  const key = source ? `${source.id}|${source.text}` : null;
  useEffect(() => {
    if (!source) return;
    let live = true;
    loadSourceText(source).then(
      (value) => live && setState({ key: `${source.id}|${source.text}`, value: { status: 'ready', value } }),
      (e: unknown) =>
        live &&
        setState({
          key: `${source.id}|${source.text}`,
          value: { status: 'error', message: e instanceof Error ? e.message : String(e) },
        }),
    );
    return () => {
      live = false;
    };
  }, [source]);
  return state.key === key ? state.value : { status: 'loading' };
}
