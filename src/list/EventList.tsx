import { memo, useDeferredValue, useEffect, useRef, useState } from 'react';
import { stackedLayout } from '../app/stackedLayout';
import { formatEventDateShort } from '../dataset/formatDate';
import type { ResolvedEvent } from '../dataset/types';
import { useTranslator } from '../i18n/I18nProvider';
import { kindColor } from '../model/kinds';
import { dateWords } from '../state/caches';
import { selectRequest, selectVisibleEvents } from '../state/selectors';
import { useStore } from '../state/store';

/** Rows drawn at first; more on request, so a dataset of 100k events stays quick to show. */
export const LIST_PAGE = 200;

const EventRow = memo(function EventRow({
  resolved,
  selected,
}: {
  resolved: ResolvedEvent;
  selected: boolean;
}) {
  const { event, date } = resolved;
  const { dates, kindName } = useTranslator();
  const selectEvent = useStore((state) => state.selectEvent);
  return (
    <li>
      <button
        type="button"
        className="event-list-item"
        data-event-id={event.id}
        aria-current={selected ? 'true' : undefined}
        // Stacked, the details are far from the list: picking an event moves the focus there.
        onClick={() => selectEvent(event.id, { focusDetails: stackedLayout() })}
      >
        <span
          className="kind-swatch"
          style={{ background: kindColor(event.kind) }}
          title={kindName(event.kind)}
        />
        <time className="event-date" dateTime={date.value}>
          {formatEventDateShort(date, dateWords, dates)}
        </time>
        <bdi className="event-title">{event.title}</bdi>
      </button>
    </li>
  );
});

interface RowRange {
  from: number;
  to: number;
}

const FIRST_PAGE: RowRange = { from: 0, to: LIST_PAGE };
const pageOf = (index: number): RowRange => {
  const from = Math.floor(index / LIST_PAGE) * LIST_PAGE;
  return { from, to: from + LIST_PAGE };
};
/** A page that starts a few rows before `index`, so that row can be scrolled to the list's top. */
const pageFrom = (index: number): RowRange => {
  const from = Math.max(0, index - 10);
  return { from, to: from + LIST_PAGE };
};

/** The first event on or after `day` (events are in date order), else the last; -1 if none. */
function firstFrom(events: readonly ResolvedEvent[], day: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((events[mid] as ResolvedEvent).sortDay < day) low = mid + 1;
    else high = mid;
  }
  return Math.min(low, events.length - 1);
}

/** Scrolls the list's own box (never the page) so the row sits at its top, or just into view. */
function scrollRowIntoList(row: HTMLElement, how: 'top' | 'nearest'): void {
  const box = row.closest('ul');
  if (!box) return;
  const rowBox = row.getBoundingClientRect();
  const listBox = box.getBoundingClientRect();
  const top = rowBox.top - listBox.top + box.scrollTop;
  if (how === 'top') box.scrollTop = top;
  else if (rowBox.top < listBox.top) box.scrollTop = top;
  else if (rowBox.bottom > listBox.bottom) box.scrollTop = top - box.clientHeight + rowBox.height;
}

/**
 * The filtered events as a list: the keyboard and screen-reader alternative to the timeline. It
 * draws a page of rows at a time, with buttons for the rows before and after, so a dataset of 100k
 * events never puts 100k rows in the page. It follows the timeline: the page and the rows in view
 * are those of the selected event, else of the first event in the timeline's window.
 *
 * It follows a moment later (React's deferred values, rendered after the change is painted): a
 * change's own paint (the timeline, the details, the passage) is not held up by a new page of
 * rows, which costs ~25 ms at 200 rows (a selected event far from the window's page, a search).
 */
