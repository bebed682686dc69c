// Text for the images of the view (viewImage.ts): escaped for SVG, measured without a DOM and cut
// to fit with an explicit rule. Pure. The image names the font "Liberation Sans, Arial,
// Helvetica" (metric-compatible faces, installed nearly everywhere, never fetched), so widths
// come from that face's advance table, measured once in Chromium at 1000 px; a character not in
// the table counts as 0.6 em, a wide (CJK, emoji) one as 1 em, and every width is taken 6% wider
// than measured, so that a fallback face a little wider still ends inside its box.

/** Advance widths (thousandths of an em) of U+0020–U+007E, regular and bold. */
const ASCII_REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const ASCII_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
  611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
  278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** Punctuation the app writes itself (dashes, quotes, the ellipsis, the middle dot). */
const PUNCTUATION = new Map<string, number>([
  ['–', 556],
  ['—', 1000],
  ['‘', 222],
  ['’', 222],
  ['“', 333],
  ['”', 333],
  ['…', 1000],
  ['·', 278],
  ['•', 350],
]);
/** Taken this much wider than measured (a fallback face, hinting). */
const SAFETY = 1.06;
export const ELLIPSIS = '…';

/** The font the image names: no web font, nothing fetched. */
export const IMAGE_FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";

/** Bidi marks and isolates: drawn as nothing, but they keep names in the right direction. */
const ZERO_WIDTH = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

/** East Asian wide characters and emoji, about a whole em each. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f000
  );
}

function charEm(char: string, bold: boolean): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) {
    return ((bold ? ASCII_BOLD : ASCII_REGULAR)[code - 0x20] as number) / 1000;
  }
  if (ZERO_WIDTH.test(char) || (code >= 0x300 && code <= 0x36f)) return 0;
  const known = PUNCTUATION.get(char);
  if (known !== undefined) return known / 1000;
  return isWide(code) ? 1 : 0.6;
}

export interface TextStyle {
  sizePx: number;
  bold?: boolean;
}

/** How wide a text is drawn (px), on the safe side. */
export function textWidth(text: string, { sizePx, bold = false }: TextStyle): number {
  let em = 0;
  for (const char of text) em += charEm(char, bold);
  return em * sizePx * SAFETY;
}

/**
 * The text, or as much of it as fits `maxPx` followed by "…" (cut at a whole character, trailing
 * spaces dropped); "" when not even "…" fits. The rule every label of the image follows, so no
 * text runs past its box or the image's edge.
 */
export function fitText(text: string, maxPx: number, style: TextStyle): string {
  // A box made to its text's measure is that wide give or take a rounding.
  if (textWidth(text, style) <= maxPx + 0.01) return text;
  const room = maxPx - textWidth(ELLIPSIS, style);
  if (room < 0) return '';
  let used = 0;
  let kept = '';
  for (const char of text) {
    const width = charEm(char, style.bold ?? false) * style.sizePx * SAFETY;
    if (used + width > room) break;
    used += width;
    kept += char;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/**
 * Whether XML 1.0 allows a character: not most C0 controls, nor a lone surrogate, nor U+FFFE or
 * U+FFFF. A data string holding one would make the whole SVG unreadable, so they are dropped.
 */
function isXmlChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return code === 0x9 || code === 0xa || code === 0xd;
  // Iterated by code point, a surrogate pair is one character: a lone surrogate is alone.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return code !== 0xfffe && code !== 0xffff;
}

const MARKUP: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** A string from data as SVG text or an attribute's value: markup characters escaped. */
export function escapeXml(text: string): string {
  let out = '';
  for (const char of text) {
    if (!isXmlChar(char)) continue;
    out += MARKUP[char] ?? char;
  }
  return out;
}

/** A number for an SVG attribute: at most two decimals, no "-0". */
export function px(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
