// Finding repeats in the short lists of an event (its actors, its passages), for the validator and
// the derivation alike.

/**
 * Calls `report(index, earlier)` for each item equal to an earlier one, in order. An event lists a
 * few actors and passages: comparing each with those before it is cheapest (100k events, and no
 * Map or key string each); a long list (up to 1,000 actors) goes through a Map of keys instead.
 */
export function forEachRepeat<T>(
  items: readonly T[],
  key: (item: T) => string,
  same: (a: T, b: T) => boolean,
  report: (index: number, earlier: number) => void,
): void {
  if (items.length <= 16) {
    for (let i = 1; i < items.length; i++) {
      const item = items[i] as T;
      for (let j = 0; j < i; j++) {
        if (same(items[j] as T, item)) {
          report(i, j);
          break;
        }
      }
    }
    return;
  }
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const k = key(item);
    const earlier = first.get(k);
    if (earlier === undefined) first.set(k, i);
    else report(i, earlier);
  });
}
