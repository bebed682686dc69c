import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bidiParts, FSI, isolate, PDI, withoutMarks } from './bidi';

describe('isolate and bidiParts', () => {
  it('cuts a message into its words and the isolated strings', () => {
    const name = '\u202Eevil.json';
    expect(bidiParts(`Opened ${isolate(name)} from your computer.`)).toEqual([
      { text: 'Opened ', isolated: false },
      { text: name, isolated: true },
      { text: ' from your computer.', isolated: false },
    ]);
  });

  it('keeps an empty isolated string, runs an unclosed one to the end, drops stray PDIs', () => {
    expect(bidiParts(`a${isolate('')}b`)).toEqual([
      { text: 'a', isolated: false },
      { text: '', isolated: true },
      { text: 'b', isolated: false },
    ]);
    expect(bidiParts(`a${FSI}rest`)).toEqual([
      { text: 'a', isolated: false },
      { text: 'rest', isolated: true },
    ]);
    expect(bidiParts(`a${PDI}b`)).toEqual([{ text: 'ab', isolated: false }]);
  });

  it('loses no other character (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.boolean())), (pieces) => {
        const message = pieces
          .map(([text, isolated]) => (isolated ? isolate(withoutMarks(text)) : withoutMarks(text)))
          .join('');
        expect(
          bidiParts(message)
            .map((part) => part.text)
            .join(''),
        ).toBe(withoutMarks(message));
      }),
    );
  });
});
