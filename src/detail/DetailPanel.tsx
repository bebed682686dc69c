import { useEffect, useRef } from 'react';
import { formatEventDate } from '../dataset/formatDate';
import { kindColor, kindLabel } from '../model/kinds';
import { selectActorsById, selectSelectedEvent, selectVisibleEvents } from '../state/selectors';
import { useStore } from '../state/store';

/** The selected event: its date in words and how it was resolved, actors, summary, passages. */
export function DetailPanel() {
  const selected = useStore(selectSelectedEvent);
  const visible = useStore(selectVisibleEvents);
  const actorsById = useStore(selectActorsById);
  const activeActors = useStore((state) => state.view.filters.actors);
  const sources = useStore((state) => state.loaded?.dataset.sources);
  const selectEvent = useStore((state) => state.selectEvent);
  const toggleActor = useStore((state) => state.toggleActor);
  const revealPassage = useStore((state) => state.revealPassage);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const position = selected ? visible.findIndex((r) => r.event.id === selected.event.id) : -1;
  const previous = position > 0 ? visible[position - 1] : undefined;
  const next = position >= 0 ? visible[position + 1] : undefined;

  // Keep keyboard users oriented: after a walk with previous/next (or a pick from the list on a
  // phone, where the panel is far away) the heading takes the focus.
  const detailFocus = useStore((state) => state.detailFocus);
  useEffect(() => {
    if (detailFocus > 0) headingRef.current?.focus();
  }, [detailFocus]);
  const walk = (id: string) => selectEvent(id, { focusDetails: true });
  const sectionRef = useRef<HTMLElement>(null);
  const close = () => {
    const id = selected?.event.id;
    selectEvent(null);
    // Focus goes back to where the event lives in the list, else to this panel.
    const inList = id
      ? // The list's row, not the timeline's item (which carries the same attribute).
        document.querySelector<HTMLElement>(`.event-list-item[data-event-id="${CSS.escape(id)}"]`)
      : null;
    if (inList) inList.focus();
    else sectionRef.current?.focus();
  };

  if (!selected) {
    return (
      <section className="detail-panel" aria-label="Event details" ref={sectionRef} tabIndex={-1}>
        <p className="placeholder">
          Select an event on the timeline or in the list to see its date, its actors and the
          passages of the article it comes from.
        </p>
      </section>
    );
  }

  const { event, date, anchors } = selected;
  return (
    <section className="detail-panel" aria-label="Event details">
      <div className="detail-nav">
        <button
          type="button"
          onClick={() => previous && walk(previous.event.id)}
          disabled={!previous}
          aria-label="Previous event"
        >
          ← Previous
        </button>
        <span className="detail-position">
          {position >= 0 ? `${position + 1} of ${visible.length}` : 'hidden by filters'}
        </span>
        <button
          type="button"
          onClick={() => next && walk(next.event.id)}
          disabled={!next}
          aria-label="Next event"
        >
          Next →
        </button>
        <button type="button" onClick={close} aria-label="Close event details">
          ×
        </button>
      </div>
      <h2 ref={headingRef} tabIndex={-1}>
        {event.title}
      </h2>
      <dl className="detail-facts">
        <dt>Date</dt>
        <dd>
          <time dateTime={date.value}>{formatEventDate(date)}</time>
          {event.date.expression && (
            <div className="date-expression">
              Article’s words: <q>{event.date.expression}</q>
            </div>
          )}
          {event.date.note && <div className="date-note">{event.date.note}</div>}
        </dd>
        <dt>Kind</dt>
        <dd>
          <span className="kind-swatch" style={{ background: kindColor(event.kind) }} />
          {kindLabel(event.kind)}
        </dd>
        {event.location && (
          <>
            <dt>Location</dt>
            <dd>{event.location.name}</dd>
          </>
        )}
      </dl>
      <p className="summary">{event.summary}</p>
      {event.actors.length > 0 && (
        <>
          <h3>Actors</h3>
          <p className="hint">Choose an actor to filter the timeline by it.</p>
          <ul className="detail-actors">
            {event.actors.map((ref) => {
              const actor = actorsById.get(ref.id);
              return (
                <li key={`${ref.id}-${ref.role}`}>
                  <button
                    type="button"
                    aria-pressed={activeActors.includes(ref.id)}
                    onClick={() => toggleActor(ref.id)}
                  >
                    {actor?.name ?? ref.id}
                  </button>{' '}
                  <span className="role">{ref.role}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3>From the article</h3>
      <ul className="detail-passages">
        {event.passages.map((passage, index) => {
          const anchor = anchors[index];
          const source = sources?.find((s) => s.id === passage.source);
          const unanchored = !anchor || anchor.status === 'unanchored';
          return (
            <li key={`${passage.source}-${passage.start}-${passage.end}`}>
              <blockquote>{passage.exact}</blockquote>
              <div className="passage-meta">
                {sources && sources.length > 1 && source && <cite>{source.title}</cite>}
                {unanchored ? (
                  <span className="warning">This passage was not found in the article text.</span>
                ) : (
                  <button
                    type="button"
                    onClick={() => revealPassage(index)}
                    aria-label={`Show in article: passage ${index + 1} of ${event.passages.length}`}
                  >
                    Show in article
                  </button>
                )}
                {anchor?.status === 'reanchored' && (
                  <span className="warning">
                    {' '}
                    (found by its wording; its offsets were out of date)
                  </span>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
