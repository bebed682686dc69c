import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setEventField, setPassage } from '../dataset/commandBuilders';
import { applyCommand } from '../dataset/commands';
import { deriveLoaded } from '../dataset/derive';
import type { Dataset } from '../dataset/schema';
import {
  buildReaderIndex,
  CLOSES_PARAGRAPH,
  nextPassageStart,
  OPENS_PARAGRAPH,
  overlapping,
  PART_LINES,
  PIECE_UNITS,
  partCount,
  partOf,
  passageTable,
  pieceAt,
  pieceParagraph,
  type ReaderIndex,
  ReaderIndexCache,
  type SourcePassage,
  sourcePassages,
} from './readerIndex';

const passage = (start: number, end: number, event = 0, index = 0): SourcePassage => ({
  start,
  end,
  event,
  index,
});

const words = (n: number) =>
  Array.from({ length: n }, (_, i) => ['alpha', 'beta', 'gamma', 'delta'][i % 4]).join(' ');

describe('buildReaderIndex: pieces', () => {
  it('cuts a long line into pieces that tile it, after a space, near PIECE_UNITS', () => {
    const line = words(3000);
    const index = buildReaderIndex(line, []);
    expect(index.starts.length).toBeGreaterThan(5);
    let at = 0;
    for (let i = 0; i < index.starts.length; i++) {
      expect(index.starts[i]).toBe(at);
      const end = index.ends[i] as number;
      expect(end - at).toBeLessThanOrEqual(PIECE_UNITS);
      if (end < line.length) {
        expect(line.charAt(end - 1)).toBe(' ');
        expect(end - at).toBeGreaterThan(PIECE_UNITS / 2);
      }
      at = end;
    }
    expect(at).toBe(line.length);
    expect(index.flags[0]).toBe(OPENS_PARAGRAPH);
    expect(index.flags.at(-1)).toBe(CLOSES_PARAGRAPH);
  });

  it('never cuts between the halves of a surrogate pair or before a combining mark', () => {
    const unit = fc.constantFrom('a', '😀', 'e\u0301', '👩‍👩‍👧', '\u{1F1EB}\u{1F1F7}');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1500, maxLength: 4000 }), (units) => {
        const text = units.join('');
        const index = buildReaderIndex(text, []);
        for (let i = 1; i < index.starts.length; i++) {
          const cut = index.starts[i] as number;
          const before = text.charCodeAt(cut - 1);
          const after = text.charCodeAt(cut);
          const splitsPair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00;
          expect(splitsPair).toBe(false);
          expect(/[\p{M}\u200d]/u.test(text.charAt(cut))).toBe(false);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('moves a cut out of a passage when the passage ends or starts within bounds', () => {
    const line = words(1000);
    const plain = buildReaderIndex(line, []);
    const cut = plain.ends[0] as number;
    // A passage over the natural cut: the cut moves to its start (far enough from the piece's).
    const index = buildReaderIndex(line, [passage(cut - 30, cut + 30)]);
    expect(index.ends[0]).toBe(cut - 30);
    // One starting too early for that: the cut moves to its end.
    const early = buildReaderIndex(line, [passage(200, cut + 30)]);
    expect(early.ends[0]).toBe(cut + 30);
  });

  it('skips long runs of blank lines in linear time', () => {
    const text = `a${'\n'.repeat(2_000_000)}b${' \n'.repeat(500_000)}c`;
    const started = performance.now();
    const index = buildReaderIndex(text, []);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(index.starts.length).toBe(3);
    expect(text.charAt(index.starts[2] as number)).toBe('c');
  });

  it('reads a text of very many lines in parts of at most PART_LINES estimated lines', () => {
    const text = 'x\n'.repeat(PART_LINES * 2 + 10);
    const index = buildReaderIndex(text, []);
    expect(partCount(index)).toBe(3);
    expect(index.parts[0]).toBe(0);
    expect(index.parts.at(-1)).toBe(index.starts.length);
    expect(partOf(index, 0)).toBe(0);
    expect(partOf(index, PART_LINES)).toBe(1);
    expect(partOf(index, index.starts.length - 1)).toBe(2);
    expect(partCount(buildReaderIndex('short', []))).toBe(1);
  });

  it('finds the piece of an offset, or the next one from a blank line', () => {
    const index = buildReaderIndex('ab\n\ncd\n  \ne', []);
    expect(pieceAt(index, 0)).toBe(0);
    expect(pieceAt(index, 1)).toBe(0);
    expect(pieceAt(index, 3)).toBe(1);
    expect(pieceAt(index, 5)).toBe(1);
    expect(pieceAt(index, 8)).toBe(2);
    expect(pieceAt(buildReaderIndex('', []), 0)).toBe(-1);
  });
});

describe('passage table', () => {
  it('finds exactly the passages overlapping a stretch, in start order', () => {
    const range = fc
      .tuple(fc.nat(500), fc.nat(60))
      .map(([start, length]) => passage(start, start + length + 1));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 80 }), fc.nat(560), fc.nat(80), (all, from, w) => {
        const table = passageTable(all, 600);
        const to = from + w + 1;
        const got = overlapping(table, from, to).map((at) => [table.starts[at], table.ends[at]]);
        const expected = all
          .filter((p) => p.start < to && p.end > from)
          .map((p) => [p.start, p.end])
          .sort(
            (a, b) => (a[0] as number) - (b[0] as number) || (b[1] as number) - (a[1] as number),
          );
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('segments a cut piece with the passages that reach into it from before', () => {
    const line = words(1000);
    const index = buildReaderIndex(line, [passage(10, 5000, 7, 2)]);
    const second = pieceParagraph(line, index, 1, (event) => `event-${event}`);
    expect(second.segments[0]?.passages).toEqual([
      { start: 10, end: 5000, eventId: 'event-7', index: 2 },
    ]);
    expect(second.segments.map((s) => s.text).join('')).toBe(
      line.slice(index.starts[1], index.ends[1]),
    );
  });
});

describe('nextPassageStart', () => {
  const table = passageTable(
    [
      { start: 10, end: 20, event: 0, index: 0 },
      { start: 30, end: 40, event: 1, index: 0 },
      { start: 30, end: 35, event: 2, index: 0 },
      { start: 5_000, end: 5_010, event: 0, index: 1 },
      { start: 90_000, end: 90_020, event: 3, index: 0 },
    ],
    100_000,
  );

  it('finds the next passage after an offset, however far, and the last one before it', () => {
    expect(nextPassageStart(table, 10, 1, null)?.start).toBe(30);
    expect(nextPassageStart(table, 31, 1, null)?.start).toBe(5_000);
    expect(nextPassageStart(table, 5_000, 1, null)?.start).toBe(90_000);
    expect(nextPassageStart(table, 90_000, 1, null)).toBeNull();
    expect(nextPassageStart(table, 90_000, -1, null)?.start).toBe(5_000);
    expect(nextPassageStart(table, 30, -1, null)?.start).toBe(10);
    expect(nextPassageStart(table, 10, -1, null)).toBeNull();
  });

  it('passes over the selected event’s passages', () => {
    expect(nextPassageStart(table, 31, 1, 0)?.start).toBe(90_000);
    expect(nextPassageStart(table, 90_000, -1, 0)?.start).toBe(30);
    expect(nextPassageStart(table, 30, -1, 0)).toBeNull();
  });
});

describe('ReaderIndexCache after an edit', () => {
  const cache = new ReaderIndexCache();
  const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8')) as Dataset;
  const loaded = deriveLoaded(seed);
  const sourceId = seed.sources[0]?.id ?? '';
  const first = seed.events[0] as Dataset['events'][number];
  const earlier = (index: ReaderIndex | null) => ({
    loaded,
    sourceId,
    index: index as NonNullable<typeof index>,
  });

  it('keeps the index from before when the passages are as they were (a title typed)', () => {
    const before = cache.get(loaded, sourceId);
    const retitled = applyCommand(seed, setEventField(seed, first.id, 'title', 'Renamed'));
    const after = deriveLoaded(retitled, { previous: loaded });
    expect(cache.get(after, sourceId, earlier(before))).toBe(before);
  });

  it('builds it anew when a passage moved, or for another source', () => {
    const before = cache.get(loaded, sourceId);
    const passage = first.passages[0] as Dataset['events'][number]['passages'][number];
    const text = seed.sources.find((s) => s.id === passage.source)?.text ?? '';
    const start = passage.start + 1;
    const { prefix: _prefix, suffix: _suffix, ...bare } = passage;
    const shorter = { ...bare, start, exact: text.slice(start, passage.end) };
    const moved = applyCommand(seed, setPassage(seed, first.id, 0, shorter));
    const after = deriveLoaded(moved, { previous: loaded });
    const rebuilt = cache.get(after, sourceId, earlier(before));
    expect(rebuilt).not.toBe(before);
    expect(rebuilt).toEqual(buildReaderIndex(text, sourcePassages(after, sourceId)));
    const other = deriveLoaded({ ...seed, title: 'x' }, { previous: loaded });
    expect(cache.get(other, 'another-source', earlier(before))).toBeNull();
  });
});
