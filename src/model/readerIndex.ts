// What the article reader needs to draw a source of any size at the cost of what is on screen:
// the text cut into pieces (its paragraphs, and very long ones cut again near PIECE_UNITS), the
// pieces grouped into parts short enough for one scroll box, and the passages in a table that
// answers "which passages overlap this piece" in O(log n + k). Built once per source, by the
// parsing worker; nothing here is O(text) per selection or per scroll.
import { isLocated } from '../dataset/passageState';
import type { LoadedDataset } from '../dataset/types';
import { type Paragraph, type PassageRange, segmentRange } from './highlight';

/** A long paragraph is cut into pieces of about this many UTF-16 code units. */
export const PIECE_UNITS = 2000;
/** A cut is looked for between these bounds (a word end, outside passages where possible). */
const MIN_PIECE_UNITS = 1000;
const MAX_PIECE_UNITS = 4000;
/** Code units a line of the reader holds, for estimates only (measured pieces replace them). */
export const LINE_UNITS = 70;
/**
 * Estimated lines in one part: a part is one scroll box, and browsers cap an element's height
 * (Firefox near 17.8 million px), so a text of millions of lines is read in parts.
 */
export const PART_LINES = 100_000;

/** Bits of `ReaderIndex.flags`. */
export const OPENS_PARAGRAPH = 1;
export const CLOSES_PARAGRAPH = 2;

/** A passage of an event: `event` is the event's position in the file (`ResolvedEvent.index`). */
export interface SourcePassage {
  start: number;
  end: number;
  event: number;
  index: number;
}

/** Passages sorted by start, as an implicit balanced tree whose nodes keep their subtree's end. */
export interface PassageTable {
  starts: Uint32Array;
  ends: Uint32Array;
  events: Uint32Array;
  indexes: Uint32Array;
  /** The largest end in the subtree rooted at each position (see `overlapping`). */
  maxEnds: Uint32Array;
}

export interface ReaderIndex {
  /** The source text's length. */
  length: number;
  /** Pieces in text order: `starts[i]`–`ends[i]`, each inside one non-blank line. */
  starts: Uint32Array;
  ends: Uint32Array;
  /** OPENS_PARAGRAPH / CLOSES_PARAGRAPH per piece (a whole paragraph has both). */
  flags: Uint8Array;
  /** The first piece of each part, then the piece count: part p is parts[p]…parts[p + 1]. */
  parts: Uint32Array;
  passages: PassageTable;
}

