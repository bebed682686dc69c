// The timeline's model for the events drawn, built in full when the events or the options change,
// and swapped for one event when an edit changed only that event's words (src/model/
// timelineModelSwap.ts): typing into a large draft then never gathers every item again.
import { useRef } from 'react';
import type { ResolvedEvent } from '../dataset/types';
import {
  buildTimelineModel,
  type TimelineModel,
  type TimelineModelOptions,
} from '../model/timelineItems';
import { oneSwap, swapEventInModel } from '../model/timelineModelSwap';

interface Built {
  drawn: readonly ResolvedEvent[];
  options: TimelineModelOptions;
  /** The options' `keepLanes` as the caller had them (made into lane ids for the build). */
  keep: readonly string[];
  model: TimelineModel;
  /** The events of the last full build: what the legend counts (a swap changes no kind). */
  basis: readonly ResolvedEvent[];
}

const sameOptions = (a: TimelineModelOptions, b: TimelineModelOptions) =>
  a.grouping === b.grouping &&
  a.extent === b.extent &&
  a.actors === b.actors &&
  a.cache === b.cache &&
  a.dateWords === b.dateWords &&
  a.words === b.words &&
  a.markSingleSource === b.markSingleSource;

/**
 * The model of `drawn`, and the events it was last built from in full. `keep`: the actors or
 * kinds a filter names, which keep lanes of their own.
 */
export function useTimelineModel(
  drawn: readonly ResolvedEvent[],
  options: Omit<TimelineModelOptions, 'keepLanes'>,
  keep: readonly string[],
): { model: TimelineModel; basis: readonly ResolvedEvent[] } {
  const last = useRef<Built | null>(null);
  const before = last.current;
  if (
    before &&
    before.drawn === drawn &&
    before.keep === keep &&
    sameOptions(before.options, options)
  ) {
    return before;
  }
  const full: TimelineModelOptions = {
    ...options,
    keepLanes: keep.map((id) => `${options.grouping}:${id}`),
  };
  let built: Built | null = null;
  if (before && before.keep === keep && sameOptions(before.options, options)) {
    const at = oneSwap(before.drawn, drawn);
    const previous = at === null ? undefined : before.drawn[at];
    const next = at === null ? undefined : drawn[at];
    const swapped = previous && next && swapEventInModel(before.model, previous, next, full);
    if (swapped) built = { drawn, options, keep, model: swapped, basis: before.basis };
  }
  built ??= { drawn, options, keep, model: buildTimelineModel(drawn, full), basis: drawn };
  last.current = built;
  return built;
}
