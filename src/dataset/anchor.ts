// Finding a passage in its source text: by its offsets when they still match, else by re-anchoring
// on the quote and its context (W3C TextQuoteSelector semantics), choosing the occurrence whose
// prefix and suffix agree best and, on a tie, the one nearest the old offset.
import type { Passage } from './schema';

export type AnchorStatus = 'exact' | 'reanchored' | 'unanchored';

export interface Anchor {
  start: number;
  end: number;
  status: AnchorStatus;
}

/** Whether the offsets, quote and context of a passage all agree with the text. */
export function offsetsMatch(text: string, passage: Passage): boolean {
  const { start, end, exact, prefix, suffix } = passage;
  if (start > end || end > text.length || text.slice(start, end) !== exact) return false;
  if (prefix !== undefined && !text.slice(0, start).endsWith(prefix)) return false;
  if (suffix !== undefined && !text.slice(end).startsWith(suffix)) return false;
  return true;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export function anchorPassage(text: string, passage: Passage): Anchor {
  if (offsetsMatch(text, passage)) {
    return { start: passage.start, end: passage.end, status: 'exact' };
  }
  const { exact, prefix = '', suffix = '' } = passage;
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const before = text.slice(Math.max(0, at - prefix.length), at);
    const after = text.slice(at + exact.length, at + exact.length + suffix.length);
    const score = commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix);
    const distance = Math.abs(at - passage.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: at, score, distance };
    }
  }
  if (!best) return { start: passage.start, end: passage.end, status: 'unanchored' };
  return { start: best.start, end: best.start + exact.length, status: 'reanchored' };
}

/** Context kept either side of a quote, in UTF-16 code units (the schema's limit). */
export const PASSAGE_CONTEXT = 32;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The passage quoting `text.slice(start, end)`: the quote, its offsets and up to 32 code units of
 * context each side. Context never starts or ends inside a surrogate pair (it is one shorter
 * instead), so it survives being written out as UTF-8.
 */
export function passageFromRange(
  text: string,
  source: string,
  start: number,
  end: number,
): Passage {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end)) {
    throw new RangeError(`not a range of the text: ${start}–${end}`);
  }
  if (end > text.length) throw new RangeError(`${end} is past the end of the text`);
  let from = Math.max(0, start - PASSAGE_CONTEXT);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + PASSAGE_CONTEXT);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return {
    source,
    exact: text.slice(start, end),
    start,
    end,
    prefix: text.slice(from, start),
    suffix: text.slice(end, to),
  };
}
