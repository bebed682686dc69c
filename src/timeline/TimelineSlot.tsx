// Shows the timeline pane once its chunk is in, and a placeholder of the same name until then. Not React.lazy: its
// Suspense reveal is throttled (React holds a revealed boundary back for up to 300 ms), which
// delayed the first items of a large dataset whose chunk had long arrived. A chunk that fails to
// load is thrown during render, so the error boundary around this slot shows it.
// The chunk may arrive before the app takes over a prerendered page (it starts loading as soon
// as the dataset's address answers): the page's HTML has the placeholder, so hydration renders
// the placeholder too (the server snapshot) and the pane right after.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslator } from '../i18n/I18nProvider';
import { loadedTimelinePane, loadTimelinePane, subscribeTimelinePane } from './loadTimelinePane';

const NOT_YET = () => null;

export function TimelineSlot() {
  const { t } = useTranslator();
  const pane = useSyncExternalStore(subscribeTimelinePane, loadedTimelinePane, NOT_YET);
  const [failure, setFailure] = useState<Error | null>(null);
  const missing = pane === null;
  useEffect(() => {
    if (!missing) return;
    let live = true;
    loadTimelinePane().catch(
      (error: unknown) =>
        live && setFailure(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, [missing]);
  if (failure) throw failure;
  if (!pane) {
    return (
      <section className="timeline-placeholder" aria-label={t('timeline.label')}>
        <p className="loading">{t('timeline.loading')}</p>
      </section>
    );
  }
  const Pane = pane;
  return <Pane />;
}
