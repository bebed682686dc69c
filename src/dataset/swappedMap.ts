// A lookup after one entry was swapped: the previous lookup with that key answered anew, in O(1),
// where a copy of a 100k-entry Map costs ~20 ms and its garbage more. An edit typed into a draft
// makes one such layer per commit; past a few layers the lookup is copied once, flat again.

/** Layers before a lookup is flattened into a plain Map. */
const MAX_LAYERS = 24;

/** `base` with `key` now answering `value` (the key must already be in `base`). */
export class SwappedMap<K, V> implements ReadonlyMap<K, V> {
  readonly #base: ReadonlyMap<K, V>;
  readonly #key: K;
  readonly #value: V;
  readonly layers: number;

  private constructor(base: ReadonlyMap<K, V>, key: K, value: V) {
    this.#base = base;
    this.#key = key;
    this.#value = value;
    this.layers = (base instanceof SwappedMap ? base.layers : 0) + 1;
  }

  /** `base` with `key`'s value replaced; a plain Map again once the layers grow deep. */
  static swap<K, V>(base: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> {
    if (base instanceof SwappedMap && base.layers >= MAX_LAYERS) {
      const flat = new Map(base);
      flat.set(key, value);
      return flat;
    }
    return new SwappedMap(base, key, value);
  }

  get size(): number {
    return this.#base.size;
  }

  get(key: K): V | undefined {
    return key === this.#key ? this.#value : this.#base.get(key);
  }

  has(key: K): boolean {
    return key === this.#key || this.#base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.#base.entries()) {
      yield [key, key === this.#key ? this.#value : value];
    }
  }

  *keys(): MapIterator<K> {
    yield* this.#base.keys();
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}
