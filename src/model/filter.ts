// Which events a set of filters keeps. Pure, so the timeline, the list and the counts agree. It
// reads the lists the derivation made (src/dataset/derive.ts): each actor's events and each
// event's search text, so nothing here is cached on the side.
import { type DayNumber, dateExtent } from '../dataset/calendar';
import type { LoadedDataset, ResolvedEvent } from '../dataset/parse';
import { eventSearchText, foldForSearch } from '../dataset/search';
import type { Filters } from './viewState';

/** What the filters read of a derived dataset (a `LoadedDataset` is one). */
export type EventIndex = Pick<LoadedDataset, 'events' | 'eventsByActor' | 'searchTexts'>;

export function hasActiveFilters(filters: Filters): boolean {
  return activeFilterCount(filters) > 0;
}

/** How many filters narrow the view: each chosen actor and kind, the search, the day. */
export function activeFilterCount(filters: Filters): number {
  return (
    filters.actors.length +
    filters.kinds.length +
    (filters.query.trim() !== '' ? 1 : 0) +
    (filters.day !== null ? 1 : 0)
  );
}

/** Whether an event's dates reach `day` (an open or unknown end runs on: it is ongoing). */
export function onDay(resolved: ResolvedEvent, day: DayNumber): boolean {
  const { first, last } = dateExtent(resolved.date);
  return (first === null || first <= day) && (last === null || day <= last);
}

export function matchesActors(resolved: ResolvedEvent, filters: Filters): boolean {
  if (filters.actors.length === 0) return true;
  // An event names a few actors: a scan is cheaper than a Set per event (100k events per change).
  const { actors } = resolved.event;
  const present = (id: string) => actors.some((ref) => ref.id === id);
  return filters.match === 'all' ? filters.actors.every(present) : filters.actors.some(present);
}

/** The events an actor filter can keep, in order: a small list instead of every event. */
function actorCandidates(index: EventIndex, filters: Filters): readonly ResolvedEvent[] {
  const { events } = index;
  if (filters.actors.length === 0) return events;
  const lists = filters.actors.map((id) => index.eventsByActor.get(id) ?? []);
  if (filters.match === 'all') {
    // Everyone must be there: the shortest list holds every candidate.
    return lists.reduce((a, b) => (b.length < a.length ? b : a));
  }
  if (lists.length === 1) return lists[0] as readonly ResolvedEvent[];
  const any = new Set(lists.flat());
  return events.filter((resolved) => any.has(resolved));
}

/**
 * Keeps the events that pass every filter, in their given order. Search terms are words that
 * must all appear (in any field), found in each event's folded text (`searchTexts`, by position in
 * the file).
 */
export function filterEvents(index: EventIndex, filters: Filters): ResolvedEvent[] {
  const passes = otherFilters(filters, index.searchTexts, 'none');
  return actorCandidates(index, filters).filter(
    (resolved) => passes(resolved) && matchesActors(resolved, filters),
  );
}

/**
 * The test of every filter but the actors (`except: 'actors'`), the kinds (`'kinds'`) or none:
 * what the counts beside each choice are measured under.
 */
function otherFilters(
  filters: Filters,
  searchTexts: readonly string[],
  except: 'actors' | 'kinds' | 'none',
): (resolved: ResolvedEvent) => boolean {
  const terms = foldForSearch(filters.query).split(/\s+/).filter(Boolean);
  const kinds = except === 'kinds' ? new Set<string>() : new Set(filters.kinds);
  const { day } = filters;
  return (resolved) => {
    if (kinds.size > 0 && !kinds.has(resolved.event.kind)) return false;
    if (day !== null && !onDay(resolved, day)) return false;
    if (terms.length === 0) return true;
    const haystack = searchTexts[resolved.index] ?? eventSearchText(resolved.event);
    return terms.every((term) => haystack.includes(term));
  };
}

export interface ChoiceCounts {
  /** How many events the view would show with this actor chosen too (a chosen one: as now). */
  actor: (id: string) => number;
  /** How many events of this kind the other filters keep. */
  kind: (kind: string) => number;
}

/**
 * The counts beside each filter choice, under the other filters, so a choice that would empty the
 * view says so before it is made. With "all of", an actor's count is what the view shows with
 * that actor required as well; with "any of", what it shows with that actor's events added.
 */
export function choiceCounts(index: EventIndex, filters: Filters): ChoiceCounts {
  const passesForActors = otherFilters(filters, index.searchTexts, 'actors');
  const required = filters.match === 'all' ? filters.actors : [];
  const base = { ...filters, match: 'all' as const, actors: required };
  // Per actor, the events that pass the other filters (and, with "all of", the chosen actors)…
  const withActor = new Map<string, number>();
  // …and, with "any of", those of them the view does not show yet.
  const added = new Map<string, number>();
  const anyChosen = filters.match === 'any' && filters.actors.length > 0;
  for (const resolved of actorCandidates(index, base)) {
    if (!passesForActors(resolved) || !matchesActors(resolved, base)) continue;
    const shownAlready = anyChosen && matchesActors(resolved, filters);
    const refs = resolved.event.actors;
    refs.forEach((ref, i) => {
      if (refs.findIndex((other) => other.id === ref.id) !== i) return;
      withActor.set(ref.id, (withActor.get(ref.id) ?? 0) + 1);
      if (anyChosen && !shownAlready) added.set(ref.id, (added.get(ref.id) ?? 0) + 1);
    });
  }
  const shown = anyChosen ? filterEvents(index, filters).length : 0;
  const chosen = new Set(filters.actors);

  const kinds = new Map<string, number>();
  const passesForKinds = otherFilters(filters, index.searchTexts, 'kinds');
  for (const resolved of actorCandidates(index, filters)) {
    if (!passesForKinds(resolved) || !matchesActors(resolved, filters)) continue;
    kinds.set(resolved.event.kind, (kinds.get(resolved.event.kind) ?? 0) + 1);
  }
  return {
    actor: (id) =>
      anyChosen ? shown + (chosen.has(id) ? 0 : (added.get(id) ?? 0)) : (withActor.get(id) ?? 0),
    kind: (kind) => kinds.get(kind) ?? 0,
  };
}

/** How many events each actor takes part in, among the given events. */
export function countByActor(events: readonly ResolvedEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { event } of events) {
    event.actors.forEach((ref, i) => {
      if (event.actors.findIndex((other) => other.id === ref.id) !== i) return;
      counts.set(ref.id, (counts.get(ref.id) ?? 0) + 1);
    });
  }
  return counts;
}

/** How many events of the whole dataset each actor takes part in: its list's length. */
export function actorTotals(index: Pick<EventIndex, 'eventsByActor'>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [id, list] of index.eventsByActor) counts.set(id, list.length);
  return counts;
}

export function countByKind(events: readonly ResolvedEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { event } of events) counts.set(event.kind, (counts.get(event.kind) ?? 0) + 1);
  return counts;
}
