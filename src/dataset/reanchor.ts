// Re-anchoring: where a passage is in a new version of its source text, and in which state.
//   exact      the quote word for word, with its prefix and suffix as they were (its offsets may
//              have shifted);
//   moved      the quote word for word, but its context changed (elsewhere, or words around it);
//   edited     a place whose words differ from the quote (approximate matching), scoring at least
//              MIN_SCORE: the change needs review;
//   ambiguous  two places score within MARGIN of each other: the text does not say which;
//   lost       no place: the quote is gone, or changed beyond recognition.
// Places are scored from quote, prefix, suffix and position (quoteScore.ts). Every occurrence of
// the quote is a place; unless one of them still has its context, approx-string-match (Myers'
// algorithm, the library Hypothesis uses) finds the best approximate places too, a few rounds,
// each with the places found before masked out, so that the old words still standing elsewhere
// never hide the edited passage. A place never begins or ends inside a word or number the quote
// did not cut: "46 people" in "146 people" is an edit. So a changed digit, date or name inside a
// quote is never `exact` or `moved`. Pure.
import search from 'approx-string-match';
import type { PassageState } from './passageState';
import { MARGIN, MAX_ERRORS, MIN_SCORE, type PlaceHint, scorePlace } from './quoteScore';
import type { Passage } from './schema';
import { insideWord, splitsSurrogatePair, widenEnd, widenStart } from './textUnits';

export { isLocated, PASSAGE_STATES, type PassageState } from './passageState';

/** A place a passage may be at in the text. */
export interface Candidate {
  start: number;
  end: number;
  /** From 0 to 1 (see quoteScore.ts). */
  score: number;
  /** Its words are the quote's, word for word. */
  sameWords: boolean;
  /** Its prefix and suffix are the passage's, unit for unit (or it has none). */
  sameContext: boolean;
}

export interface Reanchoring {
  state: PassageState;
  /** Where it is (exact, moved, edited); the old offsets for `ambiguous` and `lost`. */
  start: number;
  end: number;
  /** The chosen place's score; the best place's for `ambiguous`; the closest one's for `lost` (0 if none). */
  score: number;
  /**
   * The places found, best first (at most MAX_CANDIDATES): for `ambiguous` those within the
   * margin; for `lost` the closest below the minimum, to offer a person.
   */
  candidates: Candidate[];
}

/** How much approximate searching is still allowed (units of text scanned); shared and spent. */
export interface SearchBudget {
  units: number;
}

export interface ReanchorOptions {
  /** Without one, approximate search is unlimited. */
  budget?: SearchBudget;
}

/** Places offered for a choice, at most. */
export const MAX_CANDIDATES = 5;
/** Rounds of approximate search, each finding the next best region(s). */
const FUZZY_ROUNDS = 3;
/** Fills the places already found, in the copy of the text searched approximately. */
const MASK = '\uffff';

interface Place {
  start: number;
  end: number;
  errors: number;
}

/** Where the quote begins and ends a word: true where it did not cut one (or nothing says so). */
function wordEdges(passage: Passage): { start: boolean; end: boolean } {
  const { exact, prefix, suffix } = passage;
  return {
    start: !prefix || !insideWord(prefix + exact, prefix.length),
    end: !suffix || !insideWord(exact + suffix, exact.length),
  };
}

/** The place widened out of any word or number it cuts where the quote did not; each unit added is one more error. */
function widened(text: string, place: Place, edges: { start: boolean; end: boolean }): Place {
  let start = place.start;
  let end = place.end;
  if (edges.start) start = widenStart(text, start);
  else while (splitsSurrogatePair(text, start)) start--;
  if (edges.end) end = widenEnd(text, end);
  else while (splitsSurrogatePair(text, end)) end++;
  return { start, end, errors: place.errors + (place.start - start) + (end - place.end) };
}

