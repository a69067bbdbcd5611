/** "Importing big.json… 800 of 2,000 slides", with a progress bar, while a large import runs. */
import { useImportProgress } from './importProgress';

export function ImportProgressNotice() {
  const p = useImportProgress((s) => s.progress);
  if (!p) return null;
  const label = p.total
    ? `${p.done.toLocaleString('en-GB')} of ${p.total.toLocaleString('en-GB')} slides read`
    : 'reading the file';
  return (
    <div className="notice import-progress">
      <span>
        Importing {p.file}: {label}…
      </span>
      <progress max={p.total || undefined} value={p.total ? p.done : undefined} aria-label={`Importing ${p.file}`} />
    </div>
  );
}
