// The timeline's model for the events drawn, built in full when the events or the options change,
// and swapped for one event when an edit changed only that event's words (src/model/
// timelineModelSwap.ts): typing into a large draft then never gathers every item again. From
// `SLICED_FROM` events, a full build is taken a slice per task (src/model/timelineModelBuild.ts),
// the model before staying on screen meanwhile: a filter changed at 100k events is never one long
// task of gathering (~80–140 ms, plus its garbage, in one task before).
import { useEffect, useRef, useState } from 'react';
import { runInTasks } from '../app/runInTasks';
import type { ResolvedEvent } from '../dataset/types';
import type { TimelineModel, TimelineModelOptions } from '../model/timelineItems';
import { TimelineModelBuild } from '../model/timelineModelBuild';
import { oneSwap, swapEventInModel } from '../model/timelineModelSwap';

/**
 * From this many events drawn, a full build is taken in slices, one per task. Below it, the build
 * (~1.5 µs an event) joins the task that changed the filters: at 20k (a search at 100k events
 * finding 19,755) it was ~30 ms of a ~100 ms task. A 10k dataset is still built at once.
 */
export const SLICED_FROM = 12_000;
/** How long one task of the build may run, about (ms): slices that stay short on a busy machine. */
const TASK_BUDGET_MS = 20;
/** Events gathered between two looks at the clock. */
const EVENTS_PER_STEP = 2_000;

interface Wanted {
  drawn: readonly ResolvedEvent[];
  options: Omit<TimelineModelOptions, 'keepLanes'>;
  /** The options' `keepLanes` as the caller had them (made into lane ids for the build). */
  keep: readonly string[];
}

interface Built extends Wanted {
  model: TimelineModel;
  /** Events per kind in the last full build: what the legend counts (a swap changes no kind). */
  kindCounts: ReadonlyMap<string, number>;
}

export interface TimelineModelState {
  model: TimelineModel;
  kindCounts: ReadonlyMap<string, number>;
  /** A sliced build is under way: `model` is still the one before. */
  building: boolean;
}

const EMPTY: Built = {
  drawn: [],
  options: { grouping: 'none', extent: null },
  keep: [],
  model: { items: [], groups: null, itemsByEvent: new Map(), kinds: [] },
  kindCounts: new Map(),
};

const sameOptions = (
  a: Omit<TimelineModelOptions, 'keepLanes'>,
  b: Omit<TimelineModelOptions, 'keepLanes'>,
) =>
  a.grouping === b.grouping &&
  a.extent === b.extent &&
  a.actors === b.actors &&
  a.cache === b.cache &&
  a.dateWords === b.dateWords &&
  a.words === b.words &&
  a.markSingleSource === b.markSingleSource;

const sameWanted = (a: Wanted, b: Wanted) =>
  a.drawn === b.drawn && a.keep === b.keep && sameOptions(a.options, b.options);

function fullOptions({ options, keep }: Wanted): TimelineModelOptions {
  return { ...options, keepLanes: keep.map((id) => `${options.grouping}:${id}`) };
}

/**
 * The model of `drawn`, and the kinds' counts of its last full build. `keep`: the actors or
 * kinds a filter names, which keep lanes of their own.
 */
export function useTimelineModel(
  drawn: readonly ResolvedEvent[],
  options: Omit<TimelineModelOptions, 'keepLanes'>,
  keep: readonly string[],
): TimelineModelState {
  const last = useRef<Built | null>(null);
  const pending = useRef<Wanted | null>(null);
  const [, setFinished] = useState<Built | null>(null);
  const wanted: Wanted = { drawn, options, keep };
  const before = last.current;
  let built: Built | null = before && sameWanted(before, wanted) ? before : null;
  if (!built && before && before.keep === keep && sameOptions(before.options, options)) {
    const at = oneSwap(before.drawn, drawn);
    const previous = at === null ? undefined : before.drawn[at];
    const next = at === null ? undefined : drawn[at];
    const swapped =
      previous && next && swapEventInModel(before.model, previous, next, fullOptions(wanted));
    if (swapped) built = { ...wanted, model: swapped, kindCounts: before.kindCounts };
  }
  if (!built && drawn.length < SLICED_FROM) {
    const build = new TimelineModelBuild(drawn, fullOptions(wanted));
    build.step(Number.POSITIVE_INFINITY);
    built = { ...wanted, model: build.model(), kindCounts: build.kindCounts };
  }
  // The same request across renders keeps its build going (the effect below depends on it).
  const request = built
    ? null
    : pending.current && sameWanted(pending.current, wanted)
      ? pending.current
      : wanted;
  pending.current = request;
  if (built) last.current = built;

  useEffect(() => {
    if (!request) return;
    const build = new TimelineModelBuild(request.drawn, fullOptions(request));
    return runInTasks(() => {
      const deadline = performance.now() + TASK_BUDGET_MS;
      while (!build.step(EVENTS_PER_STEP)) if (performance.now() > deadline) return false;
      const finished = { ...request, model: build.model(), kindCounts: build.kindCounts };
      last.current = finished;
      setFinished(finished);
      return true;
    });
  }, [request]);

  const shown = built ?? before ?? EMPTY;
  return { model: shown.model, kindCounts: shown.kindCounts, building: request !== null };
}