export function EventList() {
  const { t, number } = useTranslator();
  const currentEvents = useStore(selectVisibleEvents);
  const events = useDeferredValue(currentEvents);
  const total = useStore((state) => state.loaded?.events.length ?? 0);
  const selected = useDeferredValue(useStore((state) => state.view.event));
  const windowStart = useDeferredValue(useStore((state) => state.view.window?.from ?? null));
  const focusRequest = useStore((state) => selectRequest(state, 'focus-list'));
  const consumeRequest = useStore((state) => state.consumeRequest);
  const [range, setRange] = useState<RowRange>(FIRST_PAGE);
  const sectionRef = useRef<HTMLElement>(null);
  const focusNext = useRef<string | null>(null);
  /** The row to bring into the list's view after this render, and how. */
  const scrollNext = useRef<{ id: string; how: 'top' | 'nearest' } | null>(null);

  // Which page to draw: the selection's, else the one holding the window's first event. A page
  // the person chose ("Show more") stays until one of these changes.
  const [seen, setSeen] = useState<{
    events: readonly ResolvedEvent[] | null;
    selected: string | null;
    windowStart: number | null;
  }>({ events: null, selected: null, windowStart: null });
  if (seen.events !== events || seen.selected !== selected || seen.windowStart !== windowStart) {
    let next = seen.events !== events ? FIRST_PAGE : range;
    const index = selected ? events.findIndex((r) => r.event.id === selected) : -1;
    if (index >= 0) {
      if (index < next.from || index >= next.to) next = pageOf(index);
      if (seen.selected !== selected)
        scrollNext.current = { id: selected as string, how: 'nearest' };
    } else if (windowStart !== null && events.length > 0) {
      const first = firstFrom(events, windowStart);
      if (first < next.from || first >= next.to - 20) next = pageFrom(first);
      if (seen.windowStart !== windowStart || seen.events !== events) {
        scrollNext.current = { id: (events[first] as ResolvedEvent).event.id, how: 'top' };
      }
    }
    setSeen({ events, selected, windowStart });
    setRange(next);
  }

  // A day chosen on the timeline: the list now holds that day's events; the first takes the focus
  // (once the list has caught up with them).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs per ask, with the events of that moment
  useEffect(() => {
    if (!focusRequest || events !== currentEvents) return;
    consumeRequest(focusRequest.id);
    // The first event that starts on the day (spans running through it come before).
    const day = useStore.getState().view.filters.day;
    const index = day === null ? 0 : firstFrom(events, day);
    const first = events[index];
    if (!first) return;
    setRange(pageOf(index));
    focusNext.current = first.event.id;
  }, [focusRequest, events]);
  useEffect(() => {
    const rowOf = (id: string) =>
      sectionRef.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
    const scroll = scrollNext.current;
    if (scroll) {
      const row = rowOf(scroll.id);
      if (row) {
        scrollNext.current = null;
        // In the next frame, whose layout it then shares: measured now, it would force a layout
        // of the whole page on its own, before the selection is painted.
        requestAnimationFrame(() => {
          if (row.isConnected) scrollRowIntoList(row, scroll.how);
        });
      }
    }
    const id = focusNext.current;
    if (!id) return;
    const row = rowOf(id);
    if (!row) return;
    focusNext.current = null;
    // The focus is going there: the page may scroll too (on a phone the list is far down).
    row.scrollIntoView({ block: 'nearest' });
    row.focus({ preventScroll: true });
  });

  const to = Math.min(range.to, events.length);
  const from = Math.min(range.from, to);
  const before = from;
  const after = events.length - to;

  return (
    <section className="event-list" aria-labelledby="event-list-heading" ref={sectionRef}>
      <h2 id="event-list-heading">
        {t('list.heading')}{' '}
        <span className="count">
          (
          {events.length === total
            ? number(total)
            : t('list.countOf', { count: events.length, total })}
          )
        </span>
      </h2>
      {events.length === 0 ? (
        <p className="empty">{total === 0 ? t('list.none') : t('list.noMatch')}</p>
      ) : (
        <>
          {before > 0 && (
            <button
              type="button"
              className="show-more"
              onClick={() => {
                const start = Math.max(0, from - LIST_PAGE);
                setRange({ from: start, to });
                // This button may go; the focus moves to the first of the rows it brought.
                focusNext.current = events[start]?.event.id ?? null;
              }}
            >
              {t('list.showEarlier', { count: Math.min(before, LIST_PAGE), total: before })}
            </button>
          )}
          {(before > 0 || after > 0) && (
            <p className="list-range">
              {t('list.range', { from: from + 1, to, total: events.length })}
            </p>
          )}
          <ul aria-labelledby="event-list-heading">
            {events.slice(from, to).map((resolved) => (
              <EventRow
                key={resolved.event.id}
                resolved={resolved}
                selected={resolved.event.id === selected}
              />
            ))}
          </ul>
        </>
      )}
      {after > 0 && (
        <button
          type="button"
          className="show-more"
          onClick={() => {
            setRange({ from, to: to + LIST_PAGE });
            focusNext.current = events[to]?.event.id ?? null;
          }}
        >
          {t('list.showMore', { count: Math.min(after, LIST_PAGE), total: after })}
        </button>
      )}
    </section>
  );
}
