import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from './stringify';

const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8')) as Record<
  string,
  unknown
>;

describe('jsonPieces', () => {
  it('joins to the text JSON.stringify makes, for the seed', () => {
    expect([...jsonPieces(seed)].join('')).toBe(JSON.stringify(seed));
  });

  it('cuts a long array into pieces, and still joins to the same text', () => {
    const events = Array.from({ length: 2_500 }, (_, i) => ({
      id: `e${i}`,
      n: i,
      gone: undefined,
    }));
    const value = { title: 'Long', events, note: undefined, empty: [] };
    const pieces = [...jsonPieces(value)];
    expect(pieces.length).toBeGreaterThan(4);
    expect(pieces.join('')).toBe(JSON.stringify(value));
  });

  it('matches JSON.stringify for any object of JSON values (and undefined fields)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string(),
          fc.oneof(
            fc.jsonValue(),
            fc.constant(undefined),
            fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined)), { maxLength: 2_100 }),
          ),
        ),
        (value) => {
          expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
          // With a memo, twice (the second time from it): the same text.
          const memo = new WeakMap<object, string>();
          expect([...jsonPieces(value, memo)].join('')).toBe(JSON.stringify(value));
          expect([...jsonPieces(value, memo)].join('')).toBe(JSON.stringify(value));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reuses the text of records kept by an edit, and makes anew those it changed', () => {
    const memo = new WeakMap<object, string>();
    const events = Array.from({ length: 1_500 }, (_, i) => ({ id: `e${i}`, title: `T${i}` }));
    const before = { title: 'A', events };
    expect([...jsonPieces(before, memo)].join('')).toBe(JSON.stringify(before));
    // An edit of one event: a new array, the other events shared.
    const after = {
      ...before,
      events: events.map((e, i) => (i === 7 ? { ...e, title: 'New' } : e)),
    };
    expect(memo.has(events[8] as object)).toBe(true);
    expect([...jsonPieces(after, memo)].join('')).toBe(JSON.stringify(after));
  });
});
