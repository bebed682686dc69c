import { useState } from 'react';
import { useTranslator } from '../i18n/I18nProvider';
import { isolate } from '../model/bidi';
import { useStore } from '../state/store';

/** Copies the current deep link and says so; falls back to showing it when the clipboard is shut. */
export function CopyLinkButton() {
  const { t } = useTranslator();
  const notify = useStore((state) => state.notify);
  const origin = useStore((state) => state.origin);
  const [fallback, setFallback] = useState<string | null>(null);

  const copy = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setFallback(null);
      // A file has no address: the link holds the view, not the data.
      notify(
        origin?.kind === 'file'
          ? t('copyLink.copiedFile', { name: isolate(origin.name) })
          : t('copyLink.copied'),
        origin?.kind === 'file' ? 'warning' : 'info',
        'action',
      );
    } catch {
      setFallback(url);
      notify(t('copyLink.noClipboard'), 'warning', 'action');
    }
  };

  return (
    <div className="copy-link">
      <button type="button" onClick={copy}>
        {t('copyLink.button')}
      </button>
      {fallback && (
        <input
          aria-label={t('copyLink.field')}
          readOnly
          value={fallback}
          onFocus={(e) => e.target.select()}
        />
      )}
    </div>
  );
}
