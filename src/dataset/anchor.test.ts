import { describe, expect, it } from 'vitest';
import { anchorPassage, offsetsMatch, passageFromRange } from './anchor';
import type { Passage } from './schema';

const TEXT =
  'The talks began on Saturday. Both sides met in Doha. ' +
  'On Sunday the Taliban said the talks went well. Both sides met in Doha again later.';

function quote(text: string, exact: string, occurrence = 0, context = 12): Passage {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  if (start === -1) throw new Error(`"${exact}" not in the text`);
  const end = start + exact.length;
  return {
    source: 'article',
    exact,
    start,
    end,
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}

describe('anchorPassage', () => {
  it('keeps offsets that match exactly', () => {
    const passage = quote(TEXT, 'the talks went well');
    expect(offsetsMatch(TEXT, passage)).toBe(true);
    expect(anchorPassage(TEXT, passage)).toEqual({
      start: passage.start,
      end: passage.end,
      status: 'exact',
    });
  });

  it('matches without context too', () => {
    const { start, end, exact, source } = quote(TEXT, 'Doha');
    expect(anchorPassage(TEXT, { source, exact, start, end })).toEqual({
      start,
      end,
      status: 'exact',
    });
  });

  it('re-anchors a passage whose offsets an edit has shifted', () => {
    const passage = quote(TEXT, 'the talks went well');
    const edited = `Updated: ${TEXT}`;
    expect(offsetsMatch(edited, passage)).toBe(false);
    const anchor = anchorPassage(edited, passage);
    expect(anchor).toEqual({
      start: passage.start + 9,
      end: passage.end + 9,
      status: 'reanchored',
    });
    expect(edited.slice(anchor.start, anchor.end)).toBe('the talks went well');
  });

  it('lets the prefix and suffix choose between two occurrences', () => {
    // "Both sides met in Doha" appears twice; the second is followed by " again".
    const second = quote(TEXT, 'Both sides met in Doha', 1);
    const first = quote(TEXT, 'Both sides met in Doha', 0);
    expect(second.start).toBeGreaterThan(first.start);
    // Offsets moved next to the first occurrence, but the context is that of the second.
    const edited = `A new opening line that shifts everything by a good deal. ${TEXT}`;
    const shift = edited.length - TEXT.length;
    const anchor = anchorPassage(edited, { ...second, start: first.start, end: first.end });
    expect(anchor).toEqual({
      start: second.start + shift,
      end: second.end + shift,
      status: 'reanchored',
    });
    // And the first one's context finds the first.
    expect(anchorPassage(edited, first)).toMatchObject({ start: first.start + shift });
  });

  it('only the suffix can tell them apart', () => {
    const text = 'x said yes. y said yes! z said yes.';
    const passage: Passage = { source: 's', exact: 'said yes', start: 0, end: 8, suffix: '!' };
    expect(anchorPassage(text, passage)).toEqual({ start: 14, end: 22, status: 'reanchored' });
  });

  it('on a tie, picks the occurrence nearest the old offset', () => {
    const text = 'ok. ok. ok. ok.';
    // No context: every occurrence scores the same.
    const near = (start: number) =>
      anchorPassage(text, { source: 's', exact: 'ok.', start, end: start + 1 });
    expect(near(0)).toMatchObject({ start: 0 });
    expect(near(9)).toMatchObject({ start: 8, status: 'reanchored' });
    expect(near(5)).toMatchObject({ start: 4 });
    expect(near(100)).toMatchObject({ start: 12 });
    // The same context on each side: the nearest still wins.
    const withContext: Passage = {
      source: 's',
      exact: 'ok.',
      start: 13,
      end: 16,
      prefix: ' ',
      suffix: ' ',
    };
    expect(anchorPassage(text, withContext)).toEqual({ start: 8, end: 11, status: 'reanchored' });
  });

  it('prefers better context over nearness', () => {
    const text = 'A: go. B: go. C: go.';
    const passage: Passage = { source: 's', exact: 'go.', start: 3, end: 6, prefix: 'C: ' };
    expect(offsetsMatch(text, passage)).toBe(false);
    expect(anchorPassage(text, passage)).toEqual({ start: 17, end: 20, status: 'reanchored' });
  });

  it('reports a quote that is not in the text as unanchored, keeping its offsets', () => {
    const passage = quote(TEXT, 'the talks went well');
    const edited = TEXT.replace('went well', 'went badly');
    expect(anchorPassage(edited, passage)).toEqual({
      start: passage.start,
      end: passage.end,
      status: 'unanchored',
    });
  });

  it('does not trust offsets beyond the end of the text', () => {
    const passage: Passage = { source: 's', exact: 'Doha', start: 500, end: 504 };
    expect(offsetsMatch(TEXT, passage)).toBe(false);
    expect(anchorPassage(TEXT, passage)).toMatchObject({
      start: TEXT.lastIndexOf('Doha'),
      status: 'reanchored',
    });
  });

  it('rejects offsets whose context does not match', () => {
    const passage = { ...quote(TEXT, 'the talks went well'), prefix: 'Monday ' };
    expect(offsetsMatch(TEXT, passage)).toBe(false);
    const suffixed = { ...quote(TEXT, 'the talks went well'), suffix: '?' };
    expect(offsetsMatch(TEXT, suffixed)).toBe(false);
  });

  it('counts offsets in UTF-16 code units: astral characters count as two', () => {
    const text = '🇶🇦 😀 Talks in Doha 🤝 went well.';
    const exact = 'Talks in Doha';
    const start = text.indexOf(exact);
    // 🇶🇦 is two code points (four units), 😀 one code point (two units), plus two spaces.
    expect(start).toBe(8);
    expect([...text.slice(0, start)].length).toBe(5);
    const passage: Passage = {
      source: 's',
      exact,
      start,
      end: start + exact.length,
      prefix: '😀 ',
      suffix: ' 🤝',
    };
    expect(anchorPassage(text, passage)).toEqual({ start: 8, end: 21, status: 'exact' });
    // Offsets counted in code points (5) are off, and the quote is re-anchored to units.
    expect(anchorPassage(text, { ...passage, start: 5, end: 18 })).toEqual({
      start: 8,
      end: 21,
      status: 'reanchored',
    });
  });
});

describe('passageFromRange', () => {
  const text =
    'A long opening, well before the quote, 😀 then the quoted words here, and 𝒳 after them all, to the end.';

  it('quotes a range with its offsets and 32 units of context each side', () => {
    const start = text.indexOf('the quoted');
    const end = text.indexOf(', and');
    const passage = passageFromRange(text, 'src', start, end);
    expect(passage).toMatchObject({ source: 'src', exact: 'the quoted words here', start, end });
    expect(passage.prefix).toBe(text.slice(start - 32, start));
    expect(passage.suffix).toBe(text.slice(end, end + 32));
    expect(offsetsMatch(text, passage)).toBe(true);
  });

  it('keeps context short of the text’s ends', () => {
    const passage = passageFromRange('short text', 'src', 0, 5);
    expect(passage).toMatchObject({ exact: 'short', prefix: '', suffix: ' text' });
  });

  it('never cuts a surrogate pair in two at the edge of its context', () => {
    // The emoji's two code units sit exactly where 32 units of context would start or end.
    const around = `😀${'a'.repeat(31)}QUOTE${'b'.repeat(31)}😀tail`;
    const start = around.indexOf('QUOTE');
    const passage = passageFromRange(around, 'src', start, start + 5);
    expect(passage.prefix).toBe('a'.repeat(31));
    expect(passage.suffix).toBe('b'.repeat(31));
    expect(offsetsMatch(around, passage)).toBe(true);
  });

  it('refuses a range outside the text', () => {
    expect(() => passageFromRange(text, 'src', 5, 2)).toThrow(RangeError);
    expect(() => passageFromRange(text, 'src', 0, text.length + 1)).toThrow(RangeError);
  });
});
