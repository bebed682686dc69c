import { describe, expect, it } from 'vitest';
import { describeFilters } from './filterSummary';
import { EMPTY_FILTERS } from './viewState';

const names: Record<string, string> = { taliban: 'Taliban', 'united-states': 'United States' };
const nameOf = (id: string) => names[id];

describe('describeFilters', () => {
  it('names every active filter in words, in a fixed order', () => {
    expect(
      describeFilters(
        {
          ...EMPTY_FILTERS,
          actors: ['taliban', 'united-states'],
          match: 'all',
          kinds: ['attack'],
          support: 'disputed',
        },
        nameOf,
      ).map((words) => words.replace(/[\u2066-\u2069]/g, '')),
    ).toEqual(['actors: Taliban, United States (all of)', 'kind: Attack', 'only disputed events']);
    expect(describeFilters({ ...EMPTY_FILTERS, support: 'single-source' }, nameOf)).toEqual([
      'only single-source events',
    ]);
    expect(describeFilters(EMPTY_FILTERS, nameOf)).toEqual([]);
  });
});
