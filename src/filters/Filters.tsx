import { useEffect, useId, useMemo, useState } from 'react';
import { actorTotals, choiceCounts, type EventIndex, hasActiveFilters } from '../model/filter';
import { kindColor, kindLabel } from '../model/kinds';
import type { ActorMatch } from '../model/viewState';
import { selectVisibleEvents } from '../state/selectors';
import { useStore } from '../state/store';

const SEARCH_DELAY_MS = 250;

/** The search box commits after a pause, so the URL history gets one entry per search. */
export function SearchBox() {
  const query = useStore((state) => state.view.filters.query);
  const setFilters = useStore((state) => state.setFilters);
  const [draft, setDraft] = useState(query);
  const id = useId();

  useEffect(() => setDraft(query), [query]);
  useEffect(() => {
    if (draft === query) return;
    const timer = window.setTimeout(() => setFilters({ query: draft }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, query, setFilters]);

  return (
    <div className="search">
      <label htmlFor={id}>Search events</label>
      <input
        id={id}
        type="search"
        value={draft}
        placeholder="Words in titles, summaries, passages"
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setFilters({ query: draft });
        }}
      />
    </div>
  );
}

const NO_EVENTS: EventIndex = { events: [], eventsByActor: new Map(), searchTexts: [] };

/**
 * Filters by actor (any/all) and by kind. Beside each choice: how many events the view would show
 * with it, under the other filters (so a choice that empties the view says so first).
 */
export function Filters() {
  const loaded = useStore((state) => state.loaded);
  const filters = useStore((state) => state.view.filters);
  const visibleCount = useStore((state) => selectVisibleEvents(state).length);
  const toggleActor = useStore((state) => state.toggleActor);
  const toggleKind = useStore((state) => state.toggleKind);
  const setFilters = useStore((state) => state.setFilters);
  const clearFilters = useStore((state) => state.clearFilters);
  const baseId = useId();

  const totals = useMemo(
    () => (loaded ? actorTotals(loaded) : new Map<string, number>()),
    [loaded],
  );
  const counts = useMemo(() => choiceCounts(loaded ?? NO_EVENTS, filters), [loaded, filters]);
  const actors = useMemo(
    () =>
      [...(loaded?.dataset.actors ?? [])].sort(
        (a, b) => (totals.get(b.id) ?? 0) - (totals.get(a.id) ?? 0) || a.name.localeCompare(b.name),
      ),
    [loaded, totals],
  );
  const kinds = useMemo(
    () => [...new Set(loaded?.events.map((resolved) => resolved.event.kind))].sort(),
    [loaded],
  );
  if (!loaded) return null;
  const total = loaded.events.length;
  const eventWord = (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`;

  return (
    <section className="filters" aria-label="Filters">
      <p className="filter-summary" aria-live="polite">
        Showing {visibleCount} of {total} events
      </p>
      <fieldset className="kind-filter">
        <legend>Event kinds</legend>
        {kinds.map((kind) => {
          const id = `${baseId}-kind-${kind}`;
          const count = counts.kind(kind);
          return (
            <div key={kind} className="check">
              <input
                id={id}
                type="checkbox"
                checked={filters.kinds.includes(kind)}
                onChange={() => toggleKind(kind)}
                aria-describedby={`${id}-count`}
              />
              <label htmlFor={id}>
                <span className="kind-swatch" style={{ background: kindColor(kind) }} />
                {kindLabel(kind)}
              </label>
              <span className="count" id={`${id}-count`}>
                {eventWord(count)}
              </span>
            </div>
          );
        })}
      </fieldset>
      <fieldset className="actor-filter">
        <legend>Actors</legend>
        <div className="match" role="radiogroup" aria-label="Match actors">
          {(['any', 'all'] as ActorMatch[]).map((match) => (
            <label key={match}>
              <input
                type="radio"
                name={`${baseId}-match`}
                value={match}
                checked={filters.match === match}
                onChange={() => setFilters({ match })}
              />
              {match === 'any' ? 'Any of' : 'All of'}
            </label>
          ))}
        </div>
        <div className="actor-list">
          {actors.map((actor) => {
            const id = `${baseId}-actor-${actor.id}`;
            const count = counts.actor(actor.id);
            return (
              <div key={actor.id} className="check">
                <input
                  id={id}
                  type="checkbox"
                  checked={filters.actors.includes(actor.id)}
                  onChange={() => toggleActor(actor.id)}
                  aria-describedby={`${id}-count`}
                />
                <label htmlFor={id}>{actor.name}</label>
                <span className="count" id={`${id}-count`}>
                  {eventWord(count)}
                </span>
              </div>
            );
          })}
        </div>
      </fieldset>
      <button type="button" onClick={clearFilters} disabled={!hasActiveFilters(filters)}>
        Clear filters
      </button>
    </section>
  );
}
