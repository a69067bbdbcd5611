/**
 * "Add article" and "Your articles" in the header. Their dialogs (and the proposer, Readability,
 * the database code) load on first use, so the start-up bytes do not grow.
 */
import { lazy, Suspense, useState } from 'react';
import { useStore } from '../../store/store';

const AddArticleDialog = lazy(() => import('./AddArticleDialog').then((m) => ({ default: m.AddArticleDialog })));
const ArticlesPanel = lazy(() => import('../articles/ArticlesPanel').then((m) => ({ default: m.ArticlesPanel })));
const EditEventDialog = lazy(() => import('../articles/EditEventDialog').then((m) => ({ default: m.EditEventDialog })));

function useOnce(now: boolean) {
  const [ever, setEver] = useState(now);
  if (now && !ever) setEver(true);
  return ever || now;
}

export function IntakeButtons() {
  const addOpen = useStore((s) => s.addDialogOpen);
  const panelOpen = useStore((s) => s.articlesPanelOpen);
  const editing = useStore((s) => s.editingEventId !== null);
  const setAddOpen = useStore((s) => s.setAddDialogOpen);
  const setPanelOpen = useStore((s) => s.setArticlesPanelOpen);
  const count = useStore((s) => s.added.records.articles.length);
  const loadAdd = useOnce(addOpen);
  const loadPanel = useOnce(panelOpen);
  const loadEdit = useOnce(editing);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setAddOpen(true)}>
        Add article
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setPanelOpen(true)}>
        Your articles{count ? ` (${count})` : ''}
      </button>
      <Suspense fallback={null}>
        {loadAdd && <AddArticleDialog />}
        {loadPanel && <ArticlesPanel />}
        {loadEdit && <EditEventDialog />}
      </Suspense>
    </>
  );
}
