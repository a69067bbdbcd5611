/**
 * Import a file (picker or drop; large files in a worker, see runImport): validate it with
 * src/lib/exchange; on problems show the list
 * and nothing else; on success replace the view for this session only.
 */
import { useCallback } from 'react';
import { useStore } from '../../store/store';
import { formatProblem } from '../../lib/schema';
import { forgetSourceTexts, provideSourceText } from '../../app/sourceTexts';
import { runImport } from './runImport';
import type { ImportResult } from '../../lib/exchange/importFile';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function useImport(): (file: File) => Promise<void> {
  return useCallback(async (file: File) => {
    const s = useStore.getState();
    if (file.size > MAX_IMPORT_BYTES) {
      s.setImportReport({ file: file.name, problems: [`${file.name}: the file is larger than 20 MB`], notes: [] });
      return;
    }
    const builtIn = s.builtIn?.data ?? (s.load.status === 'ready' ? s.load.data : null);
    const knownThemes = builtIn?.themes ?? [];
    const knownSources = builtIn?.sources ?? [];
    let r: ImportResult;
    try {
      r = await runImport(file, {
        name: file.name,
        knownThemes,
        knownSources,
        today: new Date().toISOString().slice(0, 10),
      });
    } catch (e) {
      s.setImportReport({
        file: file.name,
        problems: [`${file.name}: could not be read (${e instanceof Error ? e.message : String(e)})`],
        notes: [],
      });
      return;
    }
    if (!r.ok) {
      s.setImportReport({ file: file.name, problems: r.problems.map(formatProblem), notes: [] });
      return;
    }
    forgetSourceTexts();
    for (const [path, text] of Object.entries(r.texts)) provideSourceText(path, text);
    useStore.getState().showImported(r.value, file.name, r.notes);
  }, []);
}
