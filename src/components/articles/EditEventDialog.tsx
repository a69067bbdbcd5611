/** "Edit event" for an event added in this browser: its fields, checked by the pipeline's build before it is kept. */
import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../store/store';
import { useEventList } from '../../app/derived';
import { articlesDb } from '../../app/useAddedArticles';
import { buildArticleEvents } from '../../lib/intake/build';
import type { EventRecord } from '../../lib/intake/records';

export function EditEventDialog() {
  const id = useStore((s) => s.editingEventId);
  const setEditing = useStore((s) => s.setEditingEvent);
  const record = useStore((s) => s.added.records.events.find((r) => r.id === id) ?? null);
  const article = useStore((s) => s.added.records.articles.find((a) => a.id === record?.articleId) ?? null);
  const list = useEventList();
  const ref = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<EventRecord['event'] | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    const d = ref.current;
    if (record && d && !d.open) {
      setDraft(record.event);
      setProblems([]);
      d.showModal();
    }
    if (!id && d?.open) d.close();
  }, [id, record]);
  const close = () => setEditing(null);
  const save = async () => {
    if (!record || !draft || !article || !list) return;
    const event = {
      ...draft,
      title: draft.title.trim(),
      summary: draft.summary.trim() || draft.title.trim(),
      actors: draft.actors.map((a) => a.trim()).filter(Boolean),
    };
    const r = buildArticleEvents(article, [event], list.themes, list.title);
    if (!r.ok) return setProblems(r.problems);
    await (await articlesDb()).updateEvent({ ...record, event });
    close();
  };
  const set = (patch: Partial<EventRecord['event']>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  return (
    <dialog ref={ref} className="your-articles" aria-labelledby="edit-event-title" onClose={close}>
      <h2 id="edit-event-title">Edit event</h2>
      {draft && list && (
        <form
          className="aa-edit"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label>
            Title <input value={draft.title} onChange={(e) => set({ title: e.target.value })} />
          </label>
          <label>
            Summary <textarea rows={3} value={draft.summary} onChange={(e) => set({ summary: e.target.value })} />
          </label>
          <label>
            Date expression (the article’s words, inside a quote){' '}
            <input
              value={draft.date.expression}
              onChange={(e) => set({ date: { ...draft.date, expression: e.target.value } })}
            />
          </label>
          <label className="aa-inline">
            <input
              type="checkbox"
              checked={draft.date.undated === true}
              onChange={(e) =>
                set({
                  date: e.target.checked
                    ? { ...draft.date, undated: true }
                    : { expression: draft.date.expression, source: draft.date.source },
                })
              }
            />{' '}
            Undated: happened before publication
          </label>
          <label>
            Status{' '}
            <select
              value={draft.status}
              onChange={(e) => set({ status: e.target.value as EventRecord['event']['status'] })}
            >
              <option value="reported">reported</option>
              <option value="planned">planned</option>
            </select>
          </label>
          <label>
            Actors (comma separated){' '}
            <input
              value={draft.actors.join(', ')}
              onChange={(e) => set({ actors: e.target.value.split(',').map((a) => a.trimStart()) })}
            />
          </label>
          <fieldset className="aa-themes">
            <legend>Themes</legend>
            {list.themes.map((t) => (
              <label key={t.id} className="aa-inline">
                <input
                  type="checkbox"
                  checked={draft.themes.includes(t.id)}
                  onChange={(e) =>
                    set({ themes: e.target.checked ? [...draft.themes, t.id] : draft.themes.filter((x) => x !== t.id) })
                  }
                />{' '}
                {t.label}
              </label>
            ))}
          </fieldset>
          {problems.length > 0 && (
            <ul role="alert">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <div className="aa-draft-buttons">
            <button type="submit">Save changes</button>
            <button type="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
