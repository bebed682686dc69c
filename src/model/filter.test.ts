import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventsByActorOf } from '../dataset/loaded';
import { parseDataset } from '../dataset/parse';
import { eventSearchText, foldForSearch } from '../dataset/search';
import type { LoadedDataset, ResolvedEvent } from '../dataset/types';
import {
  actorTotals,
  choiceCounts,
  countByActor,
  countByKind,
  type EventIndex,
  FilterCache,
  filterEvents,
  hasActiveFilters,
  kindTotals,
  matchesActors,
  textMatches,
} from './filter';
import { EMPTY_FILTERS, type Filters } from './viewState';

function loadSeed(): LoadedDataset {
  const raw = readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8');
  const result = parseDataset(JSON.parse(raw), { anchors: 'strict' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const seed = loadSeed();
const { events } = seed;
const index = seed.searchTexts;

/** The lists the filters read, made for some events (without search texts: folded on the fly). */
function indexOf(some: ResolvedEvent[]): EventIndex {
  return { events: some, eventsByActor: eventsByActorOf(some), searchTexts: [] };
}

function ids(changes: Partial<Filters>): string[] {
  return filterEvents(seed, { ...EMPTY_FILTERS, ...changes }).map((e) => e.event.id);
}

function eventById(id: string): ResolvedEvent {
  const found = events.find((e) => e.event.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

const TALIBAN_AND_US = [
  'roggio-criticizes-taliban-counterterrorism-partnership',
  'doha-talks',
  'taliban-refuses-cooperation-against-is',
  'us-statement-humanitarian-assistance',
  'taliban-confirms-aid-without-recognition',
];

describe('filterEvents on the seed dataset', () => {
  it('keeps every event, in order, without filters', () => {
    expect(ids({})).toEqual(events.map((e) => e.event.id));
    expect(ids({})).toHaveLength(18);
  });

  it('keeps events with any of the chosen actors', () => {
    expect(ids({ actors: ['taliban'] })).toHaveLength(12);
    expect(ids({ actors: ['united-states'] })).toHaveLength(7);
    const either = ids({ actors: ['taliban', 'united-states'], match: 'any' });
    expect(either).toHaveLength(14);
    expect(new Set(either)).toEqual(
      new Set([...ids({ actors: ['taliban'] }), ...ids({ actors: ['united-states'] })]),
    );
    expect(ids({ actors: ['iskp', 'qatar'] }).sort()).toEqual([
      'doha-talks',
      'iskp-attacks-surge',
      'iskp-claims-mosque-bombing',
      'shia-mosque-suicide-bombing',
    ]);
  });

  it('keeps events with all of the chosen actors', () => {
    expect(ids({ actors: ['taliban', 'united-states'], match: 'all' }).sort()).toEqual(
      [...TALIBAN_AND_US].sort(),
    );
    expect(ids({ actors: ['qatar', 'iskp'], match: 'all' })).toEqual([]);
    expect(ids({ actors: ['qatar'], match: 'all' })).toEqual(['doha-talks']);
  });

  it('picks the same events through its per-actor lists as a test of every event would', () => {
    const actorIds = seed.dataset.actors.map((actor) => actor.id).slice(0, 8);
    for (const match of ['any', 'all'] as const) {
      for (const a of actorIds) {
        for (const b of actorIds) {
          const filters: Filters = { ...EMPTY_FILTERS, actors: [a, b], match };
          const expected = events.filter((resolved) => matchesActors(resolved, filters));
          expect(filterEvents(seed, filters)).toEqual(expected);
        }
      }
    }
  });

  it('treats an unknown actor as matching nothing', () => {
    expect(ids({ actors: ['nobody'] })).toEqual([]);
    expect(ids({ actors: ['nobody', 'qatar'] })).toEqual(['doha-talks']);
    expect(ids({ actors: ['nobody', 'qatar'], match: 'all' })).toEqual([]);
  });

  it('keeps events of the chosen kinds', () => {
    expect(ids({ kinds: ['statement'] })).toHaveLength(10);
    expect(ids({ kinds: ['attack'] }).sort()).toEqual([
      'iskp-attacks-surge',
      'shia-mosque-suicide-bombing',
    ]);
    expect(ids({ kinds: ['attack', 'diplomacy'] })).toHaveLength(3);
    expect(ids({ kinds: ['ceremony'] })).toEqual([]);
  });

  it('combines kinds, actors and search', () => {
    expect(
      ids({ kinds: ['statement'], actors: ['taliban', 'united-states'], match: 'all' }),
    ).toEqual([
      'taliban-refuses-cooperation-against-is',
      'us-statement-humanitarian-assistance',
      'taliban-confirms-aid-without-recognition',
    ]);
    expect(ids({ kinds: ['statement'], query: 'recognition' }).sort()).toEqual([
      'state-department-no-recognition',
      'taliban-confirms-aid-without-recognition',
    ]);
    expect(ids({ kinds: ['attack'], query: 'recognition' })).toEqual([]);
  });

  it('searches titles, summaries and passages', () => {
    expect(ids({ query: 'mosque' })).toHaveLength(3);
    // Only in a passage (the article's spelling).
    expect(ids({ query: 'uyghers' })).toEqual(['ap-reports-uyghur-bomber']);
    expect(ids({ query: 'insane' })).toEqual([
      'roggio-criticizes-taliban-counterterrorism-partnership',
    ]);
  });

  it('folds case and diacritics', () => {
    expect(ids({ query: 'DOHA' })).toEqual(ids({ query: 'doha' }));
    expect(ids({ query: 'Dōhá' })).toEqual(ids({ query: 'doha' }));
    expect(ids({ query: 'ＱＡＴＡＲ' })).toEqual(['doha-talks']);
    expect(ids({ query: 'doha' })).toHaveLength(3);
  });

  it('needs every word of the search, in any field and any order', () => {
    expect(ids({ query: 'mosque condemned' })).toEqual([
      'biden-administration-condemns-mosque-bombing',
    ]);
    expect(ids({ query: '  condemned   mosque ' })).toEqual(ids({ query: 'mosque condemned' }));
    expect(ids({ query: 'mosque qatar' })).toEqual([]);
  });

  it('falls back to the event text when the index lacks an event', () => {
    const kept = filterEvents({ ...seed, searchTexts: [] }, { ...EMPTY_FILTERS, query: 'uyghers' });
    expect(kept.map((e) => e.event.id)).toEqual(['ap-reports-uyghur-bomber']);
  });
});

describe('textMatches', () => {
  const texts = ['talks in doha', 'doha', 'talks', 'in doha talks'];

  it('marks the texts that hold every term, by position', () => {
    expect([...textMatches(texts, ['doha', 'talks'])]).toEqual([1, 0, 0, 1]);
    expect([...textMatches(texts, ['zzz'])]).toEqual([0, 0, 0, 0]);
  });

  it('answers for the texts it is given, not the last ones asked about', () => {
    const cache = new FilterCache();
    expect([...textMatches(texts, ['doha'], cache)]).toEqual([1, 1, 0, 1]);
    const edited = ['talks', 'doha', 'talks', 'doha'];
    expect([...textMatches(edited, ['doha'], cache)]).toEqual([0, 1, 0, 1]);
    expect([...textMatches(texts, ['doha'], cache)]).toEqual([1, 1, 0, 1]);
  });

  it('keeps its last answer in the cache it is given, for the same texts and terms', () => {
    const cache = new FilterCache();
    const hits = textMatches(texts, ['doha', 'talks'], cache);
    expect(textMatches(texts, ['doha', 'talks'], cache)).toBe(hits);
    expect(textMatches(texts, ['doha', 'talks'])).not.toBe(hits);
    expect(textMatches([...texts], ['doha', 'talks'], cache)).not.toBe(hits);
  });

  it('finds what a test of each event finds, with and without other filters', () => {
    for (const query of ['mosque', 'taliban doha', 'the', 'zzz']) {
      const terms = foldForSearch(query).split(/\s+/);
      const expected = events.filter((e) =>
        terms.every((t) => eventSearchText(e.event).includes(t)),
      );
      expect(filterEvents(seed, { ...EMPTY_FILTERS, query })).toEqual(expected);
      const statements = expected.filter((e) => e.event.kind === 'statement');
      expect(filterEvents(seed, { ...EMPTY_FILTERS, query, kinds: ['statement'] })).toEqual(
        statements,
      );
    }
  });
});

describe('search fields', () => {
  const base = eventById('doha-talks');
  const withWord = (field: 'title' | 'summary' | 'passage'): ResolvedEvent => {
    const event = structuredClone(base.event);
    if (field === 'title') event.title = `${event.title} zanzibar`;
    if (field === 'summary') event.summary = `${event.summary} Zanzíbar`;
    if (field === 'passage') {
      event.passages = [...event.passages, { exact: 'ZANZIBAR', source: 's', start: 0, end: 8 }];
    }
    return { ...base, event: { ...event, id: `z-${field}` } };
  };

  it('finds a word in the title, the summary or a passage', () => {
    const variants = [withWord('title'), withWord('summary'), withWord('passage'), base];
    const kept = filterEvents(indexOf(variants), { ...EMPTY_FILTERS, query: 'zanzibar' });
    expect(kept.map((e) => e.event.id)).toEqual(['z-title', 'z-summary', 'z-passage']);
  });

  it('builds the folded text once per event', () => {
    expect(eventSearchText(withWord('summary').event)).toContain('zanzibar');
    expect(index[base.index]).toBe(eventSearchText(base.event));
    expect(index.filter((text) => text !== undefined)).toHaveLength(18);
  });
});

describe('foldForSearch', () => {
  it('lowercases and strips diacritics', () => {
    expect(foldForSearch('Dōha ÉTÉ Ångström Straße')).toBe('doha ete angstrom straße');
    expect(foldForSearch('ﬁnal')).toBe('final');
  });
});

describe('hasActiveFilters and matchesActors', () => {
  it('knows when a filter is active', () => {
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, match: 'all' })).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, query: '   ' })).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, query: 'x' })).toBe(true);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, actors: ['taliban'] })).toBe(true);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, kinds: ['attack'] })).toBe(true);
  });

  it('matches any or all actors', () => {
    const talks = eventById('doha-talks');
    expect(matchesActors(talks, { ...EMPTY_FILTERS, actors: ['qatar', 'iskp'] })).toBe(true);
    expect(
      matchesActors(talks, { ...EMPTY_FILTERS, actors: ['qatar', 'iskp'], match: 'all' }),
    ).toBe(false);
    expect(matchesActors(talks, { ...EMPTY_FILTERS, match: 'all' })).toBe(true);
  });
});

