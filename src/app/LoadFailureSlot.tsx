// Where a failed load is reported: the report's code (its problems in words) comes when a load
// fails, off a reader's first paint.
import { lazy, Suspense } from 'react';
import { withLaterMessages } from '../i18n/catalogue';
import { useTranslator } from '../i18n/I18nProvider';
import { useStore } from '../state/store';
import { ErrorBoundary } from './ErrorBoundary';

// With the catalogue's later part: the report says its notices and problems in words.
const LoadFailurePanel = lazy(() =>
  withLaterMessages(import('./LoadFailurePanel')).then((module) => ({
    default: module.LoadFailurePanel,
  })),
);

export function LoadFailureSlot() {
  const { t } = useTranslator();
  const failed = useStore((state) => state.loadFailure !== null);
  if (!failed) return null;
  return (
    <ErrorBoundary part={t('part.loadFailure')}>
      <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
        <LoadFailurePanel />
      </Suspense>
    </ErrorBoundary>
  );
}
