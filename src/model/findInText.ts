// "Find in article": the places a typed text occurs in a source, case ignored. The text is read
// in windows of WINDOW_UNITS, so a caller can yield between them and no task grows with the text
// (a 45 MB source is ~45 windows); matches are capped at MAX_MATCHES.

export const WINDOW_UNITS = 1_000_000;
export const MAX_MATCHES = 10_000;

export interface Match {
  start: number;
  end: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** The pattern of a typed text: its words in order, any run of white space between them. */
export function findPattern(query: string): RegExp | null {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return new RegExp(words.map(escapeRegExp).join('\\s+'), 'giu');
}

/**
 * The matches that start in `from`–`to` (a match may run past `to`), at most `limit` of them.
 * Reads up to 1,000 units past `to`, so a match across two windows is found once, in the first.
 */
export function findInWindow(
  text: string,
  pattern: RegExp,
  from: number,
  to: number,
  limit = MAX_MATCHES,
): Match[] {
  const end = Math.min(text.length, to + 1000);
  // A slice of a long string is a view in JavaScript engines, not a copy.
  const window = text.slice(from, end);
  const found: Match[] = [];
  const re = new RegExp(pattern.source, pattern.flags);
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    if (from + m.index >= to || found.length >= limit) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    found.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  return found;
}

/** Every match (up to `limit`), window by window: the generator yields after each window. */
export function* findAll(
  text: string,
  pattern: RegExp,
  limit = MAX_MATCHES,
): Generator<Match[], void, undefined> {
  let total = 0;
  let lastEnd = 0;
  for (let from = 0; from < text.length && total < limit; from += WINDOW_UNITS) {
    // A match that ran into this window was found in the last one: none may overlap it.
    const found = findInWindow(text, pattern, from, from + WINDOW_UNITS, limit - total).filter(
      (match) => match.start >= lastEnd,
    );
    total += found.length;
    lastEnd = found.at(-1)?.end ?? lastEnd;
    yield found;
  }
}
