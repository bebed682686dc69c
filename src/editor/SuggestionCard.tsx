// The suggested event under review, in the details' place: its words (highlighted in the reader
// and scrolled into view), proposed title, kind, date with its words and reasoning, and the actors
// it names; Accept (Enter), Skip (S), Edit, or Accept all remaining.
import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { BidiText } from '../app/BidiText';
import { parseEdtf } from '../dataset/edtf';
import { formatEventDate } from '../dataset/formatDate';
import { kindLabel } from '../model/kinds';
import { useStore } from '../state/store';
import type { SuggestionReview } from '../state/types';
import { acceptAllRemaining, acceptShown, editShown, skipShown, stopSuggesting } from './review';

function dateWords(value: string): string {
  const parsed = parseEdtf(value);
  return parsed.ok ? formatEventDate(parsed.date) : value;
}

export function SuggestionCard({ review }: { review: SuggestionReview }) {
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
        <h2 id={headingId}>Suggested events</h2>
        <p role="status">Reading the article for events…</p>
        <div className="dialog-actions">
          <button type="button" onClick={stopSuggesting}>
            Stop
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
        Suggested event {review.at + 1} of {review.items.length}
      </h2>
      <blockquote className="proposal-quote">
        <BidiText text={item.exact} />
      </blockquote>
      <dl className="suggestion-fields">
        <dt>Date</dt>
        <dd>
          {dateWords(item.value)} <code>{item.value}</code>
        </dd>
        <dt>Date words</dt>
        <dd>{item.expression ? <BidiText text={item.expression} /> : 'none in these words'}</dd>
        <dt>Title</dt>
        <dd>
          <BidiText text={item.title} />
        </dd>
        <dt>Kind</dt>
        <dd>{kindLabel(item.kind)}</dd>
        <dt>Actors</dt>
        <dd>
          {item.actors.length === 0
            ? 'none named'
            : item.actors.map((actor) => names.get(actor.id) ?? actor.id).join(', ')}
        </dd>
      </dl>
      <div className="dialog-actions">
        <button type="button" aria-keyshortcuts="Enter" onClick={acceptShown}>
          Accept
        </button>
        <button type="button" aria-keyshortcuts="S" onClick={skipShown}>
          Skip
        </button>
        <button type="button" onClick={editShown}>
          Edit
        </button>
        <button type="button" onClick={acceptAllRemaining}>
          Accept all remaining ({review.items.length})
        </button>
        <button type="button" onClick={stopSuggesting}>
          Stop
        </button>
      </div>
      <h3 className="suggestion-note-heading">How the date was resolved</h3>
      <p className="suggestion-note">
        <BidiText text={item.note} />
      </p>
      <p className="field-hint">
        Enter accepts the suggestion, S skips it. Each accepted event can be undone.
      </p>
    </section>
  );
}
