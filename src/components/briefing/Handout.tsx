/**
 * Print-only handout (@media print hides the app and shows this): a cover with the briefing
 * title, date range, the themes of its events, what it was built from and number of events; an
 * SVG overview of the timeline (sharp in print); then one entry per step with date, title, summary,
 * talking points and its quotes as numbered footnotes, one per distinct quote (outlet, headline,
 * publication date, address).
 * Entries do not split unless one is longer than a page.
 * While a briefing is open, printing the page prints this handout; without one the app prints as it is.
 */
import { withQuoteMarks } from '../../lib/briefing/quoteMarks';
import { safeHref } from '../../lib/links';
import { useEffect, useMemo, useState } from 'react';
import { useStore } from '../../store/store';
import { currentBriefing } from '../../store/briefingSlice';
import { useEventList } from '../../app/derived';
import { buildHandout, type Footnote } from '../../lib/briefing/handout';
import { buildStrip } from '../../lib/briefing/strip';
import { dayLabel } from '../../lib/briefing/present';
import { HandoutOverview } from './HandoutOverview';
import './handout.css';

/** Outlet, headline, date and address; a source already given in full points to that note. */
function SourceLine({ note }: { note: Footnote }) {
  if (note.sourceNote !== null)
    return <>{`${note.outlet}, ${note.published}; address as in note ${note.sourceNote}.`}</>;
  const href = safeHref(note.url);
  return (
    <>
      {note.outlet}, “{note.headline}”, {note.published}.{' '}
      {/* Only an address safeHref accepts is printed, as on the screen. */}
      {href ? <a href={href}>{href}</a> : null}
    </>
  );
}

export function Handout() {
  const briefing = useStore((s) => currentBriefing(s));
  const data = useEventList();
  const [today] = useState(() => new Date().toISOString().slice(0, 10));
  const model = useMemo(() => (briefing && data ? buildHandout(briefing, data) : null), [briefing, data]);
  const strip = useMemo(() => (briefing && data ? buildStrip(briefing, data, 0.02) : null), [briefing, data]);
  // While there is a briefing, printing the page prints its handout (handout.css); otherwise the app prints as it is.
  const active = model !== null;
  useEffect(() => {
    if (!active) return;
    document.documentElement.dataset.print = 'handout';
    return () => void delete document.documentElement.dataset.print;
  }, [active]);
  if (!model || !strip) return null;
  return (
    <article className="handout">
      <section className="handout-cover">
        <p className="handout-kicker">Briefing</p>
        <h1>{model.title}</h1>
        <dl className="handout-facts">
          <dt>Period</dt>
          <dd>{model.dateRange}</dd>
          <dt>Themes</dt>
          <dd>{model.themes.join(', ') || 'none'}</dd>
          <dt>Built from</dt>
          <dd>
            {model.builtFrom.length
              ? model.builtFrom.join('; ')
              : 'the events chosen, with no search, period or hidden theme'}
          </dd>
          <dt>Events</dt>
          <dd>{model.eventCount}</dd>
          <dt>Prepared</dt>
          <dd>
            {dayLabel(today)} with Briefline. Every event cites its sources; numbers in brackets refer to the footnotes
            under each entry.
          </dd>
        </dl>
        <figure className="handout-overview">
          <HandoutOverview strip={strip} />
          <figcaption>
            Overview: each row is a step of this briefing, placed on the time axis; bars span the period an event
            covers; open circles with an arrow happened before that day (exact date unknown); dashed circles are
            planned.
          </figcaption>
        </figure>
      </section>
      <ol className="handout-entries">
        {model.entries.map((e) => (
          <li key={e.index} className={`handout-entry${e.kind === 'title' ? ' is-title' : ''}`}>
            {e.kind === 'title' ? (
              <h2>{e.title}</h2>
            ) : (
              <>
                <p className="handout-date">
                  <span className="handout-step">{e.index + 1}.</span> {e.dateLabel}
                  {e.planned && ' · planned'}
                </p>
                <h2>{e.title}</h2>
              </>
            )}
            {e.summary && (
              <p>
                {e.summary}
                {e.cites.map((n) => (
                  <sup key={n}> [{n}]</sup>
                ))}
              </p>
            )}
            {e.talkingPoints && (
              <div className="handout-points">
                <strong>Talking points:</strong> {e.talkingPoints}
              </div>
            )}
            {(e.footnotes.length > 0 || e.repeats.length > 0) && (
              <ol className="handout-footnotes">
                {e.footnotes.map((f) => (
                  <li key={f.n} value={f.n}>
                    [{f.n}] {withQuoteMarks(f.text)} — <SourceLine note={f} />
                  </li>
                ))}
                {e.repeats.map((r) => (
                  <li key={`again-${r.n}`} className="handout-again">
                    [{r.n}] quoted under step {r.step}.
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}
