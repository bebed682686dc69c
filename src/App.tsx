import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { CopyLinkButton } from './app/CopyLinkButton';
import { DropZone } from './app/DropZone';
import { ErrorBoundary } from './app/ErrorBoundary';
import { Header } from './app/Header';
import { LanguageMenu } from './app/LanguageMenu';
import { LoadFailureSlot } from './app/LoadFailureSlot';
import { LoadingStatus } from './app/LoadingStatus';
import { Notices } from './app/Notices';
import { SelectionAnnouncer } from './app/SelectionAnnouncer';
import { useDrawnAfterFrame } from './app/useDrawnAfterFrame';
import { ArticleReader } from './article/ArticleReader';
import { DetailPanel } from './detail/DetailPanel';
import { EditorActions } from './editor/EditorActions';
import { Sidebar } from './filters/Sidebar';
import { withLaterMessages } from './i18n/catalogue';
import { useTranslator } from './i18n/I18nProvider';
import { PrintView } from './print/PrintView';
import { ShareActions } from './share/ShareActions';
import { useStore } from './state/store';
import { startUrlSync } from './state/urlSync';
import { TimelineSlot } from './timeline/TimelineSlot';

// The timeline (vis-timeline and its dependencies) loads after first paint, in its own chunk.
// Opening other datasets is for some users only: loaded when asked for.
// The embedded view (a page of its own, `?embed`) is no reader's first paint of the full app.
const EmbeddedApp = lazy(() =>
  import('./embed/EmbeddedApp').then((m) => ({ default: m.EmbeddedApp })),
);
const OpenDatasetPanel = lazy(() => withLaterMessages(import('./open/OpenDatasetPanel')));
// The editor, for drafts only: its bar, and its forms in the details' place.
const EditorShell = lazy(() => withLaterMessages(import('./editor/EditorShell')));
const EventEditor = lazy(() => withLaterMessages(import('./editor/EventEditor')));

export function App() {
  const { t } = useTranslator();
  useEffect(() => startUrlSync(), []);
  // Said once React drives the page (a prerendered page is static HTML until then): for tests and
  // tools that must not click a button before it answers.
  useEffect(() => {
    document.documentElement.dataset.app = 'live';
  }, []);
  const hasDataset = useStore((state) => state.loaded !== null);
  // A dataset's first appearance draws the timeline first and the parts around it (details,
  // reader, filters and list) after the next frame (the one in which vis-timeline draws its
  // first items, when its code is in), in a render React slices into short tasks: a deferred
  // render's commit could land before that frame. A prerendered page taken over with its
  // dataset in is drawn whole, as its HTML shows it.
  const drawAround = useDrawnAfterFrame(hasDataset);
  const hasSelection = useStore((state) => state.view.event !== null);
  // Until the first dataset (or its failure) is in, only the header shows, so nothing below it
  // jumps when the header fills in (layout shift); "Open dataset…" opens its panel meanwhile.
  const ready = useStore((state) => state.loaded !== null || state.loadFailure !== null);
  const [openPanel, setOpenPanel] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const closeOpenPanel = () => {
    setOpenPanel(false);
    openButton.current?.focus();
  };
  const embed = useStore((state) => state.view.embed);
  const draftId = useStore((state) => (state.origin?.kind === 'draft' ? state.origin.id : null));
  const editingNow = useStore(
    (state) => draftId !== null && state.editing !== null && !state.editor.preview,
  );
  if (embed) {
    return (
      <Suspense>
        <EmbeddedApp />
      </Suspense>
    );
  }

  return (
    <div className="app">
      {/* A button, not a #fragment link, so no fragment sticks to every link to this view. */}
      <button
        type="button"
        className="skip-link"
        onClick={() => document.getElementById('events')?.focus()}
      >
        {t('app.skipToEvents')}
      </button>
      <DropZone />
      <Header
        actions={
          <div className="header-actions">
            <LanguageMenu />
            <button
              ref={openButton}
              type="button"
              aria-expanded={openPanel}
              onClick={() => setOpenPanel((open) => !open)}
            >
              {t('app.openDataset')}
            </button>
            <EditorActions />
            <ShareActions />
            <CopyLinkButton />
          </div>
        }
      >
        {!hasDataset && <LoadingStatus />}
      </Header>
      <SelectionAnnouncer />
      <Notices />
      {(ready || openPanel) && (
        <main className="app-main">
          {openPanel && (
            <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
              <OpenDatasetPanel onDone={closeOpenPanel} />
            </Suspense>
          )}
          <LoadFailureSlot />
          {hasDataset && <LoadingStatus onCancelled={() => openButton.current?.focus()} />}
          {draftId && (
            <ErrorBoundary part={t('part.editor')}>
              <Suspense fallback={<p className="loading">{t('app.loadingEditor')}</p>}>
                <EditorShell draftId={draftId} />
              </Suspense>
            </ErrorBoundary>
          )}
          {hasDataset && (
            // The timeline takes most of the height until an event is chosen, then makes room for
            // its details and its passage in the article (see .layout in app.css).
            // While editing, the article (where events are made) gets the room an event would.
            // The details, the reader and the side panel are Suspense boundaries: a prerendered
            // page is taken over part by part, in short tasks (React hydrates each boundary at a
            // lower priority, yielding between), not in one long task.
            <div className="layout" data-selection={hasSelection || editingNow ? 'event' : 'none'}>
              <div className="timeline-area">
                <ErrorBoundary part={t('part.timeline')}>
                  <TimelineSlot ready={drawAround} />
                </ErrorBoundary>
              </div>
              <div className="detail-area">
                {drawAround && (
                  <ErrorBoundary part={t('part.details')}>
                    {editingNow ? (
                      <Suspense fallback={<p className="loading">{t('app.loadingEditor')}</p>}>
                        <div className="detail-panel editing">
                          <EventEditor />
                        </div>
                      </Suspense>
                    ) : (
                      <Suspense>
                        <DetailPanel />
                      </Suspense>
                    )}
                  </ErrorBoundary>
                )}
              </div>
              <div className="article-area">
                {drawAround && (
                  <ErrorBoundary part={t('part.reader')}>
                    <Suspense>
                      <ArticleReader />
                    </Suspense>
                  </ErrorBoundary>
                )}
              </div>
              {drawAround ? (
                <Suspense>
                  <Sidebar />
                </Suspense>
              ) : (
                <div className="sidebar" />
              )}
            </div>
          )}
        </main>
      )}
      <PrintView />
    </div>
  );
}
