/** In the details panel of an event added in this browser: the mark, "Edit event" and "Remove event". */
import { useStore } from '../../store/store';
import { useIsAdded } from '../../app/derived';
import { articlesDb } from '../../app/useAddedArticles';

export function AddedEventActions({ eventId }: { eventId: string }) {
  const added = useIsAdded(eventId);
  const setEditing = useStore((s) => s.setEditingEvent);
  if (!added) return null;
  const remove = async () => {
    const s = useStore.getState();
    const record = s.added.records.events.find((r) => r.id === eventId);
    if (!record || !window.confirm(`Remove “${record.event.title}” from this browser?`)) return;
    const db = await articlesDb();
    const others = s.added.records.events.filter((r) => r.articleId === record.articleId && r.id !== eventId);
    const evidence = s.added.records.evidence.filter((r) => r.articleId === record.articleId);
    if (others.length === 0 && evidence.length === 0) {
      const keep = window.confirm(
        `That was the last event from ${record.articleId}. ` +
          'Keep the article in “Your articles”? (Cancel removes it too.)',
      );
      if (!keep) {
        s.selectEvent(null);
        await db.removeArticle(record.articleId);
        return;
      }
    }
    s.selectEvent(null);
    await db.removeEvent(eventId);
  };
  return (
    <>
      <span className="dp-badge dp-added" style={{ alignSelf: 'center' }}>
        added in this browser
      </span>
      <button type="button" onClick={() => setEditing(eventId)}>
        Edit event
      </button>
      <button type="button" onClick={() => void remove()}>
        Remove event
      </button>
    </>
  );
}
