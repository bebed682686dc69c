// Derived values read by several views, memoised on their inputs so selectors return stable
// references and components re-render only when what they show has changed.
import type { ResolvedEvent } from '../dataset/parse';
import { filterEvents, type SearchIndex } from '../model/filter';
import type { Filters } from '../model/viewState';
import type { AppState } from './store';

const EMPTY: ResolvedEvent[] = [];

function memoize<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) {
      return last.result;
    }
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

const visible = memoize((events: ResolvedEvent[], filters: Filters, index: SearchIndex) =>
  filterEvents(events, filters, index),
);

/** The events the filters keep, in date order. */
export function selectVisibleEvents(state: AppState): ResolvedEvent[] {
  if (!state.loaded) return EMPTY;
  return visible(state.loaded.events, state.view.filters, state.searchIndex);
}

const byId = memoize(
  (events: ResolvedEvent[]) => new Map(events.map((resolved) => [resolved.event.id, resolved])),
);

export function selectEventById(
  loaded: NonNullable<AppState['loaded']>,
  id: string,
): ResolvedEvent | null {
  return byId(loaded.events).get(id) ?? null;
}

export function selectSelectedEvent(state: AppState): ResolvedEvent | null {
  if (!state.loaded || !state.view.event) return null;
  return selectEventById(state.loaded, state.view.event);
}

const actorsById = memoize(
  (actors: NonNullable<AppState['loaded']>['dataset']['actors']) =>
    new Map(actors.map((actor) => [actor.id, actor])),
);

export function selectActorsById(state: AppState) {
  return actorsById(state.loaded?.dataset.actors ?? []);
}
