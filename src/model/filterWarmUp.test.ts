import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../dataset/parse';
import type { LoadedDataset } from '../dataset/types';
import { countByKind, FilterCache, filterEvents, kindTotals } from './filter';
import { FilterWarmUp } from './filterWarmUp';
import { EMPTY_FILTERS } from './viewState';

function loadSeed(): LoadedDataset {
  const raw = readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8');
  const result = parseDataset(JSON.parse(raw), { anchors: 'strict' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const seed = loadSeed();

describe('FilterWarmUp', () => {
  it('fills the cache a slice at a time, with what the filters would work out themselves', () => {
    const cache = new FilterCache();
    const warmUp = new FilterWarmUp(seed.events, cache);
    let steps = 1;
    while (!warmUp.step(3)) {
      // Nothing is in the cache until every event is read.
      expect(cache.kindTotals.has(seed.events)).toBe(false);
      steps++;
    }
    expect(steps).toBe(Math.ceil(seed.events.length / 3));
    const totals = cache.kindTotals.get(seed.events);
    // The same counts, in the same order (the busiest list breaks ties by it).
    expect([...(totals ?? [])]).toEqual([...countByKind(seed.events)]);
    expect(kindTotals(seed.events, cache)).toBe(totals);
    expect([...(cache.places.get(seed.events) ?? [])]).toEqual(seed.events.map((e) => e.index));
  });

  it('gives the same search results as a cold cache', () => {
    const cache = new FilterCache();
    new FilterWarmUp(seed.events, cache).step(Number.POSITIVE_INFINITY);
    const filters = { ...EMPTY_FILTERS, query: 'talks' };
    expect(filterEvents(seed, filters, cache)).toEqual(filterEvents(seed, filters));
  });

  it('leaves an answer worked out meanwhile as it is', () => {
    const cache = new FilterCache();
    const warmUp = new FilterWarmUp(seed.events, cache);
    warmUp.step(2);
    const asked = kindTotals(seed.events, cache);
    expect(warmUp.step(Number.POSITIVE_INFINITY)).toBe(true);
    expect(kindTotals(seed.events, cache)).toBe(asked);
  });

  it('is done at once for no events', () => {
    const cache = new FilterCache();
    const none: LoadedDataset['events'] = [];
    expect(new FilterWarmUp(none, cache).step(10)).toBe(true);
    expect(cache.kindTotals.get(none)?.size).toBe(0);
  });
});
