// How many events of the dataset are disputed (the legend explains the mark when any is):
// counted once per dataset, then kept up to date across an edit of one event. A draft's edit
// while typing gives a new list of events each time, and a pass over 100k events' corroborations
// (their objects spread over the heap) took 12–80 ms of each commit.
import { useRef } from 'react';
import type { ResolvedEvent } from '../dataset/types';
import { oneSwap } from '../model/timelineModelSwap';

const disputed = (resolved: ResolvedEvent | undefined) =>
  resolved?.corroboration.status === 'disputed' ? 1 : 0;

/** The number of disputed events among `events` (0 when there are none). */
export function countDisputed(
  events: readonly ResolvedEvent[],
  before: { events: readonly ResolvedEvent[]; count: number } | null,
): number {
  if (before?.events === events) return before.count;
  const at = before ? oneSwap(before.events, events) : null;
  if (before && at !== null) {
    return before.count - disputed(before.events[at]) + disputed(events[at]);
  }
  let count = 0;
  for (const resolved of events) count += disputed(resolved);
  return count;
}

export function useDisputedCount(events: readonly ResolvedEvent[] | undefined): number {
  const last = useRef<{ events: readonly ResolvedEvent[]; count: number } | null>(null);
  if (!events) return 0;
  const count = countDisputed(events, last.current);
  last.current = { events, count };
  return count;
}
