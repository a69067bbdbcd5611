/** "Export my articles" (one .zip in the project's data/ format) and "Import my articles" (all checked first). */
import { useRef, useState } from 'react';
import { useStore } from '../../store/store';
import { shownList } from '../../app/derived';
import { articlesDb } from '../../app/useAddedArticles';
import { formatProblem } from '../../lib/schema';
import { loadSourceText } from '../../app/sourceTexts';

export function MyArticlesZip() {
  const input = useRef<HTMLInputElement>(null);
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
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = m.EXPORT_FILE_NAME;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
        title: `${file.name} was not imported: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}, nothing was added`,
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
      title: `Imported ${r.records.articles.length} article(s) and ${r.records.events.length} event(s) from ${file.name}`,
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
      <button type="button" onClick={() => input.current?.click()}>
        Import my articles
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".zip,application/zip"
        data-testid="import-my-articles-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void importZip(f);
        }}
      />
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
