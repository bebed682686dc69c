// Long lists of choices (100k actors, 20k kinds) shown at the cost of what is on screen: the
// busiest few, those already chosen, and those a typed text finds. Pure, for the filters and the
// timeline's legend.
import { foldForSearch } from '../dataset/search';

/** Choices shown at once; the rest are found by typing. */
export const SHOWN_CHOICES = 50;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export interface Ranked<T> {
  /** The choices to show, busiest first (ties by name). */
  shown: T[];
  /** How many choices passed `keep` (shown or not). */
  matched: number;
  /** How many of those are not shown. */
  hidden: number;
}

/**
 * The `limit` busiest items that `keep` accepts, plus every item in `always` (the chosen ones),
 * ranked by `count` (descending) then `name`. One pass, O(n log limit): no sort of the whole list.
 */
export function busiest<T>(
  items: readonly T[],
  count: (item: T) => number,
  name: (item: T) => string,
  limit: number,
  keep: (item: T, index: number) => boolean = () => true,
  always: (item: T) => boolean = () => false,
): Ranked<T> {
  const before = (a: T, b: T) => count(b) - count(a) || collator.compare(name(a), name(b));
  const top: T[] = [];
  const extra: T[] = [];
  let matched = 0;
  let keptExtra = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    const kept = keep(item, i);
    if (kept) matched++;
    if (always(item)) {
      extra.push(item);
      if (kept) keptExtra++;
      continue;
    }
    if (!kept) continue;
    if (top.length === limit && before(item, top[limit - 1] as T) >= 0) continue;
    // Binary search for its place among the few kept so far.
    let low = 0;
    let high = top.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (before(top[mid] as T, item) <= 0) low = mid + 1;
      else high = mid;
    }
    top.splice(low, 0, item);
    if (top.length > limit) top.pop();
  }
  const shown = extra.length > 0 ? [...top, ...extra].sort(before) : top;
  return { shown, matched, hidden: matched - top.length - keptExtra };
}

/** Folds a name for "find a choice": ASCII names only lowercase (fast), others fully folded. */
export function foldName(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, control characters included
  return /^[\u0000-\u007f]*$/.test(text) ? text.toLowerCase() : foldForSearch(text);
}

/** Whether every word of a folded query is in the folded name. */
export function findsName(foldedName: string, foldedWords: readonly string[]): boolean {
  return foldedWords.every((word) => foldedName.includes(word));
}

/** A typed text as folded words. */
export function queryWords(query: string): string[] {
  return foldName(query).split(/\s+/).filter(Boolean);
}

/**
 * The folded names of a long list, made a slice at a time (`advance` until a deadline, from idle
 * callbacks) so that the first search of 100k names does not fold them all in one task.
 */
export class FoldedNames<T> {
  private readonly folded: string[] = [];

  constructor(
    private readonly items: readonly T[],
    private readonly text: (item: T) => string,
  ) {}

  get complete(): boolean {
    return this.folded.length >= this.items.length;
  }

  /** Folds names until `deadline` (a `performance.now()` time) or the end; true when done. */
  advance(deadline = Number.POSITIVE_INFINITY): boolean {
    const { items, folded } = this;
    while (folded.length < items.length) {
      folded.push(foldName(this.text(items[folded.length] as T)));
      if ((folded.length & 255) === 0 && performance.now() > deadline) break;
    }
    return this.complete;
  }

  /** The folded name of item `i` (folding the rest first, if a search comes before they are). */
  at(i: number): string {
    if (i >= this.folded.length) this.advance();
    return this.folded[i] ?? '';
  }
}
