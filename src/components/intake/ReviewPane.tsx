/**
 * Review beside the text: the article with every proposal's quote marked, the proposed events
 * to accept, edit, merge or reject, passages selected to make new events or evidence, and
 * "Add N accepted events", which checks everything as the pipeline does before anything is kept.
 */
import { useState } from 'react';
import { useStore } from '../../store/store';
import type { EventList } from '../../lib/schema';
import { acceptDrafts, draftFromSelection, mergeDrafts, type Draft } from '../../lib/intake/drafts';
import { RECORD_VERSION, type ArticleRecord } from '../../lib/intake/records';
import { articlesDb } from '../../app/useAddedArticles';
import { MarkedArticle } from './MarkedArticle';
import { DraftItem } from './DraftItem';

interface Props {
  article: ArticleRecord;
  initial: Draft[];
  list: EventList;
  onBack: () => void;
  onDone: () => void;
}

export function ReviewPane({ article, initial, list, onBack, onDone }: Props) {
  const [drafts, setDrafts] = useState(initial);
  const [current, setCurrent] = useState<string | null>(initial[0]?.key ?? null);
  const [picked, setPicked] = useState<string[]>([]);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [target, setTarget] = useState('');
  const [problems, setProblems] = useState<{ key: string; message: string }[]>([]);
  const [status, setStatus] = useState('');
  const accepted = drafts.filter((d) => d.decision === 'accepted').length;
  const update = (d: Draft) => setDrafts((ds) => ds.map((x) => (x.key === d.key ? d : x)));

  const merge = () => {
    const chosen = drafts.filter((d) => picked.includes(d.key));
    if (chosen.length < 2) return;
    const merged = mergeDrafts(chosen);
    setDrafts((ds) =>
      [...ds.filter((d) => !picked.includes(d.key)), merged].toSorted(
        (a, b) => a.quotes[0]!.start - b.quotes[0]!.start,
      ),
    );
    setPicked([]);
    setCurrent(merged.key);
    setStatus(`Merged ${chosen.length} proposals into one.`);
  };
  const fromSelection = () => {
    if (!selection) return;
    const d = draftFromSelection(article.text, selection.start, selection.end, article.published);
    if (drafts.some((x) => x.key === d.key)) return setCurrent(d.key);
    setDrafts((ds) => [...ds, d].toSorted((a, b) => a.quotes[0]!.start - b.quotes[0]!.start));
    setCurrent(d.key);
    setStatus('A new event from the selection: give it a title, a date expression and a theme.');
  };
  const addEvidence = () => {
    if (!selection || !target) return;
    const q = { text: article.text.slice(selection.start, selection.end), ...selection };
    if (target.startsWith('draft:')) {
      const key = target.slice(6);
      setDrafts((ds) =>
        ds.map((d) => (d.key === key ? { ...d, quotes: [...d.quotes, q].toSorted((a, b) => a.start - b.start) } : d)),
      );
      setStatus('The selection was added as a quote.');
    } else {
      const ev = list.events.find((e) => e.id === target.slice(6));
      if (!ev) return;
      // A key of its own: the selection's key (s-start-end) is the event made from it, and the same passage
      // may be evidence for several events; drafts are told apart by key (edits, decisions, the marks).
      const key = `e-${q.start}-${q.end}-${ev.id}`;
      if (drafts.some((x) => x.key === key)) return setCurrent(key);
      const d: Draft = {
        ...draftFromSelection(article.text, q.start, q.end, article.published),
        key,
        title: ev.title,
        decision: 'accepted',
        corroborates: { eventId: ev.id, title: ev.title, reason: 'chosen by you' },
      };
      setDrafts((ds) => [...ds, d]);
      setStatus(`The selection will be added as evidence for “${ev.title}”.`);
    }
  };

  const save = async () => {
    const r = acceptDrafts(article, drafts, list);
    if (!r.ok) {
      setProblems(r.problems);
      setStatus(`${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}: nothing was added yet.`);
      return;
    }
    const now = article.addedAt;
    try {
      const db = await articlesDb();
      await db.addRecords({
        articles: [article],
        events: r.value.events.map((event) => ({
          v: RECORD_VERSION,
          id: event.id,
          articleId: article.id,
          addedAt: now,
          event,
        })),
        evidence: r.value.evidence.map((x, i) => ({
          v: RECORD_VERSION,
          id: `${x.eventId}|${article.id}|${i}`,
          eventId: x.eventId,
          articleId: article.id,
          addedAt: now,
          evidence: x.evidence,
        })),
      });
    } catch (e) {
      setStatus(
        `Nothing was added: the browser’s database refused it (${e instanceof Error ? e.message : String(e)}).`,
      );
      return;
    }
    const n = r.value.events.length + r.value.evidence.length;
    useStore
      .getState()
      .addNotice(`Added ${n} event${n === 1 ? '' : 's'} from “${article.headline}” (${article.id}) in this browser.`);
    onDone();
  };

  const problemsOf = (key: string) => problems.filter((p) => p.key === key).map((p) => p.message);
  return (
    <div className="aa-review">
      <div className="aa-review-text">
        <MarkedArticle text={article.text} drafts={drafts} current={current} onSelect={setSelection} />
        <fieldset className="aa-selection">
          <legend className="visually-hidden">The selected passage</legend>
          <button type="button" disabled={!selection} onClick={fromSelection}>
            Make an event from the selection
          </button>
          <label>
            <span className="visually-hidden">Event for the selection</span>
            <select value={target} onChange={(e) => setTarget(e.target.value)} aria-label="Event for the selection">
              <option value="">(choose an event)</option>
              <optgroup label="This article">
                {drafts
                  .filter((d) => d.decision !== 'rejected' && !d.corroborates)
                  .map((d) => (
                    <option key={d.key} value={`draft:${d.key}`}>
                      {d.title || 'untitled'}
                    </option>
                  ))}
              </optgroup>
              <optgroup label="On the timeline">
                {list.events.map((e) => (
                  <option key={e.id} value={`event:${e.id}`}>
                    {e.title}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
          <button type="button" disabled={!selection || !target} onClick={addEvidence}>
            Add the selection as evidence to…
          </button>
        </fieldset>
      </div>
      <div className="aa-review-list">
        <div className="aa-review-bar">
          <button type="button" onClick={onBack}>
            Back to the article
          </button>
          <button type="button" disabled={picked.length < 2} onClick={merge}>
            Merge
          </button>
        </div>
        {drafts.length === 0 && <p>No dated or reported happenings were found: select a passage to make an event.</p>}
        <ul className="aa-drafts" aria-label="proposed events">
          {drafts.map((d) => (
            <DraftItem
              key={d.key}
              draft={d}
              themes={list.themes}
              current={d.key === current}
              problems={problemsOf(d.key)}
              picked={picked.includes(d.key)}
              onChange={update}
              onShow={() => setCurrent(d.key)}
              onPick={(on) => setPicked((p) => (on ? [...p, d.key] : p.filter((k) => k !== d.key)))}
            />
          ))}
        </ul>
        <output className="aa-status">{status}</output>
        <button type="button" className="aa-primary" disabled={accepted === 0} onClick={() => void save()}>
          Add {accepted} accepted event{accepted === 1 ? '' : 's'}
        </button>
      </div>
    </div>
  );
}