describe('a search among every event', () => {
  it('finds what testing each event’s own text finds, with the other filters too', () => {
    const slow = indexOf(events);
    expect(filterEvents(seed, { ...EMPTY_FILTERS, query: 'talks' }).length).toBeGreaterThan(3);
    for (const changes of [
      { query: 'talks' },
      { query: 'taliban doha' },
      { query: 'zzzqqq' },
      { query: 'talks', kinds: ['statement'] },
      { query: 'the', support: 'single-source' as const },
    ]) {
      const filters = { ...EMPTY_FILTERS, ...changes };
      const fast = filterEvents(seed, filters, new FilterCache());
      expect(fast.map((e) => e.event.id)).toEqual(
        filterEvents(slow, filters).map((e) => e.event.id),
      );
      const counts = choiceCounts(seed, filters, new FilterCache());
      const slowCounts = choiceCounts(slow, filters);
      for (const kind of ['statement', 'attack', 'military']) {
        expect(counts.kind(kind)).toBe(slowCounts.kind(kind));
      }
    }
  });
});

describe('counts', () => {
  it('counts the kinds of a list of events once, for the list and its counts alike', () => {
    const cache = new FilterCache();
    const totals = kindTotals(events, cache);
    expect(totals).toEqual(countByKind(events));
    expect(kindTotals(events, cache)).toBe(totals);
    expect(choiceCounts(seed, EMPTY_FILTERS, cache).kind('statement')).toBe(10);
    expect(kindTotals(events.slice(1), cache)).not.toBe(totals);
  });

  it('counts events per actor and per kind', () => {
    const actors = countByActor(events);
    expect(actors.get('taliban')).toBe(12);
    expect(actors.get('united-states')).toBe(7);
    expect(actors.get('qatar')).toBe(1);
    expect(actors.get('nobody')).toBeUndefined();
    expect(Object.fromEntries(countByKind(events))).toEqual({
      statement: 10,
      military: 2,
      attack: 2,
      analysis: 2,
      political: 1,
      diplomacy: 1,
    });
  });

  it('counts an actor once per event, even when it has two roles', () => {
    const talks = eventById('doha-talks');
    const twice: ResolvedEvent = {
      ...talks,
      event: { ...talks.event, actors: [...talks.event.actors, { id: 'qatar', role: 'host' }] },
    };
    expect(countByActor([twice]).get('qatar')).toBe(1);
  });

  it('counts what the filters keep', () => {
    const kept = filterEvents(seed, { ...EMPTY_FILTERS, actors: ['iskp'] });
    expect(Object.fromEntries(countByKind(kept))).toEqual({ attack: 2, statement: 1 });
    expect(countByActor(kept).get('iskp')).toBe(kept.length);
  });

  it('totals each actor from the derived per-actor lists, as a count would', () => {
    expect(actorTotals(seed)).toEqual(countByActor(events));
  });
});

