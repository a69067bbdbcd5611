/**
 * One step of the briefing in the panel: drag handle, title, date, reorder/remove buttons, "insert a
 * title card before/after", talking points or title card fields. Alt+↑/↓ anywhere in the step moves it
 * (the action table's step-move actions, lent by useStepReorder).
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useStore } from '../../store/store';
import { actionButton } from '../../lib/actions/commands';
import { APP_ACTIONS } from '../../app/actions/actions';

const { moveStepUp: UP, moveStepDown: DOWN } = APP_ACTIONS;
import type { StepView } from '../../lib/briefing/present';
import { AutoTextarea } from './AutoTextarea';

interface Props {
  id: string;
  view: StepView;
  index: number;
  count: number;
  /** Called after a move so the panel can keep focus on the moved step's button. */
  onMoved(to: number, direction: 'up' | 'down'): void;
  onRemove(index: number): void;
  onInsertTitleCard(index: number, where: 'before' | 'after'): void;
}

export function StepItem({ id: sortId, view, index, count, onMoved, onRemove, onInsertTitleCard }: Props) {
  const move = useStore((s) => s.moveBriefingStep);
  const setTalkingPoints = useStore((s) => s.setStepTalkingPoints);
  const editTitleCard = useStore((s) => s.editTitleCard);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: sortId,
  });
  const name = view.title;
  const id = `step-${index}`;
  const cls =
    `briefing-step${view.kind === 'title' ? ' is-title' : ''}` +
    `${view.kind === 'event' && view.missing ? ' is-missing' : ''}${isDragging ? ' is-dragging' : ''}`;
  return (
    <li
      ref={setNodeRef}
      className={cls}
      data-step={index}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <div className="briefing-step-head">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="briefing-step-handle"
          {...attributes}
          {...listeners}
          aria-label={`Step ${index + 1} of ${count}: ${name}. Drag to reorder, or press Alt+Up or Alt+Down`}
        >
          <span aria-hidden="true">⠿</span>
          <span className="briefing-step-number" aria-hidden="true">
            {index + 1}
          </span>
        </button>
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
          <button
            type="button"
            data-move="up"
            disabled={index === 0}
            aria-label={`${UP.label}: ${name}`}
            {...actionButton(UP)}
            onClick={() => {
              move(index, -1);
              onMoved(index - 1, 'up');
            }}
          >
            ↑ Up
          </button>
          <button
            type="button"
            data-move="down"
            disabled={index === count - 1}
            aria-label={`${DOWN.label}: ${name}`}
            {...actionButton(DOWN)}
            onClick={() => {
              move(index, 1);
              onMoved(index + 1, 'down');
            }}
          >
            ↓ Down
          </button>
          <button type="button" aria-label={`Remove: ${name}`} onClick={() => onRemove(index)}>
            Remove
          </button>
        </div>
      </div>
      {view.kind === 'event' ? (
        <label className="briefing-field" htmlFor={`${id}-points`}>
          <span>Talking points</span>
          <AutoTextarea
            id={`${id}-points`}
            value={view.talkingPoints}
            aria-label={`Talking points: ${name}`}
            onChange={(e) => setTalkingPoints(index, e.target.value)}
          />
        </label>
      ) : (
        <div className="briefing-title-fields">
          <label className="briefing-field">
            <span>Title</span>
            <input
              type="text"
              value={view.title}
              aria-label={`Title of card ${index + 1}`}
              onChange={(e) => editTitleCard(index, { title: e.target.value })}
            />
          </label>
          <label className="briefing-field" htmlFor={`${id}-text`}>
            <span>Text</span>
            <AutoTextarea
              id={`${id}-text`}
              value={view.text}
              aria-label={`Text of card ${index + 1}`}
              onChange={(e) => editTitleCard(index, { text: e.target.value })}
            />
          </label>
        </div>
      )}
      <div className="briefing-step-insert">
        <span aria-hidden="true">Title card:</span>
        <button
          type="button"
          aria-label={`Insert title card before: ${name}`}
          onClick={() => onInsertTitleCard(index, 'before')}
        >
          + before
        </button>
        <button
          type="button"
          aria-label={`Insert title card after: ${name}`}
          onClick={() => onInsertTitleCard(index, 'after')}
        >
          + after
        </button>
      </div>
    </li>
  );
}
