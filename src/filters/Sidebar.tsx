import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { runInTasks } from '../app/runInTasks';
import { formatDayLong } from '../dataset/formatDate';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import { EventList } from '../list/EventList';
import { activeFilterCount } from '../model/filter';
import { FilterWarmUp } from '../model/filterWarmUp';
import { filterCache } from '../state/caches';
import { useStore } from '../state/store';
import { SearchBox } from './SearchBox';

/** Events read per look at the clock while warming the filters' cache. */
const WARM_UP_STEP = 5_000;

/**
 * A dataset just opened has the answers the filters will first ask for (the kinds' totals, each
 * event's place for a search) worked out in idle moments, a few ms at a time: at 100k events,
 * each was tens of ms in the task that opened the filters or ran the first search. An edited
 * dataset (a draft's every key gives new lists) is left to work them out when asked.
 */
function useFilterWarmUp(): void {
  const events = useStore((state) => (state.loaded?.revision === 0 ? state.loaded.events : null));
  useEffect(() => {
    if (!events) return;
    const warmUp = new FilterWarmUp(events, filterCache);
    return runInTasks(
      () => {
        const deadline = performance.now() + 6;
        while (!warmUp.step(WARM_UP_STEP)) if (performance.now() > deadline) return false;
        return true;
      },
      { idle: true },
    );
  }, [events]);
}

// Mounted only when opened, so its code (the choices, their counts) comes then.
const Filters = lazy(() => import('./Filters').then((module) => ({ default: module.Filters })));

/**
 * The search box, the other filters (folded away until asked for, so the list and the article
 * get the room) and the list of events, the keyboard and screen-reader alternative to the
 * timeline.
 */
export function Sidebar() {
  const { t, dates, dir, separator } = useTranslator();
  // A closed panel's triangle points the way the line reads (as the About marker's does).
  const closed = dir === 'rtl' ? '◂' : '▸';
  const filters = useStore((state) => state.view.filters);
  const setFilters = useStore((state) => state.setFilters);
  const active = activeFilterCount(filters);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  useFilterWarmUp();
  return (
    <aside className="sidebar" aria-label={t('sidebar.label')}>
      <ErrorBoundary part={t('part.search')}>
        <SearchBox />
      </ErrorBoundary>
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">{open ? '▾' : closed}</span> {t('sidebar.filtersToggle')}
        {active > 0 && (
          <span className="filters-active">
            {separator}
            {t('sidebar.activeFilters', { count: active })}
          </span>
        )}
      </button>
      {/* Mounted only when open: its counts are worked out for every choice. */}
      <div id={panelId} className="filters-drawer" hidden={!open}>
        {open && (
          <ErrorBoundary part={t('part.filters')}>
            <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
              <Filters />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
      {filters.day !== null && (
        <p className="day-filter">
          <span>
            <Message
              id="sidebar.onlyDay"
              values={{ day: <strong>{formatDayLong(filters.day, dates)}</strong> }}
            />
          </span>
          <button
            type="button"
            onClick={() => setFilters({ day: null })}
            aria-label={t('sidebar.removeDay', { day: formatDayLong(filters.day, dates) })}
          >
            ×
          </button>
        </p>
      )}
      <div id="events" tabIndex={-1} className="events-area">
        <ErrorBoundary part={t('part.list')}>
          <EventList />
        </ErrorBoundary>
      </div>
    </aside>
  );
}
