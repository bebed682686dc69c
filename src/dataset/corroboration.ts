// How well an event is supported: how many sources quote it and from how many outlets, and
// whether what they claim agrees. Pure; the derivation (derive.ts) works it out for every event.
//
// - Copies of one text count once: two passages of different sources whose words are nearly the
//   same (wire copy reprinted by two outlets) join their sources into one. "Nearly the same" is a
//   Jaccard similarity of at least NEAR_DUPLICATE between the sets of their 3-word shingles, for
//   passages of at least MIN_WORDS words each (two short quotes alike, "46 killed", say nothing
//   about copying).
// - Disputed: two claimed dates that do not overlap (a passage without a date of its own claims
//   the event's), or two claimed figures of the same thing that cannot both be true given their
//   hedges ("at least 46" and "more than 100" can; "46" and "more than 100" cannot).
// - Otherwise corroborated by two or more sources (after copies are joined), else single source.
import { dateExtent, type EventDateValue } from './calendar';
import type { Figure, Source, TimelineEvent } from './schema';

export type CorroborationStatus = 'single-source' | 'corroborated' | 'disputed';

export interface Corroboration {
  status: CorroborationStatus;
  /** Sources that quote the event, copies of one text counted once. */
  sources: number;
  /** Their distinct publishers. */
  outlets: number;
  /** Sources left out of `sources` as copies of another's text. */
  copies: number;
  /** The claimed dates do not all overlap. */
  disputedDate: boolean;
  /** What is counted (`what`) by figures that conflict. */
  disputedFigures: readonly string[];
  /**
   * Each passage's claimed date, parsed (null where it claims none or it does not parse), for
   * the views, which do not load the EDTF grammar; absent when no passage claims a date.
   */
  claimedDates?: ReadonlyArray<EventDateValue | null>;
}

/** Jaccard similarity of 3-word shingles from which two passages count as copies of one text. */
export const NEAR_DUPLICATE = 0.6;
/** Passages shorter than this (in words) are never taken for copies. */
export const MIN_WORDS = 8;
/** "about N" covers N ± this share of N (at least ± 1). */
export const ABOUT_SHARE = 0.1;

const SHINGLE = 3;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= list.length; i++) out.add(list.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** Jaccard similarity of the two texts' 3-word shingles (0 when either has fewer words). */
export function shingleSimilarity(a: string, b: string): number {
  const x = shingles(words(a));
  const y = shingles(words(b));
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const shingle of x) if (y.has(shingle)) both++;
  return both / (x.size + y.size - both);
}

/** Whether two passages are copies of one text (see NEAR_DUPLICATE and MIN_WORDS). */
export function isNearDuplicate(a: string, b: string): boolean {
  if (words(a).length < MIN_WORDS || words(b).length < MIN_WORDS) return false;
  return shingleSimilarity(a, b) >= NEAR_DUPLICATE;
}

/** The numbers a figure allows: from `low` to `high`, each end included unless it is open. */
export interface FigureBounds {
  low: number;
  lowOpen: boolean;
  high: number;
}

export function figureBounds(figure: Figure): FigureBounds | null {
  const { value, min, max, hedge } = figure;
  if (value !== undefined) {
    if (hedge === 'at least') return { low: value, lowOpen: false, high: Infinity };
    if (hedge === 'more than') return { low: value, lowOpen: true, high: Infinity };
    if (hedge === 'about') {
      const margin = Math.max(1, value * ABOUT_SHARE);
      return { low: Math.max(0, value - margin), lowOpen: false, high: value + margin };
    }
    return { low: value, lowOpen: false, high: value };
  }
  if (min === undefined && max === undefined) return null;
  return { low: min ?? 0, lowOpen: false, high: max ?? Infinity };
}

/** Whether two figures of one thing can both be true. */
export function figuresAgree(a: Figure, b: Figure): boolean {
  const x = figureBounds(a);
  const y = figureBounds(b);
  if (!x || !y) return true;
  // The higher of the two lows must not pass the lower of the two highs.
  const [later, other] = x.low > y.low || (x.low === y.low && x.lowOpen) ? [x, y] : [y, x];
  return later.lowOpen ? later.low < other.high : later.low <= other.high;
}

/** Whether two dates share a day (an open or unknown end runs on). */
export function datesOverlap(a: EventDateValue, b: EventDateValue): boolean {
  const x = dateExtent(a);
  const y = dateExtent(b);
  const before = (end: number | null, start: number | null) =>
    end !== null && start !== null && end < start;
  return !before(x.last, y.first) && !before(y.last, x.first);
}

/** What is counted, folded so "Killed " and "killed" are one thing. */
export const figureKey = (what: string) => what.trim().toLowerCase().replace(/\s+/g, ' ');

/** One source, nothing claimed against it: most events, one shared object. */
export const SINGLE_SOURCE: Corroboration = Object.freeze({
  status: 'single-source',
  sources: 1,
  outlets: 1,
  copies: 0,
  disputedDate: false,
  disputedFigures: Object.freeze([]) as readonly string[],
});

/**
 * Each source of the event (by id) to the first of the sources whose text it copies, itself if it
 * copies none: a union-find over the sources, joined by near-duplicate passages.
 */
