// The filter cache's answers for a dataset just loaded, worked out a slice at a time before
// anyone asks: the kinds' totals (read when the filters first open) and each event's place in the
// file (read by the first search). At 100k events each is a pass over objects spread over the
// heap (~25–50 and ~20 ms): asked for at once, they made the task that opened the filters, or
// ran the first search, a long one.
import type { ResolvedEvent } from '../dataset/types';
import type { FilterCache } from './filter';

export class FilterWarmUp {
  readonly #events: readonly ResolvedEvent[];
  readonly #cache: FilterCache;
  readonly #kinds = new Map<string, number>();
  readonly #places: Int32Array;
  #at = 0;

  constructor(events: readonly ResolvedEvent[], cache: FilterCache) {
    this.#events = events;
    this.#cache = cache;
    this.#places = new Int32Array(events.length);
  }

  /**
   * Reads up to `count` more events; true once every one is read and the answers are in the
   * cache (where an answer worked out meanwhile, on demand, is left as it is).
   */
  step(count: number): boolean {
    const events = this.#events;
    const kinds = this.#kinds;
    const to = Math.min(events.length, this.#at + count);
    for (let i = this.#at; i < to; i++) {
      const resolved = events[i] as ResolvedEvent;
      const { kind } = resolved.event;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      this.#places[i] = resolved.index;
    }
    this.#at = to;
    if (to < events.length) return false;
    const cache = this.#cache;
    if (!cache.kindTotals.has(events)) cache.kindTotals.set(events, kinds);
    if (!cache.places.has(events)) cache.places.set(events, this.#places);
    return true;
  }
}
