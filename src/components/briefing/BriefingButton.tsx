/** The header's "Briefing" button: opens and closes the briefing panel. */
import { useStore } from '../../store/store';
import { currentBriefing } from '../../store/briefingSlice';

export function BriefingButton() {
  const open = useStore((s) => s.briefingOpen);
  const setOpen = useStore((s) => s.setBriefingOpen);
  const count = useStore((s) => currentBriefing(s)?.steps.length ?? 0);
  return (
    <button
      type="button"
      className="briefing-button"
      aria-expanded={open}
      aria-controls="briefing-panel"
      onClick={() => setOpen(!open)}
    >
      Briefing{count ? ` (${count})` : ''}
    </button>
  );
}
