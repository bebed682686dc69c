// Vitest's setup: a derivation's lookups may be a `SwappedMap` (one entry swapped over the
// previous lookup) where one made from scratch is a Map; they are equal when their entries are.
import { expect } from 'vitest';
import { SwappedMap } from '../dataset/swappedMap';

expect.addEqualityTesters([
  function lookupsEqual(a: unknown, b: unknown, customTesters) {
    if (!(a instanceof SwappedMap) && !(b instanceof SwappedMap)) return undefined;
    const entries = (value: unknown) =>
      value instanceof Map || value instanceof SwappedMap ? new Map(value) : value;
    return this.equals(entries(a), entries(b), customTesters);
  },
]);
