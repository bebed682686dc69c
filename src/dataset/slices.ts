// The parsing worker's answer cut into messages the page can receive one at a time. Receiving a
// message (its structured-clone deserialisation) is one task of the page's main thread: a
// 100,000-event dataset in one message froze it ~650 ms; in slices of SLICE_EVENTS events no
// single task is long. A message keeps object identity only within itself, so the slices carry
// positions where the whole shares objects (the date order, each actor's events), and `join`
// puts the references back. Pure: split in the worker, joined on the page, tested as a pair.

import type { TimelineEvent } from './schema';
import type { ResolvedEvent, TransferredDataset } from './types';

/** Events per message: ~40 ms of deserialisation each at 100k events on this project's machine. */
export const SLICE_EVENTS = 5_000;

/** Everything but the events (the first message). */
export interface HeadSlice {
  kind: 'head';
  core: Omit<TransferredDataset, 'events' | 'searchTexts' | 'eventsByActor'>;
  total: number;
}

/** Events `from`… of the file, each with its derivation (null where its date failed). */
export interface EventsSlice {
  kind: 'events';
  from: number;
  events: TimelineEvent[];
  resolved: Array<ResolvedEvent | null>;
  searchTexts: string[];
}

/** The date order and each actor's events, as positions in the file (the last message). */
export interface OrderSlice {
  kind: 'order';
  order: Uint32Array;
  byActor: Array<[string, Uint32Array]>;
}

export type Slice = HeadSlice | EventsSlice | OrderSlice;

/** The worker's answer as messages: the head, the events in slices, then the order. */
export function splitDataset(loaded: TransferredDataset): Slice[] {
  const { events, searchTexts, eventsByActor, ...core } = loaded;
  const all = core.dataset.events;
  const byIndex: Array<ResolvedEvent | null> = new Array(all.length).fill(null);
  for (const resolved of events) byIndex[resolved.index] = resolved;
  const slices: Slice[] = [
    {
      kind: 'head',
      core: { ...core, dataset: { ...core.dataset, events: [] } },
      total: all.length,
    },
  ];
  for (let from = 0; from < all.length; from += SLICE_EVENTS) {
    const to = Math.min(all.length, from + SLICE_EVENTS);
    slices.push({
      kind: 'events',
      from,
      events: all.slice(from, to),
      resolved: byIndex.slice(from, to),
      searchTexts: searchTexts.slice(from, to),
    });
  }
  slices.push({
    kind: 'order',
    order: Uint32Array.from(events, (resolved) => resolved.index),
    byActor: [...eventsByActor].map(([id, list]) => [
      id,
      Uint32Array.from(list, (resolved) => resolved.index),
    ]),
  });
  return slices;
}

/** The typed arrays of a slice, to transfer rather than copy. */
export function transferables(slice: Slice): ArrayBuffer[] {
  if (slice.kind !== 'order') return [];
  return [
    slice.order.buffer as ArrayBuffer,
    ...slice.byActor.map(([, list]) => list.buffer as ArrayBuffer),
  ];
}

/** Gathers slices as they arrive; `result` once the order has come. */
export class SliceJoiner {
  private head: HeadSlice | null = null;
  private events: TimelineEvent[] = [];
  private resolved: Array<ResolvedEvent | null> = [];
  private searchTexts: string[] = [];
  private order: OrderSlice | null = null;

  add(slice: Slice): void {
    switch (slice.kind) {
      case 'head':
        this.head = slice;
        this.events = new Array(slice.total);
        this.resolved = new Array(slice.total).fill(null);
        this.searchTexts = new Array(slice.total);
        break;
      case 'events':
        for (let i = 0; i < slice.events.length; i++) {
          const at = slice.from + i;
          this.events[at] = slice.events[i] as TimelineEvent;
          this.resolved[at] = slice.resolved[i] ?? null;
          this.searchTexts[at] = slice.searchTexts[i] as string;
        }
        break;
      case 'order':
        this.order = slice;
        break;
    }
  }

  get complete(): boolean {
    return this.head !== null && this.order !== null;
  }

  /** The dataset as the worker had it, its shared objects shared again. */
  result(): TransferredDataset {
    if (!this.head || !this.order) throw new Error('the dataset has not all arrived');
    const { core } = this.head;
    const resolved = this.resolved;
    const at = (index: number) => resolved[index] as ResolvedEvent;
    const eventsByActor = new Map<string, readonly ResolvedEvent[]>();
    for (const [id, list] of this.order.byActor) eventsByActor.set(id, Array.from(list, at));
    return {
      ...core,
      dataset: { ...core.dataset, events: this.events },
      events: Array.from(this.order.order, at),
      searchTexts: this.searchTexts,
      eventsByActor,
    };
  }
}
