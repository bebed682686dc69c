// What the TimelineJS reader says about a slide: its problems, each with its English words (for
// the command-line tools) and a code with values (the slide's number and headline among them), so
// that a view says it in the interface's language (i18n/problemWords.ts).
import type { Problem } from '../../dataset/problem';

type Fields = Record<string, unknown>;

export const fields = (value: unknown): Fields | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : null;

/** A string field (numbers too: sheets and hand-written files mix them). */
export function stringOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** Cuts text to at most `max` UTF-16 units without splitting a surrogate pair, with an ellipsis. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * How a problem names a slide: a slide or era of a JSON file by its number (`slide 3`), a sheet's
 * row by nothing (its path says the row); either with its headline when it has one.
 */
export interface SlideName {
  kind: 'slide' | 'era' | 'row';
  number: number;
  headline: string;
}

/** The slide's name in English: `slide 3 (“Headline”)`, `“Headline”`, or `slide 3`. */
function englishName({ kind, number, headline }: SlideName): string {
  const name = kind === 'row' ? '' : `${kind} ${number}`;
  const quote = headline ? `“${cut(headline, 80)}”` : '';
  return name && quote ? `${name} (${quote})` : name || quote;
}

/** The values that name the slide in a problem's words (i18n/problemWords.ts reads them). */
export function nameParams({ kind, number, headline }: SlideName): Record<string, string | number> {
  return { slideKind: kind, slideNumber: number, headline: headline ? cut(headline, 80) : '' };
}

/** A problem of a slide: its English words prefixed with the slide's name, its code and values. */
export function slideProblem(
  path: string,
  name: SlideName,
  code: string,
  params: Readonly<Record<string, string | number>>,
  english: string,
): Problem {
  const label = englishName(name);
  return {
    path,
    message: label ? `${label}: ${english}` : english,
    code,
    params: { ...params, ...nameParams(name) },
  };
}
