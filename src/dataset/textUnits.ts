// Offsets in a text counted in UTF-16 code units (JavaScript string indices), and where a quote
// may begin and end: never inside a character, and never inside a word or number the quote did
// not cut (the occurrence of "46 people" inside "146 people" is not the quote). Pure.

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Whether an offset falls between the two halves of a surrogate pair (inside one character). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

const WORD_UNIT = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\p{Nd}/u;

/** Whether the unit at `at` belongs to a word or a number (letters, digits, their marks). */
function isWordUnit(text: string, at: number): boolean {
  const unit = text[at];
  return unit !== undefined && WORD_UNIT.test(unit);
}

/**
 * Whether offset `at` lies inside a word or a number: a word unit on both sides, or a digit, a
 * separator ("1,046", "4.6") and a digit.
 */
export function insideWord(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  if (isWordUnit(text, at - 1) && isWordUnit(text, at)) return true;
  const digit = (i: number) => DIGIT.test(text[i] ?? '');
  const separator = (i: number) => text[i] === ',' || text[i] === '.';
  return (
    (digit(at - 1) && separator(at) && digit(at + 1)) ||
    (separator(at - 1) && digit(at - 2) && digit(at))
  );
}

/** The start moved back out of any word, number or character it cuts. */
export function widenStart(text: string, start: number): number {
  let from = start;
  while (from > 0 && (insideWord(text, from) || splitsSurrogatePair(text, from))) from--;
  return from;
}

/** The end moved on out of any word, number or character it cuts. */
export function widenEnd(text: string, end: number): number {
  let to = end;
  while (to < text.length && (insideWord(text, to) || splitsSurrogatePair(text, to))) to++;
  return to;
}
