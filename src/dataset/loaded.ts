// The light helpers that the page needs of a derived dataset without the derivation itself
// (which brings the EDTF grammar and anchoring): rebuilding the lookups after the parsing worker's
// transfer.

import { type DayNumber, dateExtent } from './calendar';
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

/** The lookups by id, rebuilt on the page after a transfer (and made with every derivation). */
export function withIndexes(core: TransferredDataset): LoadedDataset {
  const eventById = new Map<string, ResolvedEvent>();
  for (const resolved of core.events) eventById.set(resolved.event.id, resolved);
  const kinds = new Set<string>();
  for (const event of core.dataset.events) kinds.add(event.kind);
  const actorById = new Map(core.dataset.actors.map((actor) => [actor.id, actor]));
  return { ...core, eventById, actorById, kinds };
}

/** The derivation as the parsing worker posts it (see `TransferredDataset`). */
export function forTransfer(loaded: LoadedDataset): TransferredDataset {
  const { eventById: _events, actorById: _actors, kinds: _kinds, ...core } = loaded;
  return core;
}
