// Which events a set of filters keeps. Pure, so the timeline, the list and the counts agree.
import { type DayNumber, dateExtent } from '../dataset/calendar';
import type { ResolvedEvent } from '../dataset/parse';
import type { Filters } from './viewState';

/** Lowercases and strips diacritics, so "dōha" finds "Doha". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** The searchable text of an event, computed once per dataset. */
export function searchText(resolved: ResolvedEvent): string {
  const { event } = resolved;
  return foldForSearch(
    [event.title, event.summary, ...event.passages.map((passage) => passage.exact)].join('\n'),
  );
}

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

// Each actor's events, in the order given: built once per list of events, on the first actor
// filter, so later ones pick an actor's few events instead of testing 100k.
const byActorCache = new WeakMap<readonly ResolvedEvent[], Map<string, ResolvedEvent[]>>();

/** Each actor's events (built by the parsing worker, so no page task has to). */
export function eventsByActor(events: readonly ResolvedEvent[]): Map<string, ResolvedEvent[]> {
  let byActor = byActorCache.get(events);
  if (!byActor) {
    byActor = new Map();
    for (const resolved of events) {
      const { actors } = resolved.event;
      actors.forEach((ref, i) => {
        if (actors.findIndex((other) => other.id === ref.id) !== i) return;
        const list = byActor?.get(ref.id);
        if (list) list.push(resolved);
        else byActor?.set(ref.id, [resolved]);
      });
    }
    byActorCache.set(events, byActor);
  }
  return byActor;
}

/** Takes a ready-made `eventsByActor(events)`, as the parsing worker sends it. */
export function rememberEventsByActor(
  events: readonly ResolvedEvent[],
  byActor: Map<string, ResolvedEvent[]>,
): void {
  byActorCache.set(events, byActor);
}

/** The events an actor filter can keep, in order: a small list instead of every event. */
function actorCandidates(
  events: readonly ResolvedEvent[],
  filters: Filters,
): readonly ResolvedEvent[] {
  if (filters.actors.length === 0) return events;
  const byActor = eventsByActor(events);
  const lists = filters.actors.map((id) => byActor.get(id) ?? []);
  if (filters.match === 'all') {
    // Everyone must be there: the shortest list holds every candidate.
    return lists.reduce((a, b) => (b.length < a.length ? b : a));
  }
  if (lists.length === 1) return lists[0] as ResolvedEvent[];
  const any = new Set(lists.flat());
  return events.filter((resolved) => any.has(resolved));
}

/**
 * Keeps the events that pass every filter, in their given order. Search terms are words that
 * must all appear (in any field); `searchIndex` holds each event's folded text by its position
 * in the file (`ResolvedEvent.index`).
 */
export function filterEvents(
  events: readonly ResolvedEvent[],
  filters: Filters,
  searchIndex: SearchIndex,
): ResolvedEvent[] {
  const passes = otherFilters(filters, searchIndex, 'none');
  return actorCandidates(events, filters).filter(
    (resolved) => passes(resolved) && matchesActors(resolved, filters),
  );
}

/**
 * The test of every filter but the actors (`except: 'actors'`), the kinds (`'kinds'`) or none:
 * what the counts beside each choice are measured under.
 */
function otherFilters(
  filters: Filters,
  searchIndex: SearchIndex,
  except: 'actors' | 'kinds' | 'none',
): (resolved: ResolvedEvent) => boolean {
  const terms = foldForSearch(filters.query).split(/\s+/).filter(Boolean);
  const kinds = except === 'kinds' ? new Set<string>() : new Set(filters.kinds);
  const { day } = filters;
  return (resolved) => {
    if (kinds.size > 0 && !kinds.has(resolved.event.kind)) return false;
    if (day !== null && !onDay(resolved, day)) return false;
    if (terms.length === 0) return true;
    const haystack = searchIndex[resolved.index] ?? searchText(resolved);
    return terms.every((term) => haystack.includes(term));
  };
}

