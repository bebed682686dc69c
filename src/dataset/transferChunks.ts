// The parsing worker's answer cut into messages the page can receive one at a time. Receiving a
// message (its structured-clone deserialisation) is one task of the page's main thread: a
// 100,000-event dataset in one message froze it ~650 ms; in chunks of CHUNK_EVENTS events no
// single task is long. A message keeps object identity only within itself, so the chunks carry
// positions where the whole shares objects (the date order, each actor's events), and `join`
// puts the references back. Pure: split in the worker, joined on the page, tested as a pair.

import {
  countMovedPassages,
  type EventIndexes,
  type MovedPassages,
  noMovedPassages,
} from './loaded';
import type { TimelineEvent } from './schema';
import type { ResolvedEvent, TransferredDataset } from './types';

/**
 * Events per message: at 5,000 a message took ~40 ms to receive on a quiet machine, and over
 * 100 ms on a busy one (2,000: fewer than half as many tasks over 100 ms at 100k events).
 */
export const CHUNK_EVENTS = 2_000;

/** Everything but the events (the first message). */
export interface HeadChunk {
  kind: 'head';
  core: Omit<TransferredDataset, 'events' | 'searchTexts' | 'eventsByActor'>;
  total: number;
}

/** Events `from`… of the file, each with its derivation (null where its date failed). */
export interface EventsChunk {
  kind: 'events';
  from: number;
  events: TimelineEvent[];
  resolved: Array<ResolvedEvent | null>;
  searchTexts: string[];
}

/** The date order and each actor's events, as positions in the file (the last message). */
export interface OrderChunk {
  kind: 'order';
  order: Uint32Array;
  byActor: Array<[string, Uint32Array]>;
}

export type Chunk = HeadChunk | EventsChunk | OrderChunk;

/** The worker's answer as messages: the head, the events in chunks, then the order. */
export function splitDataset(loaded: TransferredDataset): Chunk[] {
  const { events, searchTexts, eventsByActor, ...core } = loaded;
  const all = core.dataset.events;
  const byIndex: Array<ResolvedEvent | null> = new Array(all.length).fill(null);
  for (const resolved of events) byIndex[resolved.index] = resolved;
  const chunks: Chunk[] = [
    {
      kind: 'head',
      core: { ...core, dataset: { ...core.dataset, events: [] } },
      total: all.length,
    },
  ];
  for (let from = 0; from < all.length; from += CHUNK_EVENTS) {
    const to = Math.min(all.length, from + CHUNK_EVENTS);
    chunks.push({
      kind: 'events',
      from,
      events: all.slice(from, to),
      resolved: byIndex.slice(from, to),
      searchTexts: searchTexts.slice(from, to),
    });
  }
  chunks.push({
    kind: 'order',
    order: Uint32Array.from(events, (resolved) => resolved.index),
    byActor: [...eventsByActor].map(([id, list]) => [
      id,
      Uint32Array.from(list, (resolved) => resolved.index),
    ]),
  });
  return chunks;
}

/** The typed arrays of a chunk, to transfer rather than copy. */
export function transferables(chunk: Chunk): ArrayBuffer[] {
  if (chunk.kind !== 'order') return [];
  return [
    chunk.order.buffer as ArrayBuffer,
    ...chunk.byActor.map(([, list]) => list.buffer as ArrayBuffer),
  ];
}

/**
 * Gathers chunks as they arrive; `result` once the order has come. The events' lookups by id
 * (`indexes`) and the count of passages out of place (`movedPassages`) are gathered chunk by
 * chunk, each in its chunk's task: at 100k events, each was a pass of ~90 ms after the last chunk.
 */
export class ChunkJoiner {
  private eventById = new Map<string, ResolvedEvent>();
  private kinds = new Set<string>();
  private moved = noMovedPassages();
  private head: HeadChunk | null = null;
  private events: TimelineEvent[] = [];
  private resolved: Array<ResolvedEvent | null> = [];
  private searchTexts: string[] = [];
  private order: OrderChunk | null = null;

  add(chunk: Chunk): void {
    switch (chunk.kind) {
      case 'head':
        this.head = chunk;
        this.events = new Array(chunk.total);
        this.resolved = new Array(chunk.total).fill(null);
        this.searchTexts = new Array(chunk.total);
        break;
      case 'events':
        for (let i = 0; i < chunk.events.length; i++) {
          const at = chunk.from + i;
          const event = chunk.events[i] as TimelineEvent;
          const resolved = chunk.resolved[i] ?? null;
          this.events[at] = event;
          this.resolved[at] = resolved;
          this.searchTexts[at] = chunk.searchTexts[i] as string;
          this.kinds.add(event.kind);
          if (resolved) this.eventById.set(event.id, resolved);
        }
        countMovedPassages(chunk.resolved, this.moved);
        break;
      case 'order':
        this.order = chunk;
        break;
    }
  }

  /** How many events the dataset has (0 until its head has come). */
  get total(): number {
    return this.events.length;
  }

  get complete(): boolean {
    return this.head !== null && this.order !== null;
  }

  /** The events' lookups by id, as `withIndexes` would make them from `result()`. */
  indexes(): EventIndexes {
    return { eventById: this.eventById, kinds: this.kinds };
  }

  /** The passages not at their own offsets, by state, as `countMovedPassages` counts them. */
  movedPassages(): MovedPassages {
    return this.moved;
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
