// Which events a set of filters keeps. Pure, so the timeline, the list and the counts agree. It
// reads the lists the derivation made (src/dataset/derive.ts): each actor's events and each
// event's search text, so nothing here is cached on the side.
import { type DayNumber, dateExtent } from '../dataset/calendar';
import { eventSearchText, foldForSearch } from '../dataset/search';
import type { LoadedDataset, ResolvedEvent } from '../dataset/types';
import type { Filters, SupportFilter } from './viewState';

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
    (filters.day !== null ? 1 : 0) +
    (filters.support !== 'any' ? 1 : 0)
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
export function filterEvents(
  index: EventIndex,
  filters: Filters,
  cache: FilterCache = new FilterCache(),
): ResolvedEvent[] {
  // No filter: every event, copied (a draft's edit gives a new list each time, 100k events).
  if (!hasActiveFilters(filters)) return index.events.slice();
  const candidates = actorCandidates(index, filters);
  const found = foundAmongAll(index, candidates, filters, cache);
  if (found) {
    const rest = otherFilters({ ...filters, query: '' }, index.searchTexts, 'none', 0, cache);
    return found.filter(rest);
  }
  const passes = otherFilters(filters, index.searchTexts, 'none', candidates.length, cache);
  return candidates.filter((resolved) => passes(resolved) && matchesActors(resolved, filters));
}

/**
 * A search among every event (no actor chosen): the events whose texts hold every term, in
 * their order, found from the pass over the texts and each event's place in the file, without
 * reading the 100k events' objects (spread over the heap, they took ~30–45 ms a search where
 * the few thousand found take a few). Null when this is not such a search.
 */
function foundAmongAll(
  index: EventIndex,
  candidates: readonly ResolvedEvent[],
  filters: Filters,
  cache: FilterCache,
): ResolvedEvent[] | null {
  const { events, searchTexts } = index;
  const terms = searchTerms(filters.query);
  if (candidates !== events || terms.length === 0 || searchTexts.length < events.length) {
    return null;
  }
  const hits = textMatches(searchTexts, terms, cache);
  let places = cache.places.get(events);
  if (!places) {
    places = Int32Array.from(events, (resolved) => resolved.index);
    cache.places.set(events, places);
  }
  const found: ResolvedEvent[] = [];
  for (let i = 0; i < places.length; i++) {
    if (hits[places[i] as number] === 1) found.push(events[i] as ResolvedEvent);
  }
  return found;
}

/** The words of a search, folded as the texts are. */
function searchTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

/**
 * What filtering keeps between calls, keyed on the derivation's own arrays (an edit makes new
 * ones, so nothing goes stale): the last search's matches, by the search texts and the terms, so
 * the counts beside the filters reuse the view's pass over the texts; and the kinds' totals, by
 * the events. The page's one belongs to the state layer (src/state/caches.ts), shared by the
 * view's filtering and the counts; a caller that gives none gets a fresh one (no reuse).
 */
export class FilterCache {
  lastMatches: { texts: readonly string[]; terms: string; hits: Uint8Array } | null = null;
  readonly kindTotals = new WeakMap<readonly ResolvedEvent[], Map<string, number>>();
  /** Each event's place in the file (its search text's), in the list's order. */
  readonly places = new WeakMap<readonly ResolvedEvent[], Int32Array>();
}

/**
 * Which texts hold every term (1 at its position in the file). One pass in file order, the order
 * the texts lie in memory: testing them in date order jumps about the heap and took 4× as long
 * (47 against 8.5 ms for 100k events). The last answer is kept in `cache` for its texts and
 * terms, so the counts beside the filters reuse the view's.
 */
export function textMatches(
  texts: readonly string[],
  terms: readonly string[],
  cache: FilterCache = new FilterCache(),
): Uint8Array {
  const known = knownMatches(texts, terms, cache);
  if (known) return known;
  const hits = new Uint8Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    if (text === undefined) continue;
    let all = true;
    for (const term of terms) {
      if (!text.includes(term)) {
        all = false;
        break;
      }
    }
    if (all) hits[i] = 1;
  }
  cache.lastMatches = { texts, terms: terms.join(' '), hits };
  return hits;
}

/** `textMatches` if it has just been worked out for these texts and terms, else null. */
function knownMatches(
  texts: readonly string[],
  terms: readonly string[],
  { lastMatches }: FilterCache,
): Uint8Array | null {
  const found = lastMatches?.texts === texts && lastMatches.terms === terms.join(' ');
  return found ? (lastMatches?.hits ?? null) : null;
}

/**
 * The test of every filter but the actors (`except: 'actors'`), the kinds (`'kinds'`), the
 * support status (`'support'`) or none:
 * what the counts beside each choice are measured under. `tested` is how many events it will be
 * asked about: for many, the search is answered by one pass over the texts (`textMatches`); for
 * a few, by their own texts, unless that pass has just been made.
 */
