/** "Export my articles" (one .zip in the project's data/ format) and "Import my articles" (all checked first). */
import { useState } from 'react';
import { useStore } from '../../store/store';
import { shownList } from '../../app/derived';
import { articlesDb } from '../../app/useAddedArticles';
import { formatProblem } from '../../lib/schema';
import { loadSourceText } from '../../app/sourceTexts';
import { downloadBlob } from '../common/download';
import { FilePickButton } from '../common/FilePickButton';

export function MyArticlesZip() {
  const [report, setReport] = useState<{ title: string; lines: string[] } | null>(null);
  const count = useStore((s) => s.added.records.articles.length);

  const exportZip = async () => {
    const s = useStore.getState();
    const list = shownList(s);
    if (!list) return;
    const m = await import('../../lib/intake/exportZip');
    const texts = new Map<string, string>();
    for (const id of m.loadedSourcesNeeded(s.added.records, list)) {
      const src = list.sources.find((x) => x.id === id);
      if (src) texts.set(id, (await loadSourceText(src)).text);
    }
    const bytes = m.exportZip({ added: s.added.records, list, loadedTexts: texts });
    downloadBlob(bytes as BlobPart, m.EXPORT_FILE_NAME, 'application/zip');
    setReport({
      title: `Exported ${s.added.records.articles.length} article(s) as ${m.EXPORT_FILE_NAME}`,
      lines: ['Unpack it into data/ and run npm run extract.'],
    });
  };

  const importZip = async (file: File) => {
    const s = useStore.getState();
    const list = shownList(s);
    if (!list) return;
    const { importZip: read } = await import('../../lib/intake/importZip');
    const r = await read(new Uint8Array(await file.arrayBuffer()), file.name, {
      list,
      known: s.added.records.articles,
      now: new Date().toISOString(),
    });
    if (!r.ok) {
      setReport({
        title:
          `${file.name} was not imported: ` +
          `${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}, nothing was added`,
        lines: r.problems.map(formatProblem),
      });
      return;
    }
    try {
      await (await articlesDb()).addRecords(r.records);
    } catch (e) {
      setReport({
        title: `${file.name} was not imported`,
        lines: [`The browser’s database refused it: ${e instanceof Error ? e.message : String(e)}`],
      });
      return;
    }
    setReport({
      title:
        `Imported ${r.records.articles.length} article(s) and ` +
        `${r.records.events.length} event(s) from ${file.name}`,
      lines: r.notes,
    });
  };

  return (
    <div className="ya-zip">
      <button
        type="button"
        disabled={count === 0}
        onClick={() =>
          void exportZip().catch((e: unknown) =>
            setReport({ title: 'The export failed', lines: [e instanceof Error ? e.message : String(e)] }),
          )
        }
      >
        Export my articles
      </button>
      <FilePickButton accept=".zip,application/zip" testId="import-my-articles-input" onFile={(f) => void importZip(f)}>
        Import my articles
      </FilePickButton>
      {report && (
        <output className="ya-report">
          <p>{report.title}</p>
          {report.lines.length > 0 && (
            <ul>
              {report.lines.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          )}
        </output>
      )}
    </div>
  );
}