describe('the support filter (disputed, single source)', () => {
  const raw = readFileSync(new URL('../../e2e/fixtures/two-sources.json', import.meta.url), 'utf8');
  const result = parseDataset(JSON.parse(raw), { anchors: 'strict' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const two = result.value;
  const shown = (changes: Partial<Filters>) =>
    filterEvents(two, { ...EMPTY_FILTERS, ...changes }).map((e) => e.event.id);

  it('keeps only the disputed events, or only those of a single source', () => {
    expect(shown({ support: 'disputed' })).toEqual(['kunduz-mosque-bombing']);
    expect(shown({ support: 'single-source' })).toEqual([
      'residents-describe-blast',
      'un-calls-for-justice',
    ]);
    expect(shown({ support: 'any' })).toHaveLength(4);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, support: 'disputed' })).toBe(true);
  });

  it('combines with the other filters, and counts each status under them', () => {
    expect(shown({ support: 'single-source', actors: ['un-officials'] })).toEqual([
      'un-calls-for-justice',
    ]);
    const counts = choiceCounts(two, {
      ...EMPTY_FILTERS,
      support: 'disputed',
      kinds: ['statement'],
    });
    expect(counts.support('disputed')).toBe(0);
    expect(counts.support('single-source')).toBe(2);
    expect(counts.support('any')).toBe(3);
    const all = choiceCounts(two, EMPTY_FILTERS);
    expect([all.support('any'), all.support('disputed'), all.support('single-source')]).toEqual([
      4, 1, 2,
    ]);
    // The other counts follow the status filter.
    expect(choiceCounts(two, { ...EMPTY_FILTERS, support: 'disputed' }).kind('attack')).toBe(1);
    expect(choiceCounts(two, { ...EMPTY_FILTERS, support: 'disputed' }).kind('statement')).toBe(0);
    expect(
      choiceCounts(two, { ...EMPTY_FILTERS, support: 'single-source' }).actor('un-officials'),
    ).toBe(1);
  });
});
