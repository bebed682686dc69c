import { formatEventDateShort } from '../dataset/formatDate';
import { kindColor, kindLabel } from '../model/kinds';
import { selectVisibleEvents } from '../state/selectors';
import { useStore } from '../state/store';

/** The filtered events as a list: the keyboard and screen-reader alternative to the timeline. */
export function EventList() {
  const events = useStore(selectVisibleEvents);
  const total = useStore((state) => state.loaded?.events.length ?? 0);
  const selected = useStore((state) => state.view.event);
  const selectEvent = useStore((state) => state.selectEvent);

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
          {events.map(({ event, date }) => (
            <li key={event.id}>
              <button
                type="button"
                className="event-list-item"
                aria-current={event.id === selected ? 'true' : undefined}
                onClick={() => selectEvent(event.id)}
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
          ))}
        </ul>
      )}
    </section>
  );
}
