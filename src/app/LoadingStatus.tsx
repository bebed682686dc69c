import { useEffect, useState } from 'react';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import { PROGRESS_AFTER_MS, progressAmounts, showsProgress } from '../model/loading';
import { cancelLoad } from '../state/openDataset';
import { useStore } from '../state/store';

/**
 * What is loading, with a Cancel button, and its progress once it is big or slow (a bar, and
 * "3.2 of 12 MB"). Before the app's first load has started it says the dataset is loading.
 */
export function LoadingStatus({ onCancelled }: { onCancelled?: () => void }) {
  const { t, number } = useTranslator();
  const loading = useStore((state) => state.loading);
  const waitingForFirst = useStore((state) => !state.loaded && !state.loadFailure);
  const [slowSince, setSlowSince] = useState<number | null>(null);
  const startedAt = loading?.startedAt ?? null;

  // A slow download shows its progress after a while, even if it has sent almost nothing.
  useEffect(() => {
    if (startedAt === null) return;
    const timer = setTimeout(
      () => setSlowSince(startedAt),
      Math.max(0, startedAt + PROGRESS_AFTER_MS - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [startedAt]);

  if (!loading) {
    return waitingForFirst ? (
      <p className="loading" role="status">
        {t('loading.dataset')}
      </p>
    ) : null;
  }
  const { what, bytesRead, totalBytes } = loading;
  const slow = slowSince === loading.startedAt;
  const { read, total, unit } = progressAmounts(bytesRead, totalBytes);
  const amount =
    total === null
      ? t('loading.amount', { amount: number(read), unit })
      : t('loading.amountOf', { amount: number(read), total: number(total), unit });
  const cancel = () => {
    cancelLoad();
    onCancelled?.();
  };
  return (
    <div className="loading-status">
      <p className="loading" role="status">
        <Message id="loading.what" values={{ what: <bdi>{what}</bdi> }} />
      </p>
      {showsProgress(bytesRead, totalBytes, slow ? PROGRESS_AFTER_MS : 0) && (
        <>
          {totalBytes === null ? (
            // Without a total the bar is indeterminate: it moves, but says nothing of how far.
            <progress aria-label={t('loading.progress')} aria-valuetext={amount} />
          ) : (
            <progress
              aria-label={t('loading.progress')}
              aria-valuetext={amount}
              value={bytesRead}
              max={totalBytes}
            />
          )}
          <span className="loading-amount">{amount}</span>
        </>
      )}
      <button type="button" onClick={cancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