function exactOccurrences(text: string, quote: string): Place[] {
  const found: Place[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

function masked(text: string, places: readonly Place[]): string {
  if (places.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const place of [...places].sort((a, b) => a.start - b.start)) {
    if (place.end <= at) continue;
    const from = Math.max(at, place.start);
    parts.push(text.slice(at, from), MASK.repeat(place.end - from));
    at = place.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The approximate places of the quote, region by region, none overlapping `known`. */
function approximatePlaces(
  text: string,
  quote: string,
  known: readonly Place[],
  budget: SearchBudget | undefined,
): Place[] {
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length / 2));
  if (maxErrors < 1) return [];
  const cost = text.length * Math.ceil((maxErrors + 1) / 32);
  const found: Place[] = [];
  let searched = masked(text, known);
  for (let round = 0; round < FUZZY_ROUNDS; round++) {
    if (budget) {
      if (budget.units < cost) break;
      budget.units -= cost;
    }
    const matches = search(searched, quote, maxErrors);
    if (matches.length === 0) break;
    found.push(...matches);
    // The lowest-cost matches come in clusters (ends a unit apart), one per region: the next
    // round looks for the next best regions, with these masked out.
    searched = masked(searched, matches);
  }
  return found;
}

/** Every place scored (the same span once, at its best), best first; ties: nearer the old offset. */
function scored(text: string, passage: Passage, places: readonly Place[]): Candidate[] {
  const hint: PlaceHint = { prefix: passage.prefix, suffix: passage.suffix, start: passage.start };
  const edges = wordEdges(passage);
  const bySpan = new Map<string, Candidate>();
  for (const raw of places) {
    const place = widened(text, raw, edges);
    const sameWords = text.slice(place.start, place.end) === passage.exact;
    const errors = sameWords ? 0 : Math.max(1, place.errors);
    const parts = scorePlace(text, place.start, place.end, passage.exact.length, errors, hint);
    const candidate: Candidate = {
      start: place.start,
      end: place.end,
      score: parts.score,
      sameWords,
      sameContext: (parts.prefix ?? 1) === 1 && (parts.suffix ?? 1) === 1,
    };
    const key = `${place.start}:${place.end}`;
    const before = bySpan.get(key);
    if (!before || before.score < candidate.score) bySpan.set(key, candidate);
  }
  const distance = (c: Candidate) => Math.abs(c.start - passage.start);
  return [...bySpan.values()].sort((a, b) => b.score - a.score || distance(a) - distance(b));
}

/** Drops places that overlap a better one (the same region found twice). */
function distinct(candidates: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    if (!kept.some((k) => candidate.start < k.end && k.start < candidate.end)) kept.push(candidate);
  }
  return kept;
}

/** Where `passage` is in `text`, and its state (see the top of this file). */
export function reanchorPassage(
  text: string,
  passage: Passage,
  options: ReanchorOptions = {},
): Reanchoring {
  const lost = (candidates: Candidate[]): Reanchoring => ({
    state: 'lost',
    start: passage.start,
    end: passage.end,
    score: candidates[0]?.score ?? 0,
    candidates: candidates.slice(0, MAX_CANDIDATES),
  });
  if (passage.exact === '') return lost([]);
  const exact = exactOccurrences(text, passage.exact);
  let candidates = scored(text, passage, exact);
  // A place with the quote and its context as they were ends the search, unless there are two.
  if (!candidates.some((c) => c.sameWords && c.sameContext)) {
    const approximate = approximatePlaces(text, passage.exact, exact, options.budget);
    candidates = scored(text, passage, [...exact, ...approximate]);
  }
  const all = distinct(candidates);
  const kept = all.filter((c) => c.sameWords || c.score >= MIN_SCORE);
  const [best, second] = kept;
  if (!best) return lost(all);
  if (second && best.score - second.score < MARGIN) {
    return {
      state: 'ambiguous',
      start: passage.start,
      end: passage.end,
      score: best.score,
      candidates: kept.filter((c) => best.score - c.score < MARGIN).slice(0, MAX_CANDIDATES),
    };
  }
  // Word for word (checked again here: a changed digit is never taken silently).
  const same = best.sameWords && text.slice(best.start, best.end) === passage.exact;
  const state = same ? (best.sameContext ? 'exact' : 'moved') : 'edited';
  return { state, start: best.start, end: best.end, score: best.score, candidates: [best] };
}