export function copiesOf(
  event: TimelineEvent,
  known: (id: string) => boolean = () => true,
): Map<string, string> {
  const ids = [...new Set(event.passages.map((p) => p.source))].filter(known);
  const parent = ids.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  const { passages } = event;
  for (let p = 0; p < passages.length; p++) {
    for (let q = p + 1; q < passages.length; q++) {
      const a = passages[p];
      const b = passages[q];
      if (!a || !b || a.source === b.source) continue;
      const i = ids.indexOf(a.source);
      const j = ids.indexOf(b.source);
      if (i < 0 || j < 0 || root(i) === root(j)) continue;
      if (isNearDuplicate(a.exact, b.exact)) {
        const [keep, join] = root(i) < root(j) ? [root(i), root(j)] : [root(j), root(i)];
        parent[join] = keep;
      }
    }
  }
  return new Map(ids.map((id, i) => [id, ids[root(i)] as string]));
}

/**
 * How an event is supported. `sourceById` finds a passage's source (unknown ones are not
 * counted); `claimedDate` parses a claimed date (null when it does not parse: not compared).
 */
export function corroborate(
  event: TimelineEvent,
  date: EventDateValue,
  sourceById: (id: string) => Source | undefined,
  claimedDate: (value: string) => EventDateValue | null,
): Corroboration {
  const { passages } = event;
  // Most events: one passage, or passages of one source, and no claims.
  const first = passages[0];
  if (first && passages.every((p) => p.source === first.source && p.claim === undefined)) {
    return sourceById(first.source) ? SINGLE_SOURCE : { ...SINGLE_SOURCE, sources: 0, outlets: 0 };
  }
  const groups = copiesOf(event, (id) => sourceById(id) !== undefined);
  const ids = [...groups.keys()];
  const sources = new Set(groups.values()).size;
  const outlets = new Set(ids.map((id) => figureKey(sourceById(id)?.publisher ?? ''))).size;

  const dates: EventDateValue[] = [];
  const claimedDates: Array<EventDateValue | null> = [];
  let eventDateClaimed = false;
  const figures = new Map<string, Figure[]>();
  for (const passage of passages) {
    const claim = passage.claim;
    const claimed = claim?.date ? claimedDate(claim.date.value) : null;
    claimedDates.push(claimed);
    if (claimed) dates.push(claimed);
    else if (!claim?.date) eventDateClaimed = true;
    for (const figure of claim?.figures ?? []) {
      const key = figureKey(figure.what);
      const list = figures.get(key);
      if (list) list.push(figure);
      else figures.set(key, [figure]);
    }
  }
  if (eventDateClaimed) dates.push(date);
  const disputedDate = dates.some((a, i) => dates.slice(i + 1).some((b) => !datesOverlap(a, b)));
  const disputedFigures: string[] = [];
  for (const [key, list] of figures) {
    if (list.some((a, i) => list.slice(i + 1).some((b) => !figuresAgree(a, b)))) {
      disputedFigures.push(key);
    }
  }
  const status: CorroborationStatus =
    disputedDate || disputedFigures.length > 0
      ? 'disputed'
      : sources >= 2
        ? 'corroborated'
        : 'single-source';
  const result: Corroboration = {
    status,
    sources,
    outlets,
    copies: ids.length - sources,
    disputedDate,
    disputedFigures,
  };
  if (claimedDates.some((d) => d !== null)) result.claimedDates = claimedDates;
  return result;
}

/** What an event's sources claim of one thing counted, from the lowest figure to the highest. */
export interface FigureRange {
  /** As the first source to give it writes it. */
  what: string;
  lowest: Figure;
  highest: Figure;
  /** How many sources give a figure of it (copies of one text counted once). */
  sources: number;
  /** Whether two of its figures conflict. */
  disputed: boolean;
}

const lowKey = (b: FigureBounds) => b.low + (b.lowOpen ? 0.5 : 0);

/**
 * Each thing counted by the event's claims, in the order first given. The lowest figure is the
 * conservative one, which ACLED reports when sources differ.
 */
export function figureRanges(event: TimelineEvent): FigureRange[] {
  const groups = copiesOf(event);
  const byKey = new Map<string, { what: string; figures: Figure[]; sources: Set<string> }>();
  for (const passage of event.passages) {
    for (const figure of passage.claim?.figures ?? []) {
      if (!figureBounds(figure)) continue;
      const key = figureKey(figure.what);
      let entry = byKey.get(key);
      if (!entry) {
        entry = { what: figure.what.trim(), figures: [], sources: new Set() };
        byKey.set(key, entry);
      }
      entry.figures.push(figure);
      entry.sources.add(groups.get(passage.source) ?? passage.source);
    }
  }
  return [...byKey.values()].map(({ what, figures, sources }) => {
    const bounds = figures.map((f) => figureBounds(f) as FigureBounds);
    let low = 0;
    let high = 0;
    bounds.forEach((b, i) => {
      const l = bounds[low] as FigureBounds;
      const h = bounds[high] as FigureBounds;
      if (lowKey(b) < lowKey(l)) low = i;
      if (b.high > h.high || (b.high === h.high && lowKey(b) > lowKey(h))) high = i;
    });
    const disputed = figures.some((a, i) => figures.slice(i + 1).some((b) => !figuresAgree(a, b)));
    return {
      what,
      lowest: figures[low] as Figure,
      highest: figures[high] as Figure,
      sources: sources.size,
      disputed,
    };
  });
}
