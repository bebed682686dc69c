// The filters in words, for the line above the timeline ("actors: Taliban, United States (all
// of)"): what a reader needs to know the view is narrowed, next to the view itself.
import { formatDayShort } from '../dataset/formatDate';
import { isolate } from './bidi';
import { kindLabel } from './kinds';
import type { Filters } from './viewState';

/** Names at most this many actors or kinds, then says how many more. */
const NAMED = 3;

function listed(names: readonly string[]): string {
  if (names.length <= NAMED) return names.join(', ');
  return `${names.slice(0, NAMED).join(', ')} and ${names.length - NAMED} more`;
}

/** One phrase per active filter, in a fixed order; empty when nothing is filtered. */
export function describeFilters(
  filters: Filters,
  actorName: (id: string) => string | undefined,
): string[] {
  const parts: string[] = [];
  if (filters.actors.length > 0) {
    const names = filters.actors.map((id) => isolate(actorName(id) ?? id));
    const match =
      filters.actors.length > 1 ? (filters.match === 'all' ? ' (all of)' : ' (any of)') : '';
    parts.push(`${filters.actors.length === 1 ? 'actor' : 'actors'}: ${listed(names)}${match}`);
  }
  if (filters.kinds.length > 0) {
    parts.push(
      `${filters.kinds.length === 1 ? 'kind' : 'kinds'}: ${listed(filters.kinds.map(kindLabel))}`,
    );
  }
  const query = filters.query.trim();
  if (query !== '') {
    parts.push(`search: “${isolate(query.length > 40 ? `${query.slice(0, 40)}…` : query)}”`);
  }
  if (filters.day !== null) parts.push(`day: ${formatDayShort(filters.day)}`);
  if (filters.support === 'disputed') parts.push('only disputed events');
  if (filters.support === 'single-source') parts.push('only single-source events');
  return parts;
}