function otherFilters(
  filters: Filters,
  searchTexts: readonly string[],
  except: 'actors' | 'kinds' | 'support' | 'none',
  tested: number,
  cache: FilterCache,
): (resolved: ResolvedEvent) => boolean {
  const terms = searchTerms(filters.query);
  const kinds = except === 'kinds' ? new Set<string>() : new Set(filters.kinds);
  const { day } = filters;
  const support = except === 'support' ? 'any' : filters.support;
  let hits: Uint8Array | null = null;
  if (terms.length > 0) {
    const many = tested * 8 > searchTexts.length;
    hits = many ? textMatches(searchTexts, terms, cache) : knownMatches(searchTexts, terms, cache);
  }
  const found = (resolved: ResolvedEvent): boolean => {
    const text = searchTexts[resolved.index];
    if (text !== undefined && hits) return hits[resolved.index] === 1;
    const haystack = text ?? eventSearchText(resolved.event);
    return terms.every((term) => haystack.includes(term));
  };
  return (resolved) => {
    if (kinds.size > 0 && !kinds.has(resolved.event.kind)) return false;
    if (day !== null && !onDay(resolved, day)) return false;
    if (support !== 'any' && resolved.corroboration.status !== support) return false;
    return terms.length === 0 || found(resolved);
  };
}

export interface ChoiceCounts {
  /** How many events the view would show with this actor chosen too (a chosen one: as now). */
  actor: (id: string) => number;
  /** How many events of this kind the other filters keep. */
  kind: (kind: string) => number;
  /** How many events the view would show with only this support status. */
  support: (status: SupportFilter) => number;
}

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
  index: EventIndex,
  filters: Filters,
  cache: FilterCache = new FilterCache(),
): ChoiceCounts {
  const { events } = index;
  // Each actor's own events are few: tested one by one, or read from the view's pass over the texts.
  const passesForActors = otherFilters(filters, index.searchTexts, 'actors', 0, cache);
  const narrowed =
    filters.query.trim() !== '' ||
    filters.kinds.length > 0 ||
    filters.day !== null ||
    filters.support !== 'any';
  const required = filters.match === 'all' ? filters.actors : [];
  const base: Filters = { ...filters, match: 'all', actors: required };
  const anyChosen = filters.match === 'any' && filters.actors.length > 0;
  const chosen = new Set(filters.actors);
  // The view's events, filtered once for all the counts that read them.
  let shown: ResolvedEvent[] | null = null;
  const shownNow = () => {
    shown ??= filterEvents(index, filters, cache);
    return shown;
  };
  let shownSet: Set<ResolvedEvent> | null = null;
  const actorCounts = new Map<string, number>();
  // With actors required ("all of"), an actor's count is how many events in view name it: one
  // pass over the view counts every actor at once (a few thousand events), where walking each
  // actor's own events cost events × actors shown (80 ms at 100k events and 500 actors).
  let inView: Map<string, number> | null = null;
  const countActor = (id: string): number => {
    if (required.length > 0) {
      inView ??= countByActor(shownNow());
      return chosen.has(id) ? shownNow().length : (inView.get(id) ?? 0);
    }
    const own = index.eventsByActor.get(id) ?? [];
    if (anyChosen) {
      // Chosen: the view as it is. Otherwise: the view plus this actor's events it lacks. Those
      // are told by the view's own events (a set of a few thousand): testing each event's actors
      // instead read every event's list of actors, 64 ms for the 50 choices shown at 100k.
      if (chosen.has(id)) return shownNow().length;
      shownSet ??= new Set(shownNow());
      let added = 0;
      for (const resolved of own) {
        if (!shownSet.has(resolved) && passesForActors(resolved)) added++;
      }
      return shownNow().length + added;
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
    if (
      filters.actors.length === 0 &&
      filters.query.trim() === '' &&
      filters.day === null &&
      filters.support === 'any'
    ) {
      return kindTotals(events, cache);
    }
    const counted = new Map<string, number>();
    const all = actorCandidates(index, filters);
    // A search among every event: only the events found are read.
    const found = foundAmongAll(index, all, filters, cache);
    const candidates = found ?? all;
    const passesForKinds = otherFilters(
      found ? { ...filters, query: '' } : filters,
      index.searchTexts,
      'kinds',
      candidates.length,
      cache,
    );
    for (const resolved of candidates) {
      if (!passesForKinds(resolved) || !matchesActors(resolved, filters)) continue;
      counted.set(resolved.event.kind, (counted.get(resolved.event.kind) ?? 0) + 1);
    }
    return counted;
  };
  let statuses: Map<string, number> | null = null;
  const countStatuses = (): Map<string, number> => {
    const counted = new Map<string, number>();
    const candidates = actorCandidates(index, filters);
    const passes = otherFilters(filters, index.searchTexts, 'support', candidates.length, cache);
    let all = 0;
    for (const resolved of candidates) {
      if (!passes(resolved) || !matchesActors(resolved, filters)) continue;
      all++;
      const { status } = resolved.corroboration;
      counted.set(status, (counted.get(status) ?? 0) + 1);
    }
    counted.set('any', all);
    return counted;
  };
  return {
    support: (status) => {
      statuses ??= countStatuses();
      return statuses.get(status) ?? 0;
    },
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

/**
 * How many events of each kind, kept in `cache` for these events: the filters' list of kinds and
 * their counts read the same totals (a pass over 100k events' kinds is ~25–50 ms).
 */
export function kindTotals(
  events: readonly ResolvedEvent[],
  cache: FilterCache = new FilterCache(),
): Map<string, number> {
  let totals = cache.kindTotals.get(events);
  if (!totals) {
    totals = countByKind(events);
    cache.kindTotals.set(events, totals);
  }
  return totals;
}

export function countByKind(events: readonly ResolvedEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { event } of events) counts.set(event.kind, (counts.get(event.kind) ?? 0) + 1);
  return counts;
}
