// Whether a string shows anything on screen. A title of spaces, U+200B ZERO WIDTH SPACE or
// U+3164 HANGUL FILLER draws an empty, unclickable item and an unnamed button.

/**
 * A visible character: not White_Space (spaces, U+3000, line breaks), not
 * Default_Ignorable_Code_Point (zero-width characters, U+00AD soft hyphen, variation selectors,
 * tags, and the Hangul fillers U+115F, U+1160, U+3164, U+FFA0), not a control or format
 * character (Cc, Cf: bidi controls, U+FEFF), not half of a surrogate pair (Cs), not a combining
 * mark with nothing to combine with (Mn, Me); and not U+2800 BRAILLE PATTERN BLANK, a symbol that
 * is drawn as nothing. Unassigned and private-use characters count as visible: they draw a box.
 */
const VISIBLE =
  /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Cs}\p{Mn}\p{Me}\u2800]/u;

export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text);
}
