// The filters in words, for the line above the timeline ("actors: Taliban, United States (all
// of)"): what a reader needs to know the view is narrowed, next to the view itself. The words are
// the interface's (`FilterWords`, from its catalogue); English when none are given.
import { type DateFormatter, ENGLISH_DATES, formatDayShort } from '../dataset/formatDate';
import { isolate } from './bidi';
import { kindLabel } from './kinds';
import type { ActorMatch, Filters } from './viewState';

/** Names at most this many actors or kinds, then says how many more. */
const NAMED = 3;

export interface FilterWords {
  readonly dates: DateFormatter;
  /** "Taliban, United States" */
  list(names: readonly string[]): string;
  /** "Taliban, United States, Qatar and 2 more" */
  listAndMore(names: string, more: number): string;
  /** "actor: Taliban", "actors: Taliban, United States (all of)" */
  actors(count: number, names: string, match: ActorMatch): string;
  /** "kind: diplomacy", "kinds: diplomacy, statement" */
  kinds(count: number, names: string): string;
  /** "search: “talks”" */
  search(query: string): string;
  /** "day: 8 Oct 2021" */
  day(day: string): string;
  /** "only disputed events", "only single-source events" */
  support(which: 'disputed' | 'single-source'): string;
  /** A kind's name in the interface's language. */
  kind(kind: string): string;
}

export const ENGLISH_FILTER_WORDS: FilterWords = {
  dates: ENGLISH_DATES,
  list: (names) => names.join(', '),
  listAndMore: (names, more) => `${names} and ${more} more`,
  actors: (count, names, match) =>
    `${count === 1 ? 'actor' : 'actors'}: ${names}${count > 1 ? (match === 'all' ? ' (all of)' : ' (any of)') : ''}`,
  kinds: (count, names) => `${count === 1 ? 'kind' : 'kinds'}: ${names}`,
  search: (query) => `search: “${query}”`,
  day: (day) => `day: ${day}`,
  support: (which) => (which === 'disputed' ? 'only disputed events' : 'only single-source events'),
  kind: kindLabel,
};

function listed(names: readonly string[], words: FilterWords): string {
  if (names.length <= NAMED) return words.list(names);
  return words.listAndMore(words.list(names.slice(0, NAMED)), names.length - NAMED);
}

/** One phrase per active filter, in a fixed order; empty when nothing is filtered. */
export function describeFilters(
  filters: Filters,
  actorName: (id: string) => string | undefined,
  words: FilterWords = ENGLISH_FILTER_WORDS,
): string[] {
  const parts: string[] = [];
  if (filters.actors.length > 0) {
    const names = filters.actors.map((id) => isolate(actorName(id) ?? id));
    parts.push(words.actors(filters.actors.length, listed(names, words), filters.match));
  }
  if (filters.kinds.length > 0) {
    parts.push(words.kinds(filters.kinds.length, listed(filters.kinds.map(words.kind), words)));
  }
  const query = filters.query.trim();
  if (query !== '') {
    parts.push(words.search(isolate(query.length > 40 ? `${query.slice(0, 40)}…` : query)));
  }
  if (filters.day !== null) parts.push(words.day(formatDayShort(filters.day, words.dates)));
  if (filters.support === 'disputed' || filters.support === 'single-source') {
    parts.push(words.support(filters.support));
  }
  return parts;
}
