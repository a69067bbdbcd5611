/**
 * Full-screen step-by-step presentation of the current briefing (Fullscreen API where allowed,
 * else a full-window view). Keys as clickers send them; B or . blanks; N shows the talking points;
 * P opens the presenter view in a second window; Esc leaves. The briefing session hooks
 * (storage, presentation address, window sync) run from src/lazyRegions.tsx (which loads this on demand) and src/app.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useSwipe } from './useSwipe';
import { useStore } from '../../store/store';
import { currentBriefing } from '../../store/briefingSlice';
import { useEventList } from '../../app/derived';
import { stepViews } from '../../lib/briefing/present';
import { buildStrip } from '../../lib/briefing/strip';
import { useKeyLayer } from '../../app/actions/useKeyboardActions';
import { PRESENT_ACTIONS, type AppAction } from '../../app/actions/actions';
import { ariaKeyshortcuts, keyLabel } from '../../lib/actions/commands';
import { presentHref } from '../../app/address';
import { Slide } from './Slide';
import { TimelineStrip } from './TimelineStrip';
import { PresenterView } from './PresenterView';
import './presenter.css';

export function openPresenterWindow(): void {
  const s = useStore.getState();
  const href = s.presentation ? presentHref(s, 'presenter', s.presentation.step) : null;
  if (href)
    window.open(
      window.location.pathname + window.location.search + href,
      'briefline-presenter',
      'popup,width=1100,height=720',
    );
}

const PRESENTER_LAYER = { openPresenterWindow };
const { next, prev, notes, presenterView, exit } = PRESENT_ACTIONS;
/** A presenter button's text, label and key from its action: "Notes (N)". */
const withKey = (a: AppAction) => ({
  children: `${a.label} (${keyLabel(a)})`,
  'aria-keyshortcuts': ariaKeyshortcuts(a),
});

export function Presenter() {
  const presentation = useStore((s) => s.presentation);
  const briefing = useStore((s) => currentBriefing(s));
  const data = useEventList();
  const views = useMemo(() => (briefing && data ? stepViews(briefing, data) : []), [briefing, data]);
  const strip = useMemo(() => (briefing && data ? buildStrip(briefing, data) : null), [briefing, data]);
  const root = useRef<HTMLDialogElement>(null);
  const active = presentation !== null;
  const mode = presentation?.mode;
  const swipe = useSwipe((dir) => {
    const st = useStore.getState();
    if (st.presentation) st.goToStep(st.presentation.step + dir);
  });
  // The keys are the action table's (PRESENT_ACTIONS); this lends it the second window.
  useKeyLayer('presenter', active ? PRESENTER_LAYER : null);

  // Enter full screen where allowed (the Present click is the user gesture); leaving full screen
  // leaves the presentation.
  useEffect(() => {
    if (!active || mode !== 'present') return;
    const el = root.current;
    el?.focus();
    let entered = false;
    if (el && document.fullscreenEnabled && !document.fullscreenElement && navigator.userActivation?.isActive !== false)
      el.requestFullscreen?.().then(
        () => (entered = true),
        () => undefined,
      );
    const onChange = () => {
      if (entered && !document.fullscreenElement) useStore.getState().stopPresenting();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, [active, mode]);

  useEffect(() => {
    if (!active) return;
    const prevFocus = document.activeElement as HTMLElement | null;
    const d = root.current;
    if (d && !d.open) d.showModal();
    d?.focus();
    return () => {
      prevFocus?.focus?.();
    };
  }, [active]);

  if (!presentation || !briefing || !strip) return null;
  const { step, blanked, notesVisible } = presentation;
  const view = views[step];
  const n = views.length;
  const s = useStore.getState;
  return (
    <dialog
      ref={root}
      onCancel={(e) => {
        e.preventDefault();
        s().stopPresenting();
      }}
      className={`presenter${blanked ? ' is-blank' : ''}${mode === 'presenter' ? ' is-presenter-view' : ''}`}
      aria-label={`${mode === 'presenter' ? 'Presenter view' : 'Presentation'}: ${briefing.name}`}
      tabIndex={-1}
    >
      {blanked ? (
        <p className="presenter-blank-hint visually-hidden">Screen blanked. Press B to show it again.</p>
      ) : (
        <>
          <div className="presenter-stage" aria-live="polite" {...swipe}>
            {view && (mode === 'presenter' ? <PresenterView views={views} step={step} /> : <Slide view={view} />)}
          </div>
          <TimelineStrip strip={strip} step={step} />
          {notesVisible && mode === 'present' && view && (
            <aside className="presenter-notes" aria-label="Talking points">
              <strong>Talking points</strong> <span>{view.talkingPoints || 'None for this step.'}</span>
            </aside>
          )}
          <footer className="presenter-bar">
            <span className="presenter-name">{briefing.name}</span>
            <span className="presenter-controls">
              <button
                type="button"
                onClick={() => s().goToStep(step - 1)}
                disabled={step === 0}
                aria-label={prev.label}
                aria-keyshortcuts={ariaKeyshortcuts(prev)}
              >
                ←
              </button>
              <button
                type="button"
                onClick={() => s().goToStep(step + 1)}
                disabled={step >= n - 1}
                aria-label={next.label}
                aria-keyshortcuts={ariaKeyshortcuts(next)}
              >
                →
              </button>
              {mode === 'present' && (
                <>
                  <button
                    type="button"
                    onClick={() => s().toggleNotes()}
                    aria-pressed={notesVisible}
                    {...withKey(notes)}
                  />
                  <button
                    type="button"
                    className="presenter-open-view"
                    onClick={openPresenterWindow}
                    {...withKey(presenterView)}
                  />
                </>
              )}
              <button type="button" onClick={() => s().stopPresenting()} {...withKey(exit)} />
            </span>
            <span className="presenter-counter" aria-label={`Step ${step + 1} of ${n}`}>
              {step + 1} / {n}
            </span>
          </footer>
        </>
      )}
    </dialog>
  );
}
