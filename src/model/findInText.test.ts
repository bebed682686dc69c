import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAll, findInWindow, findPattern, type Match, WINDOW_UNITS } from './findInText';

const all = (text: string, query: string): Match[] => {
  const pattern = findPattern(query);
  return pattern ? [...findAll(text, pattern)].flat() : [];
};

describe('find in article', () => {
  it('ignores case, takes words with any white space between, and escapes the rest', () => {
    expect(all('The Envoy met the\nenvoy’s aide. (a.b)', 'envoy')).toEqual([
      { start: 4, end: 9 },
      { start: 18, end: 23 },
    ]);
    expect(all('met the\n  envoy', 'THE envoy')).toEqual([{ start: 4, end: 15 }]);
    expect(all('x (a.b) y a+b', '(a.b)')).toEqual([{ start: 2, end: 7 }]);
    expect(all('anything', '   ')).toEqual([]);
    expect(findPattern('')).toBeNull();
  });

  it('finds across windows exactly what one pass over the whole text finds', () => {
    // Small windows in effect: matches are placed around the window boundary.
    const text = `${'x'.repeat(WINDOW_UNITS - 3)}aaaaa envoy${'y'.repeat(10)}ENVOY`;
    const pattern = findPattern('aa') as RegExp;
    const once = [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    expect(all(text, 'aa')).toEqual(once);
    expect(all(text, 'envoy')).toHaveLength(2);
  });

  it('agrees with a single pass on random texts, window by window', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'A'), maxLength: 300 }),
        fc.integer({ min: 1, max: 60 }),
        (text, size) => {
          const pattern = findPattern('ab a') ?? /x/g;
          const single = findInWindow(text, pattern, 0, text.length);
          const windowed: Match[] = [];
          let lastEnd = 0;
          for (let from = 0; from < text.length; from += size) {
            for (const m of findInWindow(text, pattern, from, from + size)) {
              if (m.start >= lastEnd) {
                windowed.push(m);
                lastEnd = m.end;
              }
            }
          }
          expect(windowed).toEqual(single);
        },
      ),
    );
  });

  it('stops at the limit', () => {
    const pattern = findPattern('a') as RegExp;
    expect([...findAll('a'.repeat(100), pattern, 7)].flat()).toHaveLength(7);
  });
});
