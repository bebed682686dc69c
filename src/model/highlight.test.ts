import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PassageRange, paragraphRuns } from './highlight';
import { buildReaderIndex, pieceParagraph } from './readerIndex';

const range = (start: number, end: number, eventId = 'e', index = 0): PassageRange => ({
  start,
  end,
  eventId,
  index,
});

/** The text cut into the reader's pieces, each cut into segments, as the reader draws it. */
function segmentText(text: string, passages: PassageRange[]) {
  const ids = [...new Set(passages.map((p) => p.eventId))];
  const index = buildReaderIndex(
    text,
    passages.map((p) => ({
      start: p.start,
      end: p.end,
      event: ids.indexOf(p.eventId),
      index: p.index,
    })),
  );
  return Array.from(index.starts, (_, piece) =>
    pieceParagraph(text, index, piece, (event) => ids[event] ?? ''),
  );
}

/** Non-blank lines with their offsets (short lines: each is one piece). */
function paragraphRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') ranges.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return ranges;
}

/** The obvious quadratic definition, to check the sweep against. */
function reference(text: string, all: PassageRange[]) {
  const passages = all.filter((p) => p.start < p.end);
  return paragraphRanges(text).map(({ start, end }) => {
    const cuts = new Set([start, end]);
    for (const p of passages) {
      if (p.start > start && p.start < end) cuts.add(p.start);
      if (p.end > start && p.end < end) cuts.add(p.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    return points.slice(0, -1).map((a, i) => {
      const b = points[i + 1] as number;
      const ids = passages
        .filter((p) => p.start <= a && p.end >= b)
        .map((p) => `${p.eventId}:${p.index}`)
        .sort();
      return { start: a, end: b, ids };
    });
  });
}

describe('segmentText', () => {
  it('keeps paragraphs with their offsets and skips blank lines', () => {
    const index = buildReaderIndex('ab\n\ncd\n  \ne', []);
    expect([...index.starts]).toEqual([0, 4, 10]);
    expect([...index.ends]).toEqual([2, 6, 11]);
  });

  it('cuts at every passage boundary; overlapping passages cover their shared part', () => {
    const text = 'The quick brown fox jumps';
    const [paragraph] = segmentText(text, [range(4, 15, 'a'), range(10, 19, 'b')]);
    expect(paragraph?.segments.map((s) => [s.text, s.passages.map((p) => p.eventId)])).toEqual([
      ['The ', []],
      ['quick ', ['a']],
      ['brown', ['b', 'a']],
      [' fox', ['b']],
      [' jumps', []],
    ]);
  });

  it('lists the shortest covering passage first', () => {
    const [paragraph] = segmentText('abcdef', [range(0, 6, 'long'), range(2, 4, 'short')]);
    expect(paragraph?.segments[1]?.passages.map((p) => p.eventId)).toEqual(['short', 'long']);
  });

  it('carries a passage across a paragraph break', () => {
    const paragraphs = segmentText('one two\n\nthree four', [range(4, 14, 'x')]);
    expect(paragraphs.map((p) => p.segments.map((s) => [s.text, s.passages.length]))).toEqual([
      [
        ['one ', 0],
        ['two', 1],
      ],
      [
        ['three', 1],
        [' four', 0],
      ],
    ]);
  });

  it('agrees with the quadratic definition on random passages', () => {
    const text = 'Alpha beta gamma.\n\nDelta epsilon\nzeta eta theta.\n\n\niota kappa';
    const passage = fc
      .tuple(fc.nat(text.length), fc.nat(text.length), fc.constantFrom('a', 'b', 'c'), fc.nat(3))
      .map(([x, y, id, index]) => range(Math.min(x, y), Math.max(x, y), id, index));
    fc.assert(
      fc.property(fc.array(passage, { maxLength: 12 }), (passages) => {
        const got = segmentText(text, passages).map((p) =>
          p.segments.map((s) => ({
            start: s.start,
            end: s.end,
            ids: s.passages.map((q) => `${q.eventId}:${q.index}`).sort(),
          })),
        );
        expect(got).toEqual(reference(text, passages));
        for (const p of segmentText(text, passages)) {
          for (const s of p.segments) expect(s.text).toBe(text.slice(s.start, s.end));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('paragraphRuns', () => {
  const text = 'Alpha beta, gamma delta epsilon.';
  const [paragraph] = segmentText(text, [
    range(0, 10, 'a'),
    range(6, 17, 'b'),
    range(12, 17, 'c'),
    range(10, 11, 'd'),
  ]);
  if (!paragraph) throw new Error('no paragraph');

  it('joins neighbouring segments of one passage into one link, and drops tiny links', () => {
    const runs = paragraphRuns(paragraph, null);
    expect(runs.map((r) => [r.kind, r.text, 'eventId' in r ? r.eventId : ''])).toEqual([
      // "Alpha " and "beta" are two segments (b starts between them), both shown as a's link.
      ['link', 'Alpha beta', 'a'],
      // "," is its own passage (d) but too short to be a useful link target.
      ['plain', ',', ''],
      ['plain', ' ', ''],
      ['link', 'gamma', 'c'],
      ['plain', ' delta epsilon.', ''],
    ]);
  });

  it('marks the selected event’s passage as one run over its segments', () => {
    const runs = paragraphRuns(paragraph, 'b');
    expect(runs.filter((r) => r.kind === 'mark').map((r) => r.text)).toEqual(['beta, gamma']);
  });
});
