// Strings from a dataset or a file name may carry right-to-left text or direction overrides
// (U+202E…); set among the app's own words they would reorder them ("1202 rebotcO 01 yadnuS").
// Plain-text messages wrap each such string in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE;
// rendered text turns those into <bdi> elements (see app/BidiText.tsx).

export const FSI = '\u2068';
export const PDI = '\u2069';

/** `text` isolated from the words around it, for plain-text messages. */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

export interface BidiPart {
  text: string;
  isolated: boolean;
}

/**
 * A message cut into its own words and its isolated strings (an unclosed isolate runs to the end;
 * stray PDIs are dropped). The marks themselves are not kept: they have done their job.
 */
export function bidiParts(message: string): BidiPart[] {
  const parts: BidiPart[] = [];
  let rest = message;
  while (rest.length > 0) {
    const open = rest.indexOf(FSI);
    if (open === -1) {
      parts.push({ text: rest.replaceAll(PDI, ''), isolated: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open).replaceAll(PDI, ''), isolated: false });
    const close = rest.indexOf(PDI, open + 1);
    const end = close === -1 ? rest.length : close;
    parts.push({ text: rest.slice(open + 1, end).replaceAll(FSI, ''), isolated: true });
    rest = close === -1 ? '' : rest.slice(close + 1);
  }
  return parts.filter((part) => part.text !== '' || part.isolated);
}

/** A message without its isolation marks (for places that compare or measure plain text). */
export function withoutMarks(message: string): string {
  return message.replaceAll(FSI, '').replaceAll(PDI, '');
}
