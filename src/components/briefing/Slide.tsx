/** One presentation step, as the audience sees it. */
import type { StepView } from '../../lib/briefing/present';
import { useFitText } from './useFitText';
import { withQuoteMarks } from '../../lib/briefing/quoteMarks';

export function Slide({ view }: { view: StepView }) {
  const ref = useFitText<HTMLDivElement>();
  if (view.kind === 'title')
    return (
      <div className="slide slide-title" ref={ref}>
        <h2 className="slide-heading">{view.title}</h2>
        {view.text && <p className="slide-summary">{view.text}</p>}
      </div>
    );
  const quote = view.quotes[0];
  return (
    <div className={`slide${view.planned ? ' is-planned' : ''}`} ref={ref}>
      <p className="slide-date">
        {view.dateLabel}
        {view.planned && <span className="planned-badge">planned</span>}
      </p>
      <h2 className="slide-heading">{view.title}</h2>
      {view.summary && <p className="slide-summary">{view.summary}</p>}
      {quote && (
        <figure className="slide-quote">
          <blockquote>{withQuoteMarks(quote.text)}</blockquote>
          <figcaption>
            — {quote.outlet}
            {quote.published && `, ${quote.published}`}
          </figcaption>
        </figure>
      )}
    </div>
  );
}
