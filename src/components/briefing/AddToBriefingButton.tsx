/** 'Add to briefing' / 'Remove from briefing' toggle for one event, shown in the details panel. */
import { useStore } from '../../store/store';
import { currentBriefing } from '../../store/briefingSlice';
import { hasEvent } from '../../lib/briefing/edit';
import { useEventList } from '../../app/derived';

export function AddToBriefingButton({ eventId }: { eventId: string }) {
  const inBriefing = useStore((s) => {
    const b = currentBriefing(s);
    return b ? hasEvent(b, eventId) : false;
  });
  const add = useStore((s) => s.addToBriefing);
  // The shown list, added events included: the loaded list alone has no date for an added event or its neighbours.
  const events = useEventList()?.events;
  const remove = useStore((s) => s.removeFromBriefing);
  return (
    <button
      type="button"
      className="add-to-briefing"
      aria-pressed={inBriefing}
      onClick={() => (inBriefing ? remove(eventId) : add(eventId, events))}
    >
      {inBriefing ? 'Remove from briefing' : 'Add to briefing'}
    </button>
  );
}
