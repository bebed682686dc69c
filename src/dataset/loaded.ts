// The light helpers that the page needs of a derived dataset without the derivation itself
// (which brings the EDTF grammar and anchoring): rebuilding the lookups after the parsing worker's
// transfer.

import { type DayNumber, dateExtent } from './calendar';
import { atItsOffsets } from './passageState';
import type { PassageState } from './reanchor';
import type { DayRange, LoadedDataset, ResolvedEvent, TransferredDataset } from './types';

/** Each actor's events, in the order given (an actor in two roles counts once per event). */
export function eventsByActorOf(
  events: readonly ResolvedEvent[],
): Map<string, readonly ResolvedEvent[]> {
  const byActor = new Map<string, ResolvedEvent[]>();
  for (const resolved of events) {
    const { actors } = resolved.event;
    actors.forEach((ref, i) => {
      if (actors.findIndex((other) => other.id === ref.id) !== i) return;
      const list = byActor.get(ref.id);
      if (list) list.push(resolved);
      else byActor.set(ref.id, [resolved]);
    });
  }
  return byActor;
}

/** First and last known day of the events' dates, or null when none has one. */
export function eventsExtent(events: readonly ResolvedEvent[]): DayRange | null {
  let from: DayNumber = Number.POSITIVE_INFINITY;
  let to: DayNumber = Number.NEGATIVE_INFINITY;
  for (const { date } of events) {
    const { first, last } = dateExtent(date);
    if (first !== null) {
      from = Math.min(from, first);
      to = Math.max(to, first);
    }
    if (last !== null) {
      from = Math.min(from, last);
      to = Math.max(to, last);
    }
  }
  return Number.isFinite(from) ? { from, to } : null;
}

/** How many passages are not shown at their own offsets (their text moved or changed), by state. */
export type MovedPassages = Record<PassageState, number>;

export const noMovedPassages = (): MovedPassages => ({
  exact: 0,
  moved: 0,
  edited: 0,
  ambiguous: 0,
  lost: 0,
});

/** Adds the passages of `events` not shown at their own offsets to `counts` (null: skipped). */
export function countMovedPassages(
  events: Iterable<ResolvedEvent | null>,
  counts: MovedPassages = noMovedPassages(),
): MovedPassages {
  for (const resolved of events) {
    if (!resolved) continue;
    const { event, anchors } = resolved;
    for (let i = 0; i < anchors.length; i++) {
      const passage = event.passages[i];
      const anchor = anchors[i] as (typeof anchors)[number];
      if (passage && !atItsOffsets(anchor, passage)) counts[anchor.state]++;
    }
  }
  return counts;
}

/** The lookups by id that take a pass over every event (see `withIndexes`). */
export type EventIndexes = Pick<LoadedDataset, 'eventById' | 'kinds'>;

/**
 * The lookups by id, rebuilt on the page after a transfer (and made with every derivation).
 * `made`: the events' lookups, already gathered (the page gathers them as the chunks arrive).
 */
export function withIndexes(core: TransferredDataset, made?: EventIndexes): LoadedDataset {
  const { eventById, kinds } = made ?? eventIndexes(core);
  const actorById = new Map(core.dataset.actors.map((actor) => [actor.id, actor]));
  return { ...core, eventById, actorById, kinds };
}

function eventIndexes(core: TransferredDataset): EventIndexes {
  const eventById = new Map<string, ResolvedEvent>();
  for (const resolved of core.events) eventById.set(resolved.event.id, resolved);
  const kinds = new Set<string>();
  for (const event of core.dataset.events) kinds.add(event.kind);
  return { eventById, kinds };
}

/** The derivation as the parsing worker posts it (see `TransferredDataset`). */
export function forTransfer(loaded: LoadedDataset): TransferredDataset {
  const { eventById: _events, actorById: _actors, kinds: _kinds, ...core } = loaded;
  return core;
}
