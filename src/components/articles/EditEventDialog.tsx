/** "Edit event" for an event added in this browser: its fields, checked by the pipeline's build before it is kept. */
import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../store/store';
import { useEventList } from '../../app/derived';
import { articlesDb } from '../../app/useAddedArticles';
import { buildArticleEvents } from '../../lib/intake/build';
import type { EventRecord } from '../../lib/intake/records';
import { EventFields } from '../common/EventFields';

type RecordDate = EventRecord['event']['date'];
/** The date with its expression and undated flag changed (undated: true, or no flag at all). */
function dateWith(d: RecordDate, expression: string, undated: boolean): RecordDate {
  const { undated: _was, ...rest } = d;
  return undated ? { ...rest, expression, undated: true } : { ...rest, expression };
}

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
          <EventFields
            value={{ ...draft, expression: draft.date.expression, undated: draft.date.undated === true }}
            themes={list.themes}
            onChange={({ expression, undated, ...rest }) =>
              set({
                ...rest,
                ...(expression !== undefined || undated !== undefined
                  ? { date: dateWith(draft.date, expression ?? draft.date.expression, undated ?? !!draft.date.undated) }
                  : {}),
              })
            }
          />
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
