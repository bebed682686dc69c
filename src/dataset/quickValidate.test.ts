import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate';
import { passesDatasetSchema } from './quickValidate';
import { DatasetSchema } from './schema';

const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8'));

/** The seed with every optional part of the format present somewhere. */
function richDataset() {
  const dataset = structuredClone(seed);
  dataset.description = 'A description.';
  dataset.periods = [
    { id: 'withdrawal', title: 'The withdrawal', date: { value: '2021-07/2021-08-30' } },
    {
      id: 'talks',
      title: 'Talks',
      date: { value: '2021-10-09/2021-10-10', expression: 'the weekend', note: 'From the text.' },
    },
  ];
  dataset.sources[0].url = 'https://example.org/article';
  dataset.sources[0].attribution = 'Owned by its publisher.';
  dataset.sources[0].lang = 'en';
  dataset.lang = 'en-GB';
  dataset.events[0].media = {
    url: 'https://example.org/photo.jpg',
    caption: 'A photo',
    credit: 'A photographer',
  };
  dataset.events[0].location = { name: 'Doha' };
  dataset.events[0].passages[0].claim = {
    date: { value: '2021-08-31', expression: 'on Tuesday', note: 'A source dates it a day later.' },
    figures: [
      { what: 'killed', value: 46, hedge: 'at least' },
      { what: 'injured', min: 10, max: 20.5 },
    ],
    attributedTo: { actor: 'taliban', words: 'the Taliban said' },
  };
  dataset.events[0].passages[0].quotes = { source: dataset.sources[0].id, start: 0, end: 3 };
  dataset.actors[0].aliases = ['The Taliban'];
  dataset.actors[0].description = 'An armed group.';
  return dataset;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into the value, the root included. */
function paths(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      paths(item, [...at, i], out);
    });
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths(item, [...at, key], out);
  }
  return out;
}

const LENGTHS = [0, 1, 32, 33, 100, 101, 200, 201, 500, 501, 1_000, 1_001, 2_000, 2_001];
const MUTATIONS: Array<(value: Json) => Json | undefined> = [
  () => undefined, // the key removed
  () => null,
  () => 7,
  () => -1,
  () => 1.5,
  () => 2 ** 53,
  () => '',
  () => 'Not A Slug',
  () => 'ok-slug',
  () => 'javascript:alert(1)',
  () => 'https://example.org/x y',
  () => 'sourceline/1',
  () => 'person',
  () => 'fa-AF',
  () => 'en-',
  () => 'abcdefghi',
  () => 'x-private-1',
  () => [],
  () => ({}),
  (value) => (Array.isArray(value) ? [...value, ...value] : value),
  (value) => (Array.isArray(value) ? Array.from({ length: 101 }, () => value[0] ?? 'x') : value),
  (value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? { ...value, unexpected: 1 }
      : value,
  (value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? JSON.parse(`{"__proto__": 1, ${JSON.stringify(value).slice(1)}`.replace(', }', '}'))
      : value,
  ...LENGTHS.map((n) => () => 'a'.repeat(n)),
];

function mutated(base: Json, path: (string | number)[], mutation: number): Json {
  const copy = structuredClone(base);
  const change = MUTATIONS[mutation] as (value: Json) => Json | undefined;
  if (path.length === 0) return (change(copy) ?? null) as Json;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1) as string | number;
  const next = change(parent[last] as Json);
  if (next === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = next;
  return copy;
}

describe('passesDatasetSchema agrees with the schema', () => {
  it('passes valid datasets: the seed, one with every optional part, and generated ones', () => {
    for (const dataset of [seed, richDataset(), generateDataset({ events: 300, seed: 7 })]) {
      expect(DatasetSchema.safeParse(dataset).success).toBe(true);
      expect(passesDatasetSchema(dataset)).toBe(true);
    }
  });

  it('property: after any one change anywhere, it says what the schema says', () => {
    const base = richDataset() as Json;
    const all = paths(base);
    let refused = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: all.length - 1 }),
        fc.integer({ min: 0, max: MUTATIONS.length - 1 }),
        (at, mutation) => {
          const value = mutated(base, all[at] as (string | number)[], mutation);
          const valid = DatasetSchema.safeParse(value).success;
          runs++;
          if (!valid) refused++;
          expect(passesDatasetSchema(value)).toBe(valid);
        },
      ),
      { numRuns: 4_000 },
    );
    // The changes break the file most of the time, and not always: both answers are tried.
    expect(refused / runs).toBeGreaterThan(0.5);
    expect(refused / runs).toBeLessThan(0.98);
    // Thousands of runs: ~4 s alone, more on a busy machine.
  }, 30_000);

  it('property: after two changes, too', () => {
    const base = richDataset() as Json;
    const all = paths(base);
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: all.length - 1 }),
            fc.integer({ min: 0, max: MUTATIONS.length - 1 }),
          ),
          { minLength: 2, maxLength: 2 },
        ),
        (changes) => {
          let value = base;
          for (const [at, mutation] of changes) {
            const path = all[at] as (string | number)[];
            try {
              value = mutated(value, path, mutation);
            } catch {
              // The first change removed what the second one's path goes through.
            }
          }
          expect(passesDatasetSchema(value)).toBe(DatasetSchema.safeParse(value).success);
        },
      ),
      { numRuns: 2_000 },
    );
  }, 30_000);
});
