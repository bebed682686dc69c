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
