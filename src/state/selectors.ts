// Derived values read by several views, memoised on their inputs so selectors return stable
// references and components re-render only when what they show has changed. Every input is a
// value of the state (an edit makes a new `loaded`), so a memo can never return a stale answer.
import type { LoadedDataset, ResolvedEvent } from '../dataset/types';
import { filterEvents } from '../model/filter';
import type { Filters } from '../model/viewState';
import { filterCache } from './caches';
import type { AppState, UiRequest, UiRequestKind } from './types';

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

const visible = memoize((loaded: LoadedDataset, filters: Filters) =>
  filterEvents(loaded, filters, filterCache),
);

/** The events the filters keep, in date order. */
export function selectVisibleEvents(state: Pick<AppState, 'loaded' | 'view'>): ResolvedEvent[] {
  if (!state.loaded) return EMPTY;
  return visible(state.loaded, state.view.filters);
}

export function selectEventById(loaded: LoadedDataset, id: string): ResolvedEvent | null {
  return loaded.eventById.get(id) ?? null;
}

export function selectSelectedEvent(
  state: Pick<AppState, 'loaded' | 'view'>,
): ResolvedEvent | null {
  if (!state.loaded || !state.view.event) return null;
  return selectEventById(state.loaded, state.view.event);
}

const NO_ACTORS: LoadedDataset['actorById'] = new Map();

export function selectActorsById(state: Pick<AppState, 'loaded'>): LoadedDataset['actorById'] {
  return state.loaded?.actorById ?? NO_ACTORS;
}

/** The pending request of one kind, if any (the same object until it is consumed). */
export function selectRequest<K extends UiRequestKind>(
  state: Pick<AppState, 'requests'>,
  kind: K,
): Extract<UiRequest, { kind: K }> | undefined {
  return state.requests.find((request): request is Extract<UiRequest, { kind: K }> => {
    return request.kind === kind;
  });
}

export function selectCanUndo(state: Pick<AppState, 'history'>): boolean {
  return state.history.undo.length > 0;
}

export function selectCanRedo(state: Pick<AppState, 'history'>): boolean {
  return state.history.redo.length > 0;
}

/** What Undo would undo, in words ("change the event’s title"); null when nothing. */
export function selectUndoLabel(state: Pick<AppState, 'history'>): string | null {
  return state.history.undo.at(-1)?.label ?? null;
}

export function selectRedoLabel(state: Pick<AppState, 'history'>): string | null {
  return state.history.redo.at(-1)?.label ?? null;
}
