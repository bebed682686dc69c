// "New timeline", "My timelines" and "Edit a copy" in the header. Their code (the editor, drafts in
// IndexedDB) loads when asked for, never with a reader's first paint.
import { lazy, Suspense, useState } from 'react';
import { useDialogs } from '../app/useDialogs';
import { loadLaterMessages, withLaterMessages } from '../i18n/catalogue';
import { useTranslator } from '../i18n/I18nProvider';
import { useStore } from '../state/store';
import { foreignFrameWords, inForeignFrame } from './framingGuard';

const NewTimelineDialog = lazy(() => withLaterMessages(import('./NewTimelineDialog')));
const MyTimelinesDialog = lazy(() => withLaterMessages(import('./MyTimelinesDialog')));

/**
 * Starts loading the editor's own code (the same chunks the app loads for a draft) as soon as a
 * person asks to make or open a timeline, so it is in, or nearly, when the draft shows.
 */
function preloadEditor(): void {
  void Promise.all([
    import('./EditorShell'),
    import('./EventEditor'),
    import('./SelectionToolbar'),
    loadLaterMessages(),
  ]).catch(() => undefined);
}

export function EditorActions() {
  const { t } = useTranslator();
  const canCopy = useStore((state) => state.loaded !== null && state.origin?.kind !== 'draft');
  const { open, show, close, opener } = useDialogs<'new' | 'mine'>();
  const [copying, setCopying] = useState(false);
  const editCopy = async () => {
    const dataset = useStore.getState().loaded?.dataset;
    if (!dataset) return;
    preloadEditor();
    setCopying(true);
    try {
      await loadLaterMessages();
      // The guard is in the first paint's code already (the reader asks it too).
      if (inForeignFrame()) {
        useStore.getState().notify(foreignFrameWords(), 'warning', 'action');
        return;
      }
      const { createDraft } = await import('./session');
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
      <button
        ref={opener('new')}
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          preloadEditor();
          show('new');
        }}
      >
        {t('editor.newTimeline')}
      </button>
      <button
        ref={opener('mine')}
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          preloadEditor();
          show('mine');
        }}
      >
        {t('editor.myTimelines')}
      </button>
      {canCopy && (
        <button type="button" disabled={copying} onClick={() => void editCopy()}>
          {t('editor.editCopy')}
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
