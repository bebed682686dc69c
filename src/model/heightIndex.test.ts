import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HeightIndex } from './heightIndex';

describe('HeightIndex', () => {
  it('agrees with plain running sums through any sequence of changes', () => {
    const sizes = fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 120 });
    const change = fc.tuple(fc.nat(119), fc.integer({ min: 1, max: 300 }));
    fc.assert(
      fc.property(
        sizes,
        fc.array(change, { maxLength: 30 }),
        fc.nat(30_000),
        (start, changes, y) => {
          const plain = [...start];
          const index = new HeightIndex(start);
          for (const [at, size] of changes) {
            const i = at % plain.length;
            plain[i] = size;
            index.set(i, size);
          }
          let sum = 0;
          for (let i = 0; i < plain.length; i++) {
            expect(index.offsetOf(i)).toBe(sum);
            sum += plain[i] as number;
          }
          expect(index.total()).toBe(sum);
          // The item holding y: the last whose start is at or before it.
          let expected = 0;
          let at = 0;
          for (let i = 0; i < plain.length; i++) {
            if (at <= y) expected = i;
            at += plain[i] as number;
          }
          expect(index.indexAt(y)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers for an empty list and for offsets outside the list', () => {
    expect(new HeightIndex([]).indexAt(10)).toBe(-1);
    expect(new HeightIndex([]).total()).toBe(0);
    const index = new HeightIndex([10, 10, 10]);
    expect(index.indexAt(-5)).toBe(0);
    expect(index.indexAt(10)).toBe(1);
    expect(index.indexAt(1e9)).toBe(2);
  });
});
