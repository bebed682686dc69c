import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate';
import { parseDataset } from '../dataset/parse';
import { busiest, FoldedNames, findsName, foldName, queryWords } from './choices';
import { choiceCounts, filterEvents } from './filter';
import { EMPTY_FILTERS, type Filters } from './viewState';

const parsed = parseDataset(JSON.parse(JSON.stringify(generateDataset({ events: 400, seed: 4 }))), {
  anchors: 'strict',
});
if (!parsed.ok) throw new Error('the generated dataset does not parse');
const loaded = parsed.value;
const { events } = loaded;
const actorIds = parsed.value.dataset.actors.map((actor) => actor.id);
const kinds = [...new Set(events.map((e) => e.event.kind))];
const days = events.slice(0, 20).map((e) => e.sortDay);

const filtersArbitrary: fc.Arbitrary<Filters> = fc.record({
  actors: fc.uniqueArray(fc.constantFrom(...actorIds.slice(0, 12)), { maxLength: 3 }),
  match: fc.constantFrom('any' as const, 'all' as const),
  kinds: fc.uniqueArray(fc.constantFrom(...kinds), { maxLength: 2 }),
  query: fc.constantFrom('', 'oslo', 'talks in', 'zzz'),
  day: fc.option(fc.constantFrom(...days), { nil: null }),
  support: fc.constantFrom('any' as const, 'disputed' as const, 'single-source' as const),
});

describe('choiceCounts', () => {
  it('agrees with filtering by each choice added, for any filters', () => {
    fc.assert(
      fc.property(filtersArbitrary, fc.constantFrom(...actorIds), (filters, id) => {
        const counts = choiceCounts(loaded, filters);
        // An actor's count: the view with that actor chosen too ("any of": its events added;
        // "all of": required as well).
        const withActor = { ...filters, actors: [...new Set([...filters.actors, id])] };
        expect(counts.actor(id)).toBe(filterEvents(loaded, withActor).length);
        for (const kind of kinds) {
          const only = { ...filters, kinds: [kind] };
          expect(counts.kind(kind)).toBe(filterEvents(loaded, only).length);
        }
        for (const support of ['any', 'disputed', 'single-source'] as const) {
          expect(counts.support(support)).toBe(
            filterEvents(loaded, { ...filters, support }).length,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it("walks only the asked-for actor's events, not every event", () => {
    const byActor = loaded.eventsByActor;
    const own = (id: string) => byActor.get(id)?.length ?? 0;
    const rare = actorIds.filter((id) => own(id) > 0).sort((a, b) => own(a) - own(b))[0];
    if (!rare) throw new Error('no actor with events');
    expect(own(rare)).toBeLessThan(events.length / 10);
    let reads = 0;
    // A search index that counts the events it is asked about.
    const counting = new Proxy(loaded.searchTexts, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const counts = choiceCounts(
      { ...loaded, searchTexts: counting },
      { ...EMPTY_FILTERS, query: 'oslo' },
    );
    counts.actor(rare);
    expect(reads).toBe(own(rare));
  });

  it('with an actor required, counts every actor in one pass over its events', () => {
    const own = (id: string) => loaded.eventsByActor.get(id)?.length ?? 0;
    const [rare, ...others] = actorIds.filter((id) => own(id) > 0).sort((a, b) => own(a) - own(b));
    if (!rare) throw new Error('no actor with events');
    let reads = 0;
    const counting = new Proxy(loaded.searchTexts, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const filters = { ...EMPTY_FILTERS, query: 'oslo', actors: [rare], match: 'all' as const };
    const counts = choiceCounts({ ...loaded, searchTexts: counting }, filters);
    for (const id of others.slice(0, 20)) counts.actor(id);
    expect(reads).toBeLessThanOrEqual(own(rare));
  });
});

describe('busiest', () => {
  const items = Array.from({ length: 500 }, (_, i) => ({ name: `item ${i}`, n: (i * 37) % 101 }));
  const rank = (a: (typeof items)[number], b: (typeof items)[number]) =>
    b.n - a.n || a.name.localeCompare(b.name, 'en', { numeric: true });

  it('keeps the busiest, in order, and every chosen one', () => {
    const chosen = new Set(['item 3', 'item 499']);
    const { shown, matched, hidden } = busiest(
      items,
      (item) => item.n,
      (item) => item.name,
      10,
      () => true,
      (item) => chosen.has(item.name),
    );
    const expected = [
      ...items
        .filter((item) => !chosen.has(item.name))
        .sort(rank)
        .slice(0, 10),
      ...items.filter((item) => chosen.has(item.name)),
    ].sort(rank);
    expect(shown).toEqual(expected);
    expect(matched).toBe(500);
    expect(hidden).toBe(488);
  });

  it('ranks among the items a query keeps, and counts them', () => {
    const { shown, matched } = busiest(
      items,
      (item) => item.n,
      (item) => item.name,
      5,
      (item) => item.name.endsWith('7'),
    );
    expect(matched).toBe(50);
    expect(shown).toEqual(
      items
        .filter((item) => item.name.endsWith('7'))
        .sort(rank)
        .slice(0, 5),
    );
  });
});

describe('finding a choice by name', () => {
  it('folds case and diacritics, and needs every word', () => {
    expect(foldName('Dōha Ministry')).toBe('doha ministry');
    expect(foldName('UNITED Front')).toBe('united front');
    expect(findsName(foldName('Ministry of Doha'), queryWords('doha MIN'))).toBe(true);
    expect(findsName(foldName('Ministry of Doha'), queryWords('doha kabul'))).toBe(false);
    expect(queryWords('   ')).toEqual([]);
  });
});

describe('FoldedNames', () => {
  it('folds a slice at a time, and the rest at once when asked before it is done', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `Náme ${i}`);
    const folded = new FoldedNames(names, (name) => name);
    expect(folded.advance(0)).toBe(false);
    expect(folded.complete).toBe(false);
    expect(folded.at(1999)).toBe('name 1999');
    expect(folded.complete).toBe(true);
  });
});
