/** Small dismissible notices (unknown id in the link, link copied, ...). */
import { useStore } from '../../store/store';
import { BriefingStorageNotices } from '../briefing/BriefingStorageNotices';
import { ImportProgressNotice } from '../exchange/ImportProgressNotice';
import '../common/common.css';

export function Notices() {
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotice);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <p key={n} className="notice">
          <span>{n}</span>
          <button type="button" onClick={() => dismiss(n)} aria-label={`Dismiss: ${n}`}>
            ×
          </button>
        </p>
      ))}
      <BriefingStorageNotices />
      <ImportProgressNotice />
    </div>
  );
}
