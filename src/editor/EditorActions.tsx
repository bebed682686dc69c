// "New timeline", "My timelines" and "Edit a copy" in the header. Their code (the editor, drafts in
// IndexedDB) loads when asked for, never with a reader's first paint.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useStore } from '../state/store';

const NewTimelineDialog = lazy(() => import('./NewTimelineDialog'));
const MyTimelinesDialog = lazy(() => import('./MyTimelinesDialog'));

type Open = 'new' | 'mine' | null;

export function EditorActions() {
  const canCopy = useStore((state) => state.loaded !== null && state.origin?.kind !== 'draft');
  const [open, setOpen] = useState<Open>(null);
  const [copying, setCopying] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const mineButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLButtonElement | null>(null);
  const close = () => {
    returnFocus.current = open === 'mine' ? mineButton.current : newButton.current;
    setOpen(null);
  };
  useEffect(() => {
    if (open !== null || !returnFocus.current) return;
    returnFocus.current.focus();
    returnFocus.current = null;
  }, [open]);
  const editCopy = async () => {
    const dataset = useStore.getState().loaded?.dataset;
    if (!dataset) return;
    setCopying(true);
    try {
      const [{ createDraft }, { FOREIGN_FRAME_WORDS, inForeignFrame }] = await Promise.all([
        import('./session'),
        import('./frame'),
      ]);
      if (inForeignFrame()) {
        useStore.getState().notify(FOREIGN_FRAME_WORDS, 'warning', 'action');
        return;
      }
      await createDraft(dataset);
    } catch (error) {
      useStore
        .getState()
        .notify(error instanceof Error ? error.message : String(error), 'warning', 'view');
    } finally {
      setCopying(false);
    }
  };
  return (
    <>
      <button ref={newButton} type="button" aria-haspopup="dialog" onClick={() => setOpen('new')}>
        New timeline
      </button>
      <button ref={mineButton} type="button" aria-haspopup="dialog" onClick={() => setOpen('mine')}>
        My timelines
      </button>
      {canCopy && (
        <button type="button" disabled={copying} onClick={() => void editCopy()}>
          Edit a copy
        </button>
      )}
      {open && (
        <Suspense fallback={null}>
          {open === 'new' ? (
            <NewTimelineDialog onClose={close} />
          ) : (
            <MyTimelinesDialog onClose={close} />
          )}
        </Suspense>
      )}
    </>
  );
}
