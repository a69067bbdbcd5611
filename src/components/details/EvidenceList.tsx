import { isImportedSource } from '../../lib/exchange/importedSource';
import { useStore } from '../../store/store';
import { linkHost, safeHref } from '../../lib/links';
import type { Source, TimelineEvent } from '../../lib/schema';
import { rememberSourceOpener } from '../common/sourceOpener';
import { Highlighted } from '../common/Highlighted';
import { longDay } from '../../lib/days';

function published(iso: string): string {
  try {
    return longDay(iso);
  } catch {
    return iso;
  }
}

/** The data-attribute that lets the source reader give focus back to its opener. */
export function readInSourceId(eventId: string, evidenceIndex: number): string {
  return `${eventId}:${evidenceIndex}`;
}

/** Each evidence quote in a blockquote, with its article, a link to the original and "Read in source". */
export function EvidenceList({
  event,
  sources,
  terms,
}: {
  event: TimelineEvent;
  sources: readonly Source[];
  /** Search terms to mark in the quotes. */
  terms: readonly string[];
}) {
  const openSource = useStore((s) => s.openSource);
  return (
    <ol className="dp-evidence-list">
      {event.evidence.map((ev, i) => {
        const source = sources.find((s) => s.id === ev.source);
        const href = source ? safeHref(source.url) : null;
        return (
          <li key={`${i}-${ev.source}`} className="dp-evidence">
            <figure>
              <blockquote>
                <p>
                  <Highlighted text={ev.quote} terms={terms} />
                </p>
              </blockquote>
              <figcaption>
                {source ? (
                  <>
                    <span className="dp-outlet">{source.outlet}</span>
                    {source.agency && <span> ({source.agency})</span>}
                    {', '}
                    {isImportedSource(source) && 'imported '}
                    <time dateTime={source.published}>{published(source.published)}</time>
                    <cite>{source.headline}</cite>
                    {href ? (
                      <a href={href} target="_blank" rel="noopener noreferrer">
                        Original article<span className="visually-hidden"> (opens in a new tab)</span>
                        <span aria-hidden="true"> · {linkHost(href)}</span>
                      </a>
                    ) : isImportedSource(source) ? (
                      <span className="dp-no-link">Imported file: there is no original article to link to.</span>
                    ) : (
                      <span className="dp-no-link">Original address not shown: not a web (http/https) address.</span>
                    )}
                  </>
                ) : (
                  <span className="dp-no-link">Unknown source “{ev.source}”.</span>
                )}
              </figcaption>
            </figure>
            {source && (
              <button
                type="button"
                className="dp-read-source"
                data-read-source={readInSourceId(event.id, i)}
                onClick={() => {
                  rememberSourceOpener({ eventId: event.id, key: readInSourceId(event.id, i) });
                  openSource({ sourceId: source.id, eventId: event.id, evidenceIndex: i });
                }}
              >
                Read in source
                <span className="visually-hidden">
                  : {source.outlet}, quote {i + 1}
                </span>
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
