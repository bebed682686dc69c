// What the app holds of a dataset once it is derived (src/dataset/derive.ts), and the light
// helpers that the page needs of it without the derivation itself (which brings the EDTF grammar
// and anchoring): rebuilding the lookups after the parsing worker's transfer.

import type { ReaderIndex } from '../model/readerIndex';
import type { Anchor } from './anchor';
import { type DayNumber, dateExtent, type EventDateValue } from './calendar';
import type { Problem } from './problem';
import type { Actor, Dataset, Period, TimelineEvent } from './schema';

/** An event with what is derived from it: its parsed date and its passages' anchors. */
export interface ResolvedEvent {
  event: TimelineEvent;
  /** Its position in the file (`dataset.events[index]`). */
  index: number;
  date: EventDateValue;
  sortDay: DayNumber;
  /** One per passage, in the passages' order. */
  anchors: Anchor[];
}

/** A period with its parsed date. */
export interface ResolvedPeriod {
  period: Period;
  index: number;
  date: EventDateValue;
  sortDay: DayNumber;
}

/** Whole calendar days, inclusive. */
export interface DayRange {
  from: DayNumber;
  to: DayNumber;
}

export interface LoadedDataset {
  dataset: Dataset;
  /** Changes on every edit (0 for a dataset as loaded): with `dataset`, what caches key on. */
  revision: number;
  /** Events in date order (then by position in the file); an event whose date fails is left out. */
  events: ResolvedEvent[];
  /** Periods in date order (then by position in the file); empty when the file has none. */
  periods: ResolvedPeriod[];
  /** Each event's text folded for search, by position in the file. */
  searchTexts: string[];
  /** Each actor's events, in date order (the actor filter picks from these). */
  eventsByActor: ReadonlyMap<string, readonly ResolvedEvent[]>;
  /** First and last known day of the events' dates; null when there are none. */
  extent: DayRange | null;
  eventById: ReadonlyMap<string, ResolvedEvent>;
  actorById: ReadonlyMap<string, Actor>;
  /** The kinds of the events. */
  kinds: ReadonlySet<string>;
  /** What was repaired, such as re-anchored passages (and, in a draft, events left out). */
  warnings: Problem[];
  /** The format the file was converted from on load (e.g. "TimelineJS JSON"); null for ours. */
  importedFrom: string | null;
  /**
   * Each source's text cut into the reader's pieces, with its passages indexed, by source id
   * (`src/model/readerIndex.ts`): made by the parsing worker, so the page never walks a long
   * text at load. Not part of the derivation: after an edit the reader builds its own.
   */
  readerIndexes?: ReadonlyMap<string, ReaderIndex>;
}

/**
 * What the parsing worker posts to the page: the derivation without its lookups by id, which the
 * page rebuilds (`withIndexes`) faster than it could receive them, so the transfer is no bigger
 * than the events, search texts and actor lists themselves.
 */
export type TransferredDataset = Omit<LoadedDataset, 'eventById' | 'actorById' | 'kinds'>;

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
