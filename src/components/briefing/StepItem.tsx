/** One step of the briefing in the panel: title, date, reorder/remove buttons, talking points or title card fields. */
import { useStore } from '../../store/store';
import type { StepView } from '../../lib/briefing/present';

interface Props {
  view: StepView;
  index: number;
  count: number;
  /** Called after a move so the panel can keep focus on the moved step's button. */
  onMoved(to: number, direction: 'up' | 'down'): void;
}

export function StepItem({ view, index, count, onMoved }: Props) {
  const move = useStore((s) => s.moveBriefingStep);
  const remove = useStore((s) => s.removeBriefingStep);
  const setTalkingPoints = useStore((s) => s.setStepTalkingPoints);
  const editTitleCard = useStore((s) => s.editTitleCard);
  const name = view.title;
  const id = `step-${index}`;
  return (
    <li className={`briefing-step${view.kind === 'title' ? ' is-title' : ''}${view.kind === 'event' && view.missing ? ' is-missing' : ''}`} data-step={index}>
      <div className="briefing-step-head">
        <span className="briefing-step-number" aria-hidden="true">
          {index + 1}
        </span>
        <div className="briefing-step-text">
          {view.kind === 'event' ? (
            <>
              <span className="briefing-step-date">
                {view.dateLabel}
                {view.planned && <span className="planned-badge">planned</span>}
              </span>
              <strong id={`${id}-title`}>{view.title}</strong>
            </>
          ) : (
            <strong id={`${id}-title`}>Title card: {view.title}</strong>
          )}
        </div>
        <div className="briefing-step-tools">
          <button type="button" data-move="up" disabled={index === 0} aria-label={`Move up: ${name}`} onClick={() => { move(index, -1); onMoved(index - 1, 'up'); }}>
            ↑ Up
          </button>
          <button type="button" data-move="down" disabled={index === count - 1} aria-label={`Move down: ${name}`} onClick={() => { move(index, 1); onMoved(index + 1, 'down'); }}>
            ↓ Down
          </button>
          <button type="button" aria-label={`Remove: ${name}`} onClick={() => remove(index)}>
            Remove
          </button>
        </div>
      </div>
      {view.kind === 'event' ? (
        <label className="briefing-field">
          <span>Talking points</span>
          <textarea rows={2} value={view.talkingPoints} aria-label={`Talking points: ${name}`} onChange={(e) => setTalkingPoints(index, e.target.value)} />
        </label>
      ) : (
        <div className="briefing-title-fields">
          <label className="briefing-field">
            <span>Title</span>
            <input type="text" value={view.title} aria-label={`Title of card ${index + 1}`} onChange={(e) => editTitleCard(index, { title: e.target.value })} />
          </label>
          <label className="briefing-field">
            <span>Text</span>
            <textarea rows={2} value={view.text} aria-label={`Text of card ${index + 1}`} onChange={(e) => editTitleCard(index, { text: e.target.value })} />
          </label>
        </div>
      )}
    </li>
  );
}
