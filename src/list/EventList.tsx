import { memo, useState } from 'react';
import { formatEventDateShort } from '../dataset/formatDate';
import type { ResolvedEvent } from '../dataset/parse';
import { kindColor, kindLabel } from '../model/kinds';
import { selectVisibleEvents } from '../state/selectors';
import { useStore } from '../state/store';

/** Rows drawn at first; more on request, so a dataset of 100k events stays quick to show. */
export const LIST_PAGE = 200;

/** On a narrow screen the details are far from the list: picking an event moves focus there. */
const narrowScreen = () => window.matchMedia('(max-width: 900px)').matches;

const EventRow = memo(function EventRow({
  resolved,
  selected,
}: {
  resolved: ResolvedEvent;
  selected: boolean;
}) {
  const { event, date } = resolved;
  const selectEvent = useStore((state) => state.selectEvent);
  return (
    <li>
      <button
        type="button"
        className="event-list-item"
        data-event-id={event.id}
        aria-current={selected ? 'true' : undefined}
        onClick={() => selectEvent(event.id, { focusDetails: narrowScreen() })}
      >
        <span
          className="kind-swatch"
          style={{ background: kindColor(event.kind) }}
          title={kindLabel(event.kind)}
        />
        <time className="event-date" dateTime={date.value}>
          {formatEventDateShort(date)}
        </time>
        <span className="event-title">{event.title}</span>
      </button>
    </li>
  );
});

/** The filtered events as a list: the keyboard and screen-reader alternative to the timeline. */
export function EventList() {
  const events = useStore(selectVisibleEvents);
  const total = useStore((state) => state.loaded?.events.length ?? 0);
  const selected = useStore((state) => state.view.event);
  const [pages, setPages] = useState(1);

  // Always draw far enough to include the selected event.
  const selectedIndex = selected ? events.findIndex((r) => r.event.id === selected) : -1;
  const shown = Math.min(events.length, Math.max(pages * LIST_PAGE, selectedIndex + 1));
  const rest = events.length - shown;

  return (
    <section className="event-list" aria-labelledby="event-list-heading">
      <h2 id="event-list-heading">
        Events{' '}
        <span className="count">
          ({events.length === total ? total : `${events.length} of ${total}`})
        </span>
      </h2>
      {events.length === 0 ? (
        <p className="empty">No event matches the filters.</p>
      ) : (
        <ul aria-labelledby="event-list-heading">
          {events.slice(0, shown).map((resolved) => (
            <EventRow
              key={resolved.event.id}
              resolved={resolved}
              selected={resolved.event.id === selected}
            />
          ))}
        </ul>
      )}
      {rest > 0 && (
        <button
          type="button"
          className="show-more"
          onClick={() => setPages(Math.ceil((shown + LIST_PAGE) / LIST_PAGE))}
        >
          Show {Math.min(rest, LIST_PAGE)} more of {rest}
        </button>
      )}
    </section>
  );
}
