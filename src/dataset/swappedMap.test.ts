import { describe, expect, it } from 'vitest';
import { SwappedMap } from './swappedMap';

describe('SwappedMap', () => {
  it('answers the swapped key anew and every other key as before', () => {
    const base = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    const swapped = SwappedMap.swap(base, 'b', 20);
    expect(swapped.get('b')).toBe(20);
    expect(swapped.get('a')).toBe(1);
    expect(swapped.has('c')).toBe(false);
    expect(swapped.size).toBe(2);
    expect([...swapped]).toEqual([
      ['a', 1],
      ['b', 20],
    ]);
    expect(base.get('b')).toBe(2);
  });

  it('flattens into a plain Map once the layers grow deep, with the same entries', () => {
    let lookup: ReadonlyMap<string, number> = new Map([['a', 0]]);
    for (let i = 1; i <= 60; i++) {
      lookup = SwappedMap.swap(lookup, 'a', i);
      expect(lookup.get('a')).toBe(i);
      if (lookup instanceof SwappedMap) expect(lookup.layers).toBeLessThanOrEqual(24);
    }
    expect(lookup).toEqual(new Map([['a', 60]]));
  });
});
