// The dataset's derived types: what the app holds of a dataset once it is derived
// (src/dataset/derive.ts). Types only, so any layer may name them without importing the
// validator or the derivation.

import type { DayNumber, EventDateValue } from './calendar';
import type { Corroboration } from './corroboration';
import type { Anchor } from './passageState';
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
  /** How many sources and outlets support it, and whether their claims agree. */
  corroboration: Corroboration;
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
   * An identity shared by derivations whose events stand as they stood: the same ids in the same
   * places of the file and of the date order, the same dates and passages (an edit of one event's
   * words keeps it; every other derivation makes its own). What is laid out by position (the
   * reader's pieces, its passages' places) is kept across derivations of one layout, told in O(1)
   * where comparing 100k events took ~30 ms a commit while typing.
   */
  layout: object;
}

/**
 * What the parsing worker posts to the page: the derivation without its lookups by id, which the
 * page rebuilds (`withIndexes`) faster than it could receive them, so the transfer is no bigger
 * than the events, search texts and actor lists themselves.
 */
export type TransferredDataset = Omit<LoadedDataset, 'eventById' | 'actorById' | 'kinds'>;
