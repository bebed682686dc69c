import { useEffect } from 'react';
import { useTranslator } from '../i18n/I18nProvider';
import { noticeWords } from '../i18n/noticeWords';
import { useStore } from '../state/store';
import { BidiText } from './BidiText';

/** How long a confirmation ("Link copied") stays; notices about the view stay while it does. */
const ACTION_NOTICE_MS = 8_000;

/**
 * Notices about the view (ignored link parts, deselected events), announced politely, in a region
 * that stays in view wherever the page is scrolled. The store withdraws each when the state it
 * describes is gone.
 */
export function Notices() {
  const translator = useTranslator();
  const { t } = translator;
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
      {notices.map((notice) => (
        <p key={notice.id} className={`notice notice-${notice.tone}`}>
          <span>
            <BidiText text={notice.said ? noticeWords(notice.said, translator) : notice.text} />
          </span>
          <button
            type="button"
            onClick={() => dismiss(notice.id)}
            aria-label={t('notices.dismiss')}
          >
            ×
          </button>
        </p>
      ))}
    </section>
  );
}
