// The suggested event under review, in the details' place: its words (highlighted in the reader
// and scrolled into view), proposed title, kind, date with its words and reasoning, and the actors
// it names; Accept (Enter), Skip (S), Edit, or Accept all remaining.
import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { BidiText } from '../app/BidiText';
import { parseEdtf } from '../dataset/edtf';
import { type DateFormatter, formatEventDate } from '../dataset/formatDate';
import { useTranslator } from '../i18n/I18nProvider';
import { useStore } from '../state/store';
import type { SuggestionReview } from '../state/types';
import { acceptAllRemaining, acceptShown, editShown, skipShown, stopSuggesting } from './review';

function dateWords(value: string, dates: DateFormatter): string {
  const parsed = parseEdtf(value);
  return parsed.ok ? formatEventDate(parsed.date, dates) : value;
}

export function SuggestionCard({ review }: { review: SuggestionReview }) {
  const { t, dates, kindName, filterWords } = useTranslator();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const actors = useStore((state) => state.loaded?.dataset.actors);
  const item = review.items[review.at];

  // The reader shows the suggestion's article (it highlights the words and scrolls to them), and
  // the focus follows each new suggestion, where Enter and S act on it.
  useEffect(() => {
    if (!item) return;
    const store = useStore.getState();
    if (store.readerSourceId !== item.sourceId) store.setReaderSource(item.sourceId);
    heading.current?.focus();
  }, [item]);

  if (review.working) {
    return (
      <section className="event-editor suggestion" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('editor.suggestedEvents')}</h2>
        <p role="status">{t('editor.suggestReading')}</p>
        <div className="dialog-actions">
          <button type="button" onClick={stopSuggesting}>
            {t('editor.stop')}
          </button>
        </div>
      </section>
    );
  }
  if (!item) return null;
  const names = new Map((actors ?? []).map((actor) => [actor.id, actor.name]));
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const onControl = (event.target as HTMLElement).closest('button, a, input, textarea, select');
    if (event.key === 'Enter' && !onControl) {
      event.preventDefault();
      acceptShown();
    } else if (event.key.toLowerCase() === 's' && !event.shiftKey) {
      event.preventDefault();
      skipShown();
    }
  };
  return (
    <section className="event-editor suggestion" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('editor.suggestedEvent', { position: review.at + 1, total: review.items.length })}
      </h2>
      <blockquote className="proposal-quote">
        <BidiText text={item.exact} />
      </blockquote>
      <dl className="suggestion-fields">
        <dt>{t('editor.date')}</dt>
        <dd>
          {dateWords(item.value, dates)} <code>{item.value}</code>
        </dd>
        <dt>{t('editor.fieldDateWords')}</dt>
        <dd>{item.expression ? <BidiText text={item.expression} /> : t('editor.noDateWords')}</dd>
        <dt>{t('editor.fieldTitle')}</dt>
        <dd>
          <BidiText text={item.title} />
        </dd>
        <dt>{t('editor.fieldKind')}</dt>
        <dd>{kindName(item.kind)}</dd>
        <dt>{t('editor.actors')}</dt>
        <dd>
          {item.actors.length === 0
            ? t('editor.noActorsNamed')
            : filterWords.list(item.actors.map((actor) => names.get(actor.id) ?? actor.id))}
        </dd>
      </dl>
      <div className="dialog-actions">
        <button type="button" aria-keyshortcuts="Enter" onClick={acceptShown}>
          {t('editor.accept')}
        </button>
        <button type="button" aria-keyshortcuts="S" onClick={skipShown}>
          {t('editor.skip')}
        </button>
        <button type="button" onClick={editShown}>
          {t('editor.edit')}
        </button>
        <button type="button" onClick={acceptAllRemaining}>
          {t('editor.acceptAll', { count: review.items.length })}
        </button>
        <button type="button" onClick={stopSuggesting}>
          {t('editor.stop')}
        </button>
      </div>
      <h3 className="suggestion-note-heading">{t('editor.fieldNote')}</h3>
      <p className="suggestion-note">
        <BidiText text={item.note} />
      </p>
      <p className="field-hint">{t('editor.suggestKeys')}</p>
    </section>
  );
}
