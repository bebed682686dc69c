import { lazy, Suspense, useEffect } from 'react';
import { withLaterMessages } from '../i18n/catalogue';
import { useTranslator } from '../i18n/I18nProvider';
import { useStore } from '../state/store';
import { ErrorBoundary } from './ErrorBoundary';

// Their words' code (and the catalogue's later part, which problems' words are in) comes with the
// first notice: most readers never see one, and the first paint's budget is tight.
const NoticeList = lazy(() => withLaterMessages(import('./NoticeList')));

/** How long a confirmation ("Link copied") stays; notices about the view stay while it does. */
const ACTION_NOTICE_MS = 8_000;

/**
 * Notices about the view (ignored link parts, deselected events), announced politely, in a region
 * that stays in view wherever the page is scrolled. The store withdraws each when the state it
 * describes is gone.
 */
export function Notices() {
  const { t } = useTranslator();
  const notices = useStore((state) => state.notices);
  const dismiss = useStore((state) => state.dismissNotice);
  useEffect(() => {
    const timers = notices
      .filter((notice) => notice.scope === 'action')
      .map((notice) => window.setTimeout(() => dismiss(notice.id), ACTION_NOTICE_MS));
    return () => {
      for (const timer of timers) window.clearTimeout(timer);
    };
  }, [notices, dismiss]);
  return (
    <section className="notices" aria-label={t('notices.label')} aria-live="polite">
      {notices.length > 0 && (
        <ErrorBoundary part={t('part.notices')}>
          <Suspense>
            <NoticeList />
          </Suspense>
        </ErrorBoundary>
      )}
    </section>
  );
}
