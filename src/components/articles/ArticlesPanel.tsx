/**
 * "Your articles": every article added in this browser with its events, what the browser's storage
 * holds (navigator.storage.estimate) and whether it is kept persistently (navigator.storage.persist),
 * the records that could not be read (set aside, never dropped), and export / import as a .zip.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../store/store';
import { useMerged } from '../../app/derived';
import { articlesDb } from '../../app/useAddedArticles';
import { shortDay } from '../../lib/intake/article';
import { MyArticlesZip } from './MyArticlesZip';
import './articles.css';

interface Storage {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

const mb = (n: number) =>
  n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} kB` : `${(n / 1024 / 1024).toFixed(1)} MB`;

function useStorageInfo(open: boolean): Storage {
  const [info, setInfo] = useState<Storage>({ persisted: null, usage: null, quota: null });
  useEffect(() => {
    if (!open || !navigator.storage) return;
    let live = true;
    void (async () => {
      const persisted =
        (await navigator.storage.persisted?.().catch(() => false)) ||
        (await navigator.storage.persist?.().catch(() => false)) ||
        false;
      const est = await navigator.storage.estimate?.().catch(() => null);
      if (live) setInfo({ persisted, usage: est?.usage ?? null, quota: est?.quota ?? null });
    })();
    return () => {
      live = false;
    };
  }, [open]);
  return info;
}

export function ArticlesPanel() {
  const open = useStore((s) => s.articlesPanelOpen);
  const setOpen = useStore((s) => s.setArticlesPanelOpen);
  const added = useStore((s) => s.added);
  const merged = useMerged();
  const selectEvent = useStore((s) => s.selectEvent);
  const ref = useRef<HTMLDialogElement>(null);
  const storage = useStorageInfo(open);
  useEffect(() => {
    const d = ref.current;
    if (open && d && !d.open) d.showModal();
    if (!open && d?.open) d.close();
    if (open && added.status === 'none') void articlesDb().catch(() => {});
  }, [open, added.status]);
  const events = merged?.list.events ?? [];
  return (
    <dialog ref={ref} className="your-articles" aria-labelledby="your-articles-title" onClose={() => setOpen(false)}>
      <div className="ya-head">
        <h2 id="your-articles-title">Your articles</h2>
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
      <p className="ya-storage">
        Kept in this browser’s own database
        {storage.usage !== null
          ? `; the site uses ${mb(storage.usage)}${storage.quota ? ` of ${mb(storage.quota)} available` : ''}`
          : ''}
        .{' '}
        {storage.persisted === true
          ? 'The browser keeps it persistently (it is not cleared to free space).'
          : storage.persisted === false
            ? 'The browser may clear it when space runs low: export your articles to keep a copy.'
            : ''}
      </p>
      {added.error && (
        <p role="alert" className="ya-error">
          {added.error}
        </p>
      )}
      {added.setAside.length > 0 && (
        <div role="alert" className="ya-setaside">
          <p>
            {added.setAside.length} stored record{added.setAside.length === 1 ? '' : 's'} could not be read: set aside,
            left in the database untouched.
          </p>
          <ul>
            {added.setAside.map((x) => (
              <li key={`${x.table}:${x.key}`}>
                {x.table} {x.key}: {x.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {merged && merged.problems.length > 0 && (
        <ul className="ya-problems" aria-label="Added records not shown">
          {merged.problems.map((p, i) => (
            <li key={i}>
              {p.id}: {p.message}
            </li>
          ))}
        </ul>
      )}
      {added.records.articles.length === 0 ? (
        <p>No article has been added in this browser yet. Use “Add article” in the header.</p>
      ) : (
        <ul className="ya-list">
          {added.records.articles.map((a) => {
            const mine = events.filter((e) => e.evidence.some((q) => q.source === a.id));
            return (
              <li key={a.id}>
                <p className="ya-article">
                  <strong>{a.headline}</strong> — {a.outlet}, {a.published}{' '}
                  <span className="muted">
                    ({a.id}, added {shortDay(a.addedAt)})
                  </span>
                </p>
                <ul>
                  {mine.map((e) => (
                    <li key={e.id}>
                      <button
                        type="button"
                        className="ya-event"
                        onClick={() => {
                          setOpen(false);
                          selectEvent(e.id);
                        }}
                      >
                        {e.title}
                      </button>
                      {!merged?.addedEventIds.has(e.id) && <span className="muted"> (more evidence)</span>}
                    </li>
                  ))}
                </ul>
                <button
                  type="button"
                  onClick={() => {
                    if (window.confirm(`Remove “${a.headline}” and its ${mine.length} event(s) from this browser?`))
                      void articlesDb().then((db) => db.removeArticle(a.id));
                  }}
                >
                  Remove article
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <MyArticlesZip />
    </dialog>
  );
}
