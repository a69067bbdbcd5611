import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useStore } from '../../store/store';
import { useEventList } from '../../app/derived';
import { collectMarks, type QuoteMark } from '../../lib/sourceMarks';
import { safeHref } from '../../lib/links';
import { longDay } from '../../lib/days';
import type { EventList, Source } from '../../lib/schema';
import type { SourceView } from '../../store/store';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { useSourceText } from './useSourceText';
import { takeSourceOpener } from '../common/sourceOpener';
import { SourceText } from './SourceText';
import { useHeaderOffset } from '../common/useHeaderOffset';
import { APP_ACTIONS } from '../../app/actions/actions';
import { actionTitle, ariaKeyshortcuts } from '../../lib/actions/commands';
// oxlint-disable-next-line import/no-unassigned-import -- the reader's own styles, bundled by Vite
import './source.css';

/**
 * The "Source text" region: the whole article with the current quote marked, scrolled into view
 * and focused, and the other events' quotes from the same article marked as ways to those events.
 * Esc or Close gives focus back to the "Read in source" button that opened it.
 */
export function SourceReader() {
  const view = useStore((s) => s.sourceView);
  const selectedId = useStore((s) => s.selectedId);
  const closeSource = useStore((s) => s.closeSource);
  const data = useEventList();
  const stale = view !== null && view.eventId !== selectedId;
  const headerOffset = useHeaderOffset();

  // The reader belongs to the selected event's quote: another selection closes it.
  useEffect(() => {
    if (stale) closeSource();
  }, [stale, closeSource]);

  // Focus back to the opener ("Read in source") when the reader closes on the same event.
  const wasOpen = useRef(false);
  useLayoutEffect(() => {
    if (view) {
      wasOpen.current = true;
      return;
    }
    if (!wasOpen.current) return;
    wasOpen.current = false;
    const o = takeSourceOpener();
    if (!o || useStore.getState().selectedId !== o.eventId) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    document.querySelector<HTMLElement>(`[data-read-source="${CSS.escape(o.key)}"]`)?.focus();
  }, [view]);

  if (!view || !data || stale) return null;
  return (
    <section
      className="source-reader"
      data-region="source-text"
      aria-labelledby="source-region-label"
      style={headerOffset}
    >
      <ErrorBoundary
        name="Source text"
        resetKeys={[view.sourceId, view.eventId, view.evidenceIndex]}
        onClose={closeSource}
      >
        <SourceBody view={view} data={data} />
      </ErrorBoundary>
    </section>
  );
}

function SourceBody({ view, data }: { view: SourceView; data: EventList }) {
  const closeSource = useStore((s) => s.closeSource);
  const openSource = useStore((s) => s.openSource);
  const selectEvent = useStore((s) => s.selectEvent);
  const source = useMemo(() => data.sources.find((s) => s.id === view.sourceId) ?? null, [data, view.sourceId]);
  const state = useSourceText(source);
  const text = state.status === 'ready' ? state.value.text : null;
  const current = useMemo(
    () => ({ eventId: view.eventId, evidenceIndex: view.evidenceIndex }),
    [view.eventId, view.evidenceIndex],
  );
  const found = useMemo(
    () => (text === null ? null : collectMarks(text, data.events, view.sourceId, current)),
    [text, data, view.sourceId, current],
  );
  const bodyRef = useRef<HTMLDivElement | null>(null);

  // Esc closes the reader (it sits on top of the details panel): APP_ACTIONS.closeSource, by the dispatcher.

  // Scroll the current quote into view and focus it once the text is there.
  useLayoutEffect(() => {
    if (!found) return;
    const mark = bodyRef.current?.querySelector<HTMLElement>('[data-current-start]');
    const target = mark ?? bodyRef.current?.querySelector<HTMLElement>('.sr-heading');
    target?.focus({ preventScroll: true });
    mark?.scrollIntoView({ block: 'center' });
  }, [found]);

  const activate = useCallback(
    (m: QuoteMark) => {
      if (m.eventId === view.eventId) {
        openSource({ sourceId: view.sourceId, eventId: m.eventId, evidenceIndex: m.evidenceIndex });
        return;
      }
      closeSource();
      selectEvent(m.eventId);
    },
    [view, openSource, closeSource, selectEvent],
  );

  const currentMissing = found?.missing.some(
    (x) => x.eventId === view.eventId && x.evidenceIndex === view.evidenceIndex,
  );
  const others = found ? new Set(found.marks.filter((m) => m.kind === 'other-event').map((m) => m.eventId)).size : 0;
  return (
    <div ref={bodyRef}>
      <div className="dp-bar">
        <p id="source-region-label" className="dp-label">
          Source text
        </p>
        <button
          type="button"
          className="dp-close"
          onClick={closeSource}
          title={actionTitle(APP_ACTIONS.closeSource)}
          aria-keyshortcuts={ariaKeyshortcuts(APP_ACTIONS.closeSource)}
        >
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{APP_ACTIONS.closeSource.label}</span>
        </button>
      </div>
      {source ? (
        <SourceHeading source={source} />
      ) : (
        <output className="dp-message">Unknown source “{view.sourceId}”.</output>
      )}
      {state.status === 'loading' && source && <output className="dp-message">Loading the article text…</output>}
      {state.status === 'error' && <p role="alert">The article text could not be loaded: {state.message}</p>}
      {state.status === 'ready' && state.value.checksumOk === false && (
        <output className="dp-message sr-warning">
          Warning: this text does not match the checksum in the event list; it may have changed since the quotes were
          taken.
        </output>
      )}
      {currentMissing && (
        <output className="dp-message sr-warning">The quote you came from was not found in this text.</output>
      )}
      {found && (
        <>
          <p className="sr-legend muted">
            <span className="sr-swatch sr-swatch-current">Your quote</span>{' '}
            {others > 0 && (
              <>
                <span className="sr-swatch sr-swatch-other">Other events</span> ({others}): activate a passage to see
                its event.
              </>
            )}
          </p>
          <SourceText text={text ?? ''} marks={found.marks} events={data.events} onActivate={activate} />
        </>
      )}
    </div>
  );
}

function SourceHeading({ source }: { source: Source }) {
  const href = safeHref(source.url);
  const date = longDay(source.published);
  return (
    <header className="sr-heading" tabIndex={-1}>
      <h2>{source.headline}</h2>
      <p className="muted">
        {source.outlet}
        {source.agency ? ` (${source.agency})` : ''}, <time dateTime={source.published}>{date}</time>
        {href && (
          <>
            {' · '}
            <a href={href} target="_blank" rel="noopener noreferrer">
              Original article<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </>
        )}
      </p>
    </header>
  );
}
