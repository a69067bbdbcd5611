/** Lists every problem of a rejected import (row or event, field, what is wrong), or the notes of an accepted one. */
import { useEffect, useRef } from 'react';
import { useStore } from '../../store/store';

export function ImportReportDialog() {
  const report = useStore((s) => s.importReport);
  const close = useStore((s) => s.setImportReport);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (report && d && !d.open) d.showModal();
    if (!report && d?.open) d.close();
  }, [report]);
  return (
    <dialog ref={ref} className="import-report" aria-labelledby="import-report-title" onClose={() => close(null)}>
      {report && (
        <>
          <h2 id="import-report-title">
            {report.problems.length
              ? `${report.file} was not imported: ` +
                `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`
              : `Imported ${report.file}`}
          </h2>
          {report.problems.length > 0 && (
            <>
              <p>Nothing from the file is shown. Fix these and import it again:</p>
              <ul className="import-problems">
                {report.problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </>
          )}
          {report.notes.length > 0 && (
            <ul>
              {report.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <form method="dialog">
            <button type="submit" autoFocus>
              Close
            </button>
          </form>
        </>
      )}
    </dialog>
  );
}