export interface ChoiceCounts {
  /** How many events the view would show with this actor chosen too (a chosen one: as now). */
  actor: (id: string) => number;
  /** How many events of this kind the other filters keep. */
  kind: (kind: string) => number;
}

const kindTotals = new WeakMap<readonly ResolvedEvent[], Map<string, number>>();

/**
 * The counts beside each filter choice, under the other filters, so a choice that would empty the
 * view says so before it is made. With "all of", an actor's count is what the view shows with
 * that actor required as well; with "any of", what it shows with that actor's events added.
 *
 * Worked out on demand, per choice asked for: an actor's count walks that actor's own events
 * (`eventsByActor`), and the filters show a few dozen actors, so 100k actors cost what is shown,
 * not events × actors. The kinds are counted in one pass over the candidates, on the first ask
 * (or read from the totals when only kinds are filtered).
 */
export function choiceCounts(
  events: readonly ResolvedEvent[],
  filters: Filters,
  searchIndex: SearchIndex,
): ChoiceCounts {
  const byActor = eventsByActor(events);
  const passesForActors = otherFilters(filters, searchIndex, 'actors');
  const narrowed = filters.query.trim() !== '' || filters.kinds.length > 0 || filters.day !== null;
  const required = filters.match === 'all' ? filters.actors : [];
  const base: Filters = { ...filters, match: 'all', actors: required };
  const anyChosen = filters.match === 'any' && filters.actors.length > 0;
  const chosen = new Set(filters.actors);
  let shown: number | null = null;
  const shownNow = () => {
    shown ??= filterEvents(events, filters, searchIndex).length;
    return shown;
  };
  const actorCounts = new Map<string, number>();
  const countActor = (id: string): number => {
    const own = byActor.get(id) ?? [];
    if (anyChosen) {
      // Chosen: the view as it is. Otherwise: the view plus this actor's events it lacks.
      if (chosen.has(id)) return shownNow();
      let added = 0;
      for (const resolved of own) {
        if (passesForActors(resolved) && !matchesActors(resolved, filters)) added++;
      }
      return shownNow() + added;
    }
    if (!narrowed && required.length === 0) return own.length;
    let n = 0;
    for (const resolved of own) {
      if (passesForActors(resolved) && matchesActors(resolved, base)) n++;
    }
    return n;
  };

  let kinds: Map<string, number> | null = null;
  const countKinds = (): Map<string, number> => {
    if (filters.actors.length === 0 && filters.query.trim() === '' && filters.day === null) {
      let totals = kindTotals.get(events);
      if (!totals) {
        totals = countByKind(events);
        kindTotals.set(events, totals);
      }
      return totals;
    }
    const counted = new Map<string, number>();
    const passesForKinds = otherFilters(filters, searchIndex, 'kinds');
    for (const resolved of actorCandidates(events, filters)) {
      if (!passesForKinds(resolved) || !matchesActors(resolved, filters)) continue;
      counted.set(resolved.event.kind, (counted.get(resolved.event.kind) ?? 0) + 1);
    }
    return counted;
  };
  return {
    actor: (id) => {
      let n = actorCounts.get(id);
      if (n === undefined) {
        n = countActor(id);
        actorCounts.set(id, n);
      }
      return n;
    },
    kind: (kind) => {
      kinds ??= countKinds();
      return kinds.get(kind) ?? 0;
    },
  };
}

/** Each event's folded text, by its position in the file. */
export type SearchIndex = readonly string[];

export function buildSearchIndex(events: readonly ResolvedEvent[]): string[] {
  const index: string[] = new Array(events.length);
  for (const resolved of events) index[resolved.index] = searchText(resolved);
  return index;
}

/**
 * How many events each actor takes part in (for the counts beside the actor filter): the lengths
 * of the per-actor lists, which the parsing worker has usually built already.
 */
export function countByActor(events: readonly ResolvedEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [id, list] of eventsByActor(events)) counts.set(id, list.length);
  return counts;
}

export function countByKind(events: readonly ResolvedEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { event } of events) counts.set(event.kind, (counts.get(event.kind) ?? 0) + 1);
  return counts;
}
