import { useEffect, useState } from 'react';
import { formatEventDate } from '../dataset/formatDate';
import { useTranslator } from '../i18n/I18nProvider';
import { isolate } from '../model/bidi';
import { selectSelectedEvent } from '../state/selectors';
import { useStore } from '../state/store';

/**
 * Says what was selected to screen readers ("Selected: title, date"), wherever the choice was
 * made, and keeps the page title on it, so a tab or a bookmark names the event.
 */
export function SelectionAnnouncer() {
  const { t, dates } = useTranslator();
  const selected = useStore(selectSelectedEvent);
  const datasetTitle = useStore((state) => state.loaded?.dataset.title);
  const [message, setMessage] = useState('');

  const title = selected?.event.title;
  const words = selected ? formatEventDate(selected.date, dates) : '';
  useEffect(() => {
    // Isolated: a title's direction must not reorder the rest of the tab's words.
    document.title = title
      ? `${isolate(title)} — ${isolate(datasetTitle ?? 'Sourceline')}`
      : datasetTitle
        ? `${isolate(datasetTitle)} — Sourceline`
        : 'Sourceline';
  }, [title, datasetTitle]);
  useEffect(() => {
    setMessage(title ? t('selection.announce', { title, date: words }) : '');
  }, [title, words, t]);

  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
