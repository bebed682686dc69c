// How well a place in a text fits a passage: Hypothesis's weights (quote 50, prefix 20, suffix 20,
// position 2), each part a similarity from 0 to 1, the sum divided by the weights that apply. Unlike
// Hypothesis, a passage without a prefix or suffix is not given full marks for it (its weight is
// left out), and a fuzzy place needs a minimum score. Pure.

export const QUOTE_WEIGHT = 50;
export const PREFIX_WEIGHT = 20;
export const SUFFIX_WEIGHT = 20;
/** Nearness to the old offset: a tie-breaker only, never enough to decide (see MARGIN). */
export const POSITION_WEIGHT = 2;

/**
 * A place whose quote differs from the passage's (found by approximate matching) is kept only at
 * this score or above. A quote half rewritten still passes with its context intact (0.73); one
 * nine-tenths the same passes no longer once the words around it are unrelated (about 0.6).
 * A quote found word for word is always a place, whatever its context.
 */
export const MIN_SCORE = 0.7;

/**
 * Two places within this much of each other are `ambiguous`. More than the position weight can
 * add (2/92 ≈ 0.022), so nearness alone never chooses; about seven units of context, or a
 * twentieth of the quote, must tell them apart.
 */
export const MARGIN = 0.05;

/** At most this many errors are searched for (Hypothesis's cap), and half the quote's length. */
export const MAX_ERRORS = 256;

/** Context is compared on its last (prefix) or first (suffix) this many units. */
const CONTEXT_COMPARED = 64;

/** Levenshtein distance (units inserted, removed or replaced); strings short enough (≤ 64). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const replace = (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      next.push(Math.min(replace, (row[j] as number) + 1, (next[j - 1] as number) + 1));
    }
    row = next;
  }
  return row[b.length] as number;
}

const similarity = (expected: string, found: string) =>
  expected.length === 0 ? 1 : Math.max(0, 1 - editDistance(expected, found) / expected.length);

/** What is known of a passage's old place. */
export interface PlaceHint {
  prefix?: string;
  suffix?: string;
  start?: number;
}

/** The parts of a place's score, each from 0 to 1, and the score itself. */
export interface PlaceScore {
  quote: number;
  prefix: number | null;
  suffix: number | null;
  position: number | null;
  score: number;
}

/**
 * The score of the place `start`–`end` of `text` for a quote `errors` edits away from it. An
 * empty or absent prefix or suffix says nothing and is left out of the score.
 */
export function scorePlace(
  text: string,
  start: number,
  end: number,
  quoteLength: number,
  errors: number,
  hint: PlaceHint,
): PlaceScore {
  const quote = Math.max(0, 1 - errors / Math.max(1, quoteLength));
  const prefix = hint.prefix ? hint.prefix.slice(-CONTEXT_COMPARED) : '';
  const suffix = hint.suffix ? hint.suffix.slice(0, CONTEXT_COMPARED) : '';
  const prefixScore = prefix
    ? similarity(prefix, text.slice(Math.max(0, start - prefix.length), start))
    : null;
  const suffixScore = suffix ? similarity(suffix, text.slice(end, end + suffix.length)) : null;
  const position =
    hint.start === undefined
      ? null
      : Math.max(0, 1 - Math.abs(start - hint.start) / Math.max(1, text.length));
  let sum = QUOTE_WEIGHT * quote;
  let weights = QUOTE_WEIGHT;
  if (prefixScore !== null) {
    sum += PREFIX_WEIGHT * prefixScore;
    weights += PREFIX_WEIGHT;
  }
  if (suffixScore !== null) {
    sum += SUFFIX_WEIGHT * suffixScore;
    weights += SUFFIX_WEIGHT;
  }
  if (position !== null) {
    sum += POSITION_WEIGHT * position;
    weights += POSITION_WEIGHT;
  }
  return { quote, prefix: prefixScore, suffix: suffixScore, position, score: sum / weights };
}
