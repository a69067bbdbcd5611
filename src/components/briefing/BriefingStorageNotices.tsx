/**
 * The briefing storage's notices, among the app's notices: the browser's storage is full (the
 * briefings are kept in this tab; export them as files), and a briefing that came with a shared
 * presentation link is shown but not kept until the user chooses "Keep this briefing".
 */
import { useStore } from '../../store/store';
import { currentBriefing } from '../../store/briefingSlice';
import { briefingFileName, briefingToFile } from '../../lib/briefing/file';
import { downloadText } from '../common/download';
import { useBriefingStorageStatus } from '../../store/briefingStorageStatus';

export function BriefingStorageNotices() {
  const full = useBriefingStorageStatus((s) => s.full);
  const unsaved = useBriefingStorageStatus((s) => s.unsaved);
  const keep = useBriefingStorageStatus((s) => s.keep);
  const briefings = useStore((s) => s.briefings);
  const current = useStore((s) => currentBriefing(s));
  const shared = current && unsaved.includes(current.id) ? current : null;
  const exportAll = () => {
    for (const b of briefings) downloadText(briefingToFile(b), briefingFileName(b), 'application/json');
  };
  return (
    <>
      {full && (
        <div className="notice notice-action storage-full" role="alert">
          <span>
            This browser’s storage is full: your briefings are kept in this tab but not saved. Export them as files to
            keep them; saving is tried again at every change.
          </span>
          <button type="button" onClick={exportAll} disabled={briefings.length === 0}>
            Export briefing file{briefings.length === 1 ? '' : 's'}
          </button>
        </div>
      )}
      {shared && (
        <div className="notice notice-action">
          <span>The briefing “{shared.name}” came with the link and is not saved in this browser.</span>
          <button type="button" onClick={() => keep(shared.id)}>
            Keep this briefing
          </button>
        </div>
      )}
    </>
  );
}
