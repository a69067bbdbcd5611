/**
 * Build a briefing: steps, reorder (buttons, Alt+↑/↓, drag), talking points, name, duplicate,
 * import/export, Present, Print.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '../../store/store';
import { currentBriefing, filtersOf } from '../../store/briefingSlice';
import { useEventList, useVisible } from '../../app/derived';
import { stepViews } from '../../lib/briefing/present';
import { stepKey } from '../../lib/briefing/model';
import { closestCenter, DndContext } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { restrictToVerticalAxis } from '@dnd-kit/modifiers';
import { StepItem } from './StepItem';
import { dragAnnouncements, useDragSensors, useStepReorder } from './useStepReorder';
import { BriefingFiles } from './BriefingFiles';
import { TitleCardForm } from './TitleCardForm';
import { useHeaderOffset } from '../common/useHeaderOffset';
import './briefing.css';

const INSTRUCTIONS = 'To move this step, press Alt+Up or Alt+Down, or drag it with a mouse, pen or finger.';

export function BriefingPanel() {
  const open = useStore((s) => s.briefingOpen);
  const setOpen = useStore((s) => s.setBriefingOpen);
  const briefings = useStore((s) => s.briefings);
  const briefing = useStore((s) => currentBriefing(s));
  const select = useStore((s) => s.selectBriefing);
  const rename = useStore((s) => s.renameBriefing);
  const newBriefing = useStore((s) => s.newBriefing);
  const deleteBriefing = useStore((s) => s.deleteBriefing);
  const duplicate = useStore((s) => s.duplicateBriefing);
  const startPresenting = useStore((s) => s.startPresenting);
  const data = useEventList();
  const visible = useVisible();
  const headerOffset = useHeaderOffset();
  const views = useMemo(() => (briefing && data ? stepViews(briefing, data) : []), [briefing, data]);
  const list = useRef<HTMLOListElement>(null);
  const panel = useRef<HTMLElement>(null);
  const keys = useMemo(() => (briefing ? briefing.steps.map(stepKey) : []), [briefing]);
  const reorder = useStepReorder(views, keys, list);
  const sensors = useDragSensors();
  const [focusAfterMove, setFocusAfterMove] = useState<{ index: number; direction: 'up' | 'down' } | null>(null);

  useEffect(() => {
    if (!focusAfterMove || !list.current) return;
    const li = list.current.querySelector<HTMLElement>(`li[data-step="${focusAfterMove.index}"]`);
    const btn = li?.querySelector<HTMLButtonElement>(`button[data-move="${focusAfterMove.direction}"]`);
    (btn && !btn.disabled ? btn : li?.querySelector<HTMLButtonElement>('button:not(:disabled)'))?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [open]);

  if (!open) return null;
  const createFromFilters = () => newBriefing(visible.events, filtersOf(useStore.getState()));
  return (
    <aside
      id="briefing-panel"
      className="briefing-panel no-print"
      aria-labelledby="briefing-panel-title"
      ref={panel}
      style={headerOffset}
    >
      <div className="briefing-panel-head">
        <h2 id="briefing-panel-title" tabIndex={-1}>
          Briefing
        </h2>
        <button type="button" onClick={() => setOpen(false)} aria-label="Close the briefing panel">
          Close
        </button>
      </div>
      <div className="briefing-choose">
        {briefings.length > 1 && (
          <label className="briefing-field">
            <span>Briefing</span>
            <select value={briefing?.id ?? ''} onChange={(e) => select(e.target.value)}>
              {briefings.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={createFromFilters}>
          New briefing from the {visible.events.length} shown events
        </button>
      </div>
      {briefing ? (
        <>
          <label className="briefing-field">
            <span>Name</span>
            <input type="text" value={briefing.name} onChange={(e) => rename(e.target.value)} />
          </label>
          <div className="briefing-actions">
            <button
              type="button"
              className="primary"
              disabled={briefing.steps.length === 0}
              onClick={() => startPresenting(0)}
            >
              Present
            </button>
            <button type="button" disabled={briefing.steps.length === 0} onClick={() => window.print()}>
              Print handout
            </button>
            <button type="button" onClick={duplicate}>
              Duplicate
            </button>
          </div>
          <p className="briefing-count">
            {briefing.steps.length} step{briefing.steps.length === 1 ? '' : 's'}. Reorder by dragging a step’s ⠿ handle,
            with Alt+↑/↓ on a step, or with Up and Down; “Add to briefing” in an event’s details puts it in date order.
          </p>
          <output className="visually-hidden">{reorder.announcement}</output>
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            modifiers={[restrictToVerticalAxis]}
            autoScroll={{ threshold: { x: 0, y: 0.1 } }}
            onDragEnd={reorder.onDragEnd}
            accessibility={{
              announcements: dragAnnouncements(keys, views),
              screenReaderInstructions: { draggable: INSTRUCTIONS },
            }}
          >
            <SortableContext items={keys} strategy={verticalListSortingStrategy}>
              <ol className="briefing-steps" ref={list} aria-label="Steps" data-step-list>
                {views.map((v, i) => (
                  <StepItem
                    key={keys[i] ?? i}
                    id={keys[i] ?? String(i)}
                    view={v}
                    index={i}
                    count={views.length}
                    onMoved={(index, direction) => setFocusAfterMove({ index, direction })}
                    onRemove={reorder.remove}
                    onInsertTitleCard={reorder.insertTitleCard}
                  />
                ))}
              </ol>
            </SortableContext>
          </DndContext>
          <TitleCardForm />
          <BriefingFiles briefing={briefing} />
          <button
            type="button"
            className="danger"
            onClick={() => window.confirm(`Delete the briefing “${briefing.name}”?`) && deleteBriefing(briefing.id)}
          >
            Delete this briefing
          </button>
        </>
      ) : (
        <>
          <p>
            No briefing yet. Start one from the events the filters show, or add events one by one from their details.
          </p>
          <BriefingFiles briefing={null} />
        </>
      )}
    </aside>
  );
}
