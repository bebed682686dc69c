import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, tooDeep } from './depth';
import { parseDataset } from './parse';

const SEED_FILE = new URL('../../data/doha-talks-2021.json', import.meta.url);
const seedText = readFileSync(SEED_FILE, 'utf8');

/** JSON text of `levels` arrays, one inside the other (what JSON.parse takes without trouble). */
const nestedArrays = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
/** JSON text of `levels` objects {"a": {"a": … 1}}. */
const nestedObjects = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

/** The seed with `field` set to the value that `json` writes, parsed. */
function seedWith(field: string, json: string): unknown {
  const seed = JSON.parse(seedText) as Record<string, unknown>;
  seed[field] = '__DEEP__';
  return JSON.parse(JSON.stringify(seed).replace('"__DEEP__"', json));
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

const DEEP = { code: 'tooDeep', params: { max: 64 } };

describe('tooDeep', () => {
  it('finds nothing in the seed, which nests eight levels', () => {
    const seed = JSON.parse(seedText);
    expect(tooDeep(seed)).toBeNull();
    // The dataset, its events, an event, its passages, a passage, its claim, its figures, a figure.
    expect(tooDeep(seed, 8)).toBeNull();
    expect(tooDeep(seed, 7)).toBe('events[13].passages');
    // The dataset, its events, an event, its actors, an actor reference.
    expect(tooDeep(seed, 4)).toBe('events[0].actors');
  });

  it('counts the outermost object as one level', () => {
    expect(tooDeep(JSON.parse(nestedArrays(MAX_DEPTH)))).toBeNull();
    expect(tooDeep(JSON.parse(nestedArrays(MAX_DEPTH + 1)))).toBe('');
    expect(tooDeep('text')).toBeNull();
    expect(tooDeep(null)).toBeNull();
  });

  it('names the field under which the nesting is', () => {
    const deep = JSON.parse(nestedArrays(100));
    expect(tooDeep({ format: deep })).toBe('format');
    expect(tooDeep({ events: [{ id: 'a' }, { summary: deep }] })).toBe('events[1].summary');
    expect(tooDeep({ events: [{ id: 'a' }, deep] })).toBe('events');
    expect(tooDeep({ sources: [{ text: 'x' }], description: { a: deep } })).toBe('description');
  });
});

describe('parseDataset on deep nesting', () => {
  it('refuses 100k arrays deep under "format" at once, with one clear problem', () => {
    const input = seedWith('format', nestedArrays(100_000));
    const { value, ms } = timed(() => parseDataset(input, { anchors: 'strict' }));
    expect(value).toEqual({
      ok: false,
      problems: [{ path: 'format', message: 'nested deeper than 64 levels', ...DEEP }],
    });
    expect(ms).toBeLessThan(2_000);
  });

  it('refuses 100k arrays deep under another key, known or not', () => {
    for (const field of ['unknown', 'description', 'events']) {
      const input = seedWith(field, nestedArrays(100_000));
      const { value, ms } = timed(() => parseDataset(input, { anchors: 'repair' }));
      expect(value).toEqual({
        ok: false,
        problems: [{ path: field, message: 'nested deeper than 64 levels', ...DEEP }],
      });
      expect(ms).toBeLessThan(2_000);
    }
  });

  it('refuses 100k objects deep inside an event, naming the event field', () => {
    const seed = JSON.parse(seedText) as { events: Array<Record<string, unknown>> };
    const event = seed.events[2];
    if (!event) throw new Error('seed event');
    event.location = '__DEEP__';
    const text = JSON.stringify(seed).replace('"__DEEP__"', nestedObjects(100_000));
    const { value, ms } = timed(() => parseDataset(JSON.parse(text), { anchors: 'strict' }));
    expect(value).toEqual({
      ok: false,
      problems: [{ path: 'events[2].location', message: 'nested deeper than 64 levels', ...DEEP }],
    });
    expect(ms).toBeLessThan(2_000);
  });

  it('quotes a wrong format only when it is a string or number, never a structure', () => {
    const problems = (format: unknown) => {
      const result = parseDataset({ format }, { anchors: 'strict' });
      return result.ok ? [] : result.problems.map((problem) => problem.message);
    };
    expect(problems(JSON.parse(nestedArrays(60)))).toEqual([
      'unsupported format an array (expected "sourceline/1")',
    ]);
    expect(problems({ v: 1 })).toEqual(['unsupported format an object (expected "sourceline/1")']);
    expect(problems(2)).toEqual(['unsupported format 2 (expected "sourceline/1")']);
    expect(problems('x'.repeat(100))).toEqual([
      `unsupported format "${'x'.repeat(56)}… (expected "sourceline/1")`,
    ]);
  });
});
