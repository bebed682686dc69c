import { useId, useState } from 'react';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { formatDayLong } from '../dataset/formatDate';
import { EventList } from '../list/EventList';
import { activeFilterCount } from '../model/filter';
import { useStore } from '../state/store';
import { Filters, SearchBox } from './Filters';

/**
 * The search box, the other filters (folded away until asked for, so the list and the article
 * get the room) and the list of events, the keyboard and screen-reader alternative to the
 * timeline.
 */
export function Sidebar() {
  const filters = useStore((state) => state.view.filters);
  const setFilters = useStore((state) => state.setFilters);
  const active = activeFilterCount(filters);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <aside className="sidebar" aria-label="Filters and events">
      <ErrorBoundary part="The search">
        <SearchBox />
      </ErrorBoundary>
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> Filters: actors, kinds
        {active > 0 && <span className="filters-active"> · {active} active</span>}
      </button>
      {/* Mounted only when open: its counts are worked out for every choice. */}
      <div id={panelId} className="filters-drawer" hidden={!open}>
        {open && (
          <ErrorBoundary part="The filters">
            <Filters />
          </ErrorBoundary>
        )}
      </div>
      {filters.day !== null && (
        <p className="day-filter">
          <span>
            Only events on <strong>{formatDayLong(filters.day)}</strong>
          </span>
          <button
            type="button"
            onClick={() => setFilters({ day: null })}
            aria-label={`Remove the day filter (${formatDayLong(filters.day)})`}
          >
            ×
          </button>
        </p>
      )}
      <div id="events" tabIndex={-1} className="events-area">
        <ErrorBoundary part="The list of events">
          <EventList />
        </ErrorBoundary>
      </div>
    </aside>
  );
}
