/** Export (events.json, CSV, iCalendar, TimelineJS) and import (file picker, drag and drop) of event lists. */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ToggleEvent } from 'react';
import { useKeyLayer } from '../../app/actions/useKeyboardActions';
import { useStore } from '../../store/store';
import { ImportReportDialog } from './ImportReportDialog';
import { useImport } from './useImport';
import { handOverDroppedFile } from '../common/droppedFile';
import { looksLikeTimelineCsv } from '../../lib/exchange/sniff';
import { FilePickButton } from '../common/FilePickButton';
import './exchange.css';

/** The export panel (and its serialisers) loads on first open, not before first paint. */
const ExportPanel = lazy(() => import('./ExportPanel').then((m) => ({ default: m.ExportPanel })));

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function ExchangeMenu() {
  const [open, setOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const doImport = useImport();
  const origin = useStore((s) => (s.load.status === 'ready' ? s.load.origin : ''));
  const imported = useStore((s) => s.builtIn !== null);
  const importedName = origin.replace(/^imported: /, '');
  const back = useStore((s) => s.backToBuiltIn);

  useEffect(() => {
    let depth = 0;
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const f = e.dataTransfer?.files[0];
      if (!f) return;
      // A web page, or a text file that is not a TimelineJS sheet saved as text, is an article to add;
      // .json, .csv and such sheets are imports.
      const addArticle = () => {
        handOverDroppedFile(f);
        useStore.getState().setAddDialogOpen(true);
      };
      if (/\.html?$/i.test(f.name) || f.type === 'text/html') addArticle();
      else if (/\.txt$/i.test(f.name) || f.type === 'text/plain')
        void f.text().then((text) => (looksLikeTimelineCsv(text) ? doImport(f) : addArticle()), addArticle);
      else void doImport(f);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [doImport]);

  // The export menu is a native popover: the browser closes it on an outside click; Esc is the action
  // table's closeExportMenu (so the same Esc does not also close the details behind it).
  const closeMenu = useCallback(() => panel.current?.hidePopover(), []);
  useKeyLayer(
    'exportMenu',
    useMemo(() => (open ? { close: closeMenu } : null), [open, closeMenu]),
  );
  const place = (e: ToggleEvent<HTMLDivElement>) => {
    if (e.newState !== 'open') return;
    // In the top layer the popover is placed against the viewport: under the Export button, right-aligned.
    const r = button.current?.getBoundingClientRect();
    if (r) e.currentTarget.style.inset = `${r.bottom + 6}px ${Math.max(0, window.innerWidth - r.right)}px auto auto`;
  };

  return (
    <div className="exchange">
      <button ref={button} type="button" aria-expanded={open} aria-controls="export-panel" popoverTarget="export-panel">
        Export
      </button>
      <FilePickButton
        accept=".json,.csv,application/json,text/csv"
        name="import-file"
        testId="import-file-input"
        onFile={(f) => void doImport(f)}
      >
        Import…
      </FilePickButton>
      <div
        ref={panel}
        id="export-panel"
        className="exchange-popover"
        popover="auto"
        onBeforeToggle={place}
        onToggle={(e) => setOpen(e.newState === 'open')}
      >
        {open && (
          <Suspense fallback={<p>Loading…</p>}>
            <ExportPanel onDone={closeMenu} />
          </Suspense>
        )}
      </div>
      {imported && (
        <output className="imported-banner">
          <span
            className="imported-banner-text"
            title={`Showing imported data from ${importedName} (this session only)`}
          >
            Showing imported data from {importedName} (this session only) —
          </span>{' '}
          <button type="button" onClick={back}>
            Back to built-in data
          </button>
        </output>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a TimelineJS JSON or CSV file, or a Briefline events.json, to show it; a saved web page or .txt article
          to add it
        </div>
      )}
      <ImportReportDialog />
    </div>
  );
}