/** A Uint32Array that grows by doubling, for lists whose length is known only at the end. */
class Growable {
  data: Uint32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Uint32Array(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  done(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** White space a cut may follow (JavaScript's \s, without line ends: pieces lie in a line). */
function isSpace(unit: number): boolean {
  return (
    unit === 0x20 ||
    unit === 0x09 ||
    unit === 0x0b ||
    unit === 0x0c ||
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

const COMBINING = /[\p{M}\u200d]/u;

/** Whether a cut at `offset` would split a character: a surrogate pair, or a mark from its base. */
function insideCharacter(text: string, offset: number): boolean {
  const unit = text.charCodeAt(offset);
  if (unit >= 0xdc00 && unit <= 0xdfff) {
    const before = text.charCodeAt(offset - 1);
    if (before >= 0xd800 && before <= 0xdbff) return true;
  }
  return COMBINING.test(text.charAt(offset));
}

/** Merges passages (sorted by start) into disjoint covered stretches, for cuts to avoid. */
function coveredStretches(table: PassageTable): { starts: Uint32Array; ends: Uint32Array } {
  const starts = new Growable();
  const ends = new Growable();
  for (let i = 0; i < table.starts.length; i++) {
    const start = table.starts[i] as number;
    const end = table.ends[i] as number;
    const last = ends.length - 1;
    if (last >= 0 && start < (ends.data[last] as number)) {
      if (end > (ends.data[last] as number)) ends.data[last] = end;
    } else {
      starts.push(start);
      ends.push(end);
    }
  }
  return { starts: starts.done(), ends: ends.done() };
}

/** The covered stretch that holds `offset` strictly inside it, or -1. */
function stretchAround(
  stretches: { starts: Uint32Array; ends: Uint32Array },
  offset: number,
): number {
  let low = 0;
  let high = stretches.starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((stretches.starts[mid] as number) < offset) low = mid + 1;
    else high = mid;
  }
  const candidate = low - 1;
  return candidate >= 0 && (stretches.ends[candidate] as number) > offset ? candidate : -1;
}

/**
 * Where to end a piece that starts at `from` in a line ending at `lineEnd` (longer than
 * PIECE_UNITS): after a space near PIECE_UNITS, moved out of a passage when one ends or starts
 * within bounds, and never inside a character.
 */
function cutAfter(
  text: string,
  from: number,
  lineEnd: number,
  stretches: { starts: Uint32Array; ends: Uint32Array },
): number {
  const limit = from + PIECE_UNITS;
  let cut = limit;
  for (let at = limit - 1; at >= from + MIN_PIECE_UNITS; at--) {
    if (isSpace(text.charCodeAt(at))) {
      cut = at + 1;
      break;
    }
  }
  const around = stretchAround(stretches, cut);
  if (around !== -1) {
    const start = stretches.starts[around] as number;
    const end = stretches.ends[around] as number;
    if (start >= from + MIN_PIECE_UNITS) cut = start;
    else if (end <= from + MAX_PIECE_UNITS && end < lineEnd) cut = end;
  }
  while (cut > from + 1 && insideCharacter(text, cut)) cut--;
  return cut;
}

/** Builds the passage table: sorted by start (then longest first), with subtree ends. */
export function passageTable(passages: readonly SourcePassage[], length: number): PassageTable {
  const kept = passages.filter((p) => p.start < p.end && p.start >= 0 && p.end <= length);
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const n = kept.length;
  const table: PassageTable = {
    starts: new Uint32Array(n),
    ends: new Uint32Array(n),
    events: new Uint32Array(n),
    indexes: new Uint32Array(n),
    maxEnds: new Uint32Array(n),
  };
  kept.forEach((p, i) => {
    table.starts[i] = p.start;
    table.ends[i] = p.end;
    table.events[i] = p.event;
    table.indexes[i] = p.index;
  });
  // The node of [low, high) is its middle; it keeps the largest end of the whole range.
  const fill = (low: number, high: number): number => {
    if (low >= high) return 0;
    const mid = (low + high) >> 1;
    const most = Math.max(table.ends[mid] as number, fill(low, mid), fill(mid + 1, high));
    table.maxEnds[mid] = most;
    return most;
  };
  fill(0, n);
  return table;
}

/**
 * Positions in `table` of the passages that overlap `from`–`to`, in start order: O(log n + k),
 * skipping every subtree that ends before `from` or starts at or after `to`.
 */
export function overlapping(table: PassageTable, from: number, to: number): number[] {
  const out: number[] = [];
  const visit = (low: number, high: number) => {
    if (low >= high) return;
    const mid = (low + high) >> 1;
    if ((table.maxEnds[mid] as number) <= from) return;
    visit(low, mid);
    if ((table.starts[mid] as number) >= to) return;
    if ((table.ends[mid] as number) > from) out.push(mid);
    visit(mid + 1, high);
  };
  visit(0, table.starts.length);
  return out;
}

/**
 * The next passage starting after `offset` (`direction` 1) or the last one starting before it
 * (-1), passing over those of the event at position `skipEvent` (drawn as highlights, not links),
 * or null. Tab and Shift+Tab go on through passage links the reader has not drawn yet with it.
 */
export function nextPassageStart(
  table: PassageTable,
  offset: number,
  direction: 1 | -1,
  skipEvent: number | null,
): { start: number; end: number } | null {
  const { starts, events } = table;
  // The first position whose start is after `offset` (forward) or at or after it (backward).
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const start = starts[mid] as number;
    if (direction === 1 ? start <= offset : start < offset) low = mid + 1;
    else high = mid;
  }
  for (let i = direction === 1 ? low : low - 1; i >= 0 && i < starts.length; i += direction) {
    if (events[i] !== skipEvent)
      return { start: starts[i] as number, end: table.ends[i] as number };
  }
  return null;
}

/**
 * Cuts a text into pieces (see the file header) and parts. One pass over the lines; a long line
 * costs one backwards look for a space per PIECE_UNITS.
 */
export function buildReaderIndex(text: string, passages: readonly SourcePassage[]): ReaderIndex {
  const table = passageTable(passages, text.length);
  const stretches = coveredStretches(table);
  const starts = new Growable();
  const ends = new Growable();
  const flags: number[] = [];
  const nonBlank = /\S/g;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    nonBlank.lastIndex = lineStart;
    const first = nonBlank.exec(text);
    if (first && first.index < lineEnd) {
      let from = lineStart;
      let opens = OPENS_PARAGRAPH;
      while (lineEnd - from > PIECE_UNITS) {
        const cut = cutAfter(text, from, lineEnd, stretches);
        starts.push(from);
        ends.push(cut);
        flags.push(opens);
        opens = 0;
        from = cut;
      }
      starts.push(from);
      ends.push(lineEnd);
      flags.push(opens | CLOSES_PARAGRAPH);
    } else if (!first) {
      break;
    } else {
      // Blank lines up to the next visible character: jump to its line at once.
      lineStart = text.lastIndexOf('\n', first.index) + 1;
      continue;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  const pieceStarts = starts.done();
  const pieceEnds = ends.done();
  const parts = new Growable(16);
  let lines = 0;
  for (let i = 0; i < pieceStarts.length; i++) {
    const add = estimatedLines(pieceStarts, pieceEnds, i);
    if (i === 0 || lines + add > PART_LINES) {
      parts.push(i);
      lines = 0;
    }
    lines += add;
  }
  parts.push(pieceStarts.length);
  return {
    length: text.length,
    starts: pieceStarts,
    ends: pieceEnds,
    flags: Uint8Array.from(flags),
    parts: parts.done(),
    passages: table,
  };
}

function estimatedLines(starts: Uint32Array, ends: Uint32Array, i: number): number {
  return Math.max(1, Math.ceil(((ends[i] as number) - (starts[i] as number)) / LINE_UNITS));
}

/** How many parts the text is read in (1 for any ordinary article). */
export function partCount(index: ReaderIndex): number {
  return Math.max(1, index.parts.length - 1);
}

/** The piece holding `offset`, else the next one after it (an offset on a blank line); -1 if none. */
export function pieceAt(index: ReaderIndex, offset: number): number {
  const count = index.starts.length;
  if (count === 0) return -1;
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((index.starts[mid] as number) <= offset) low = mid + 1;
    else high = mid;
  }
  const piece = low - 1;
  if (piece < 0) return 0;
  if (offset >= (index.ends[piece] as number) && piece + 1 < count) return piece + 1;
  return piece;
}

/** The part a piece belongs to. */
export function partOf(index: ReaderIndex, piece: number): number {
  let low = 0;
  let high = partCount(index);
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((index.parts[mid + 1] as number) <= piece) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A piece cut into segments at every passage boundary, each naming the passages covering it. */
export function pieceParagraph(
  text: string,
  index: ReaderIndex,
  piece: number,
  eventId: (event: number) => string,
): Paragraph {
  const start = index.starts[piece] as number;
  const end = index.ends[piece] as number;
  const { passages } = index;
  const ranges: PassageRange[] = overlapping(passages, start, end).map((at) => ({
    start: passages.starts[at] as number,
    end: passages.ends[at] as number,
    eventId: eventId(passages.events[at] as number),
    index: passages.indexes[at] as number,
  }));
  return { start, segments: segmentRange(text, start, end, ranges) };
}

/** The anchored passages of every event that quotes this source. */
export function sourcePassages(loaded: LoadedDataset, sourceId: string): SourcePassage[] {
  const out: SourcePassage[] = [];
  for (const { event, anchors, index } of loaded.events) {
    event.passages.forEach((passage, at) => {
      const anchor = anchors[at];
      if (passage.source !== sourceId || !anchor || !isLocated(anchor.state)) return;
      out.push({ start: anchor.start, end: anchor.end, event: index, index: at });
    });
  }
  return out;
}

/** Every source's reader index (the parsing worker sends them with the dataset). */
export function buildReaderIndexes(loaded: LoadedDataset): Map<string, ReaderIndex> {
  const indexes = new Map<string, ReaderIndex>();
  for (const source of loaded.dataset.sources) {
    indexes.set(source.id, buildReaderIndex(source.text, sourcePassages(loaded, source.id)));
  }
  return indexes;
}

/** Whether two derivations place every passage alike, told by identity alone (no allocation). */
function samePlacements(a: LoadedDataset, b: LoadedDataset): boolean {
  if (a.layout === b.layout) return true;
  if (a.events.length !== b.events.length) return false;
  for (let i = 0; i < a.events.length; i++) {
    const x = a.events[i] as LoadedDataset['events'][number];
    const y = b.events[i] as LoadedDataset['events'][number];
    if (x.anchors !== y.anchors || x.index !== y.index || x.event.passages !== y.event.passages) {
      return false;
    }
  }
  return true;
}

function samePassages(a: readonly SourcePassage[], b: readonly SourcePassage[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as SourcePassage;
    const y = b[i] as SourcePassage;
    if (x.start !== y.start || x.end !== y.end || x.event !== y.event || x.index !== y.index) {
      return false;
    }
  }
  return true;
}

/** A source's index as it was before an edit: the dataset it was made for, the source, the index. */
export interface EarlierIndex {
  loaded: LoadedDataset;
  sourceId: string;
  index: ReaderIndex;
}

/**
 * The reader indexes made so far, kept per derivation (the `LoadedDataset`, weakly: they go with
 * it) and source id. An edit makes a new derivation, so it starts afresh, but a source that the
 * edit left as it was takes its index from before (`earlier`). Not a module-level map: the state
 * layer owns the one the page uses (src/state/caches.ts).
 */
export class ReaderIndexCache {
  private readonly byDerivation = new WeakMap<LoadedDataset, Map<string, ReaderIndex>>();

  /** Keeps the indexes the parsing worker made for `loaded`, so the page never builds them. */
  seed(loaded: LoadedDataset, indexes: ReadonlyMap<string, ReaderIndex>): void {
    this.byDerivation.set(loaded, new Map(indexes));
  }

  /**
   * The reader index of a source: the worker's, else built here once and kept. After an edit
   * that left the source's text and its passages as they were (a title typed, a date changed),
   * the index from before (`earlier`) is the same and is used again: no rebuild, and the reader
   * keeps its measured layout.
   */
  get(loaded: LoadedDataset, sourceId: string, earlier?: EarlierIndex | null): ReaderIndex | null {
    let indexes = this.byDerivation.get(loaded);
    if (!indexes) {
      indexes = new Map();
      this.byDerivation.set(loaded, indexes);
    }
    let index = indexes.get(sourceId);
    if (!index) {
      const source = loaded.dataset.sources.find((s) => s.id === sourceId);
      if (!source) return null;
      const before = earlier?.loaded.dataset.sources.find((s) => s.id === sourceId);
      const comparable =
        earlier?.sourceId === sourceId && earlier.loaded !== loaded && before?.text === source.text;
      // Told by identity first (an edit of an event's words keeps its passages and anchors), else
      // passage by passage.
      const unchanged =
        comparable &&
        (samePlacements(earlier.loaded, loaded) ||
          samePassages(sourcePassages(earlier.loaded, sourceId), sourcePassages(loaded, sourceId)));
      index =
        unchanged && earlier
          ? earlier.index
          : buildReaderIndex(source.text, sourcePassages(loaded, sourceId));
      indexes.set(sourceId, index);
    }
    return index;
  }
}
