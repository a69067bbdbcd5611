import { format, parseISO } from 'date-fns';
import { useStore } from '../../store/store';
import { linkHost, safeHref } from '../../lib/links';
import type { Source, TimelineEvent } from '../../lib/schema';

function published(iso: string): string {
  try {
    return format(parseISO(iso), 'EEE d MMM yyyy');
  } catch {
    return iso;
  }
}

/** The data-attribute that lets the source reader give focus back to its opener. */
export function readInSourceId(eventId: string, evidenceIndex: number): string {
  return `${eventId}:${evidenceIndex}`;
}

/** Each evidence quote in a blockquote, with its article, a link to the original and "Read in source". */
export function EvidenceList({ event, sources }: { event: TimelineEvent; sources: readonly Source[] }) {
  const openSource = useStore((s) => s.openSource);
  return (
    <ol className="evidence-list">
      {event.evidence.map((ev, i) => {
        const source = sources.find((s) => s.id === ev.source);
        const href = source ? safeHref(source.url) : null;
        return (
          <li key={`${i}-${ev.source}`} className="evidence">
            <figure>
              <blockquote>
                <p>{ev.quote}</p>
              </blockquote>
              <figcaption>
                {source ? (
                  <>
                    <span className="outlet">{source.outlet}</span>
                    {source.agency && <span className="agency"> ({source.agency})</span>}
                    {', '}
                    <time dateTime={source.published}>{published(source.published)}</time>
                    <cite className="headline">{source.headline}</cite>
                    {href ? (
                      <a className="original-link" href={href} target="_blank" rel="noopener noreferrer">
                        Original article<span className="sr-only"> (opens in a new tab)</span>
                        <span className="link-host" aria-hidden="true"> · {linkHost(href)}</span>
                      </a>
                    ) : (
                      <span className="no-link">Original address not shown: not a web (http/https) address.</span>
                    )}
                  </>
                ) : (
                  <span className="no-link">Unknown source “{ev.source}”.</span>
                )}
              </figcaption>
            </figure>
            {source && (
              <button
                type="button"
                className="read-source"
                data-read-source={readInSourceId(event.id, i)}
                onClick={() => openSource({ sourceId: source.id, eventId: event.id, evidenceIndex: i })}
              >
                Read in source<span className="sr-only">: {source.outlet}, quote {i + 1}</span>
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
