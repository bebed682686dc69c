// Shows the timeline pane once its chunk is in, and a placeholder of the same name until then. Not React.lazy: its
// Suspense reveal is throttled (React holds a revealed boundary back for up to 300 ms), which
// delayed the first items of a large dataset whose chunk had long arrived. A chunk that fails to
// load is thrown during render, so the error boundary around this slot shows it.
import { useEffect, useState } from 'react';
import { useTranslator } from '../i18n/I18nProvider';
import { loadedTimelinePane, loadTimelinePane } from './loadTimelinePane';

export function TimelineSlot() {
  const { t } = useTranslator();
  const [pane, setPane] = useState(() => loadedTimelinePane());
  const [failure, setFailure] = useState<Error | null>(null);
  useEffect(() => {
    if (pane) return;
    let live = true;
    loadTimelinePane().then(
      (component) => live && setPane(() => component),
      (error: unknown) =>
        live && setFailure(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, [pane]);
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
