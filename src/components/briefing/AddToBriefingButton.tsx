/** 'Add to briefing' / 'Remove from briefing' toggle for one event, shown in the details panel. */
import { useStore } from '../../store/store';
import { currentBriefing } from '../../store/briefingSlice';
import { hasEvent } from '../../lib/briefing/edit';

export function AddToBriefingButton({ eventId }: { eventId: string }) {
  const inBriefing = useStore((s) => {
    const b = currentBriefing(s);
    return b ? hasEvent(b, eventId) : false;
  });
  const add = useStore((s) => s.addToBriefing);
  const remove = useStore((s) => s.removeFromBriefing);
  return (
    <button
      type="button"
      className="add-to-briefing"
      aria-pressed={inBriefing}
      onClick={() => (inBriefing ? remove(eventId) : add(eventId))}
    >
      {inBriefing ? 'Remove from briefing' : 'Add to briefing'}
    </button>
  );
}
