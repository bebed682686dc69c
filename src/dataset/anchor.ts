// Passages and their source text: finding a passage by its offsets when they still match, else by
// re-anchoring on the quote, its context and its old place (reanchor.ts); and making
// passages, from a selection's offsets or from a quote, for the editor and `npm run anchor`.
// Offsets count UTF-16 code units (JavaScript string indices); context is up to 32 units.
import { atItsOffsets } from './atItsOffsets';
import { type PassageState, type ReanchorOptions, reanchorPassage } from './reanchor';
import type { Passage } from './schema';
import { splitsSurrogatePair } from './textUnits';

export { atItsOffsets, splitsSurrogatePair };

/** Where a passage is shown, and in which state (see reanchor.ts). */
export interface Anchor {
  /** The place found; the passage's own offsets when it is `ambiguous` or `lost`. */
  start: number;
  end: number;
  state: PassageState;
  /** From 0 to 1: how well the place fits the quote, its context and its old offset. */
  score: number;
}

/** Units of context kept on each side of a quote (the format's `prefix`/`suffix` limit). */
export const CONTEXT_LENGTH = 32;

/** Whether the offsets, quote and context of a passage all agree with the text. */
export function offsetsMatch(text: string, passage: Passage): boolean {
  const { start, end, exact, prefix, suffix } = passage;
  if (start > end || end > text.length || text.slice(start, end) !== exact) return false;
  if (prefix !== undefined && !text.slice(0, start).endsWith(prefix)) return false;
  if (suffix !== undefined && !text.slice(end).startsWith(suffix)) return false;
  return true;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** What is known of where a quote was: its old context and offset. */
export interface QuoteHint {
  prefix?: string;
  suffix?: string;
  start?: number;
}

/** The occurrences of a quote whose context agrees best with the hint, in text order. */
interface BestOccurrences {
  /** Start offsets of every occurrence that does not split a character. */
  all: number[];
  /** The subset whose prefix and suffix agree best with the hint's (all of them without one). */
  best: number[];
}

/**
 * The one search behind re-anchoring and making passages: every occurrence of the quote (an
 * occurrence cutting a surrogate pair in half is not a passage and is skipped), scored by how many
 * units of the hint's prefix and suffix the text around it shares.
 */
function bestOccurrences(text: string, exact: string, hint: QuoteHint): BestOccurrences {
  const prefix = hint.prefix ?? '';
  const suffix = hint.suffix ?? '';
  const all: number[] = [];
  let best: number[] = [];
  let bestScore = -1;
  if (exact === '') return { all, best };
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    if (splitsSurrogatePair(text, at) || splitsSurrogatePair(text, end)) continue;
    all.push(at);
    const before = text.slice(Math.max(0, at - prefix.length), at);
    const after = text.slice(end, end + suffix.length);
    const score = commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix);
    if (score > bestScore) {
      bestScore = score;
      best = [at];
    } else if (score === bestScore) {
      best.push(at);
    }
  }
  return { all, best };
}

/**
 * Where a passage is in the text: at its offsets if they, the quote and the context agree (`exact`,
 * without a search: the text is the one the passage was made in); else wherever re-anchoring finds
 * it, in one of its states. A passage not at its offsets is one of a text that changed.
 */
export function anchorPassage(text: string, passage: Passage, options?: ReanchorOptions): Anchor {
  if (offsetsMatch(text, passage)) {
    return { start: passage.start, end: passage.end, state: 'exact', score: 1 };
  }
  const { state, start, end, score } = reanchorPassage(text, passage, options);
  return { start, end, state, score };
}

/**
 * Context before `start`: up to 32 units, one fewer where the 32nd would take half of a surrogate
 * pair (context never begins inside a character).
 */
function prefixAt(text: string, start: number): string {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, from)) from++;
  return text.slice(from, start);
}

/** Context after `end`: up to 32 units, never ending inside a character. */
function suffixAt(text: string, end: number): string {
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, to)) to--;
  return text.slice(end, to);
}

/** A passage's selectors, all of them: its quote, offsets and context (no claim). */
export type AnchoredPassage = Required<
  Pick<Passage, 'source' | 'exact' | 'start' | 'end' | 'prefix' | 'suffix'>
>;

export type RangeResult =
  | { ok: true; passage: AnchoredPassage }
  | { ok: false; reason: 'empty' | 'out-of-range' };

/**
 * The passage a selection makes: its quote and 32 units of context each side. An offset inside a
 * surrogate pair (half an emoji) is widened to take the whole character. Refused when the range
 * is empty or not within the text.
 */
export function passageFromRange(
  text: string,
  sourceId: string,
  start: number,
  end: number,
): RangeResult {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    return { ok: false, reason: 'out-of-range' };
  }
  if (start > end) return { ok: false, reason: 'out-of-range' };
  const from = splitsSurrogatePair(text, start) ? start - 1 : start;
  const to = splitsSurrogatePair(text, end) ? end + 1 : end;
  if (from === to) return { ok: false, reason: 'empty' };
  return {
    ok: true,
    passage: {
      source: sourceId,
      exact: text.slice(from, to),
      start: from,
      end: to,
      prefix: prefixAt(text, from),
      suffix: suffixAt(text, to),
    },
  };
}

export type QuoteResult =
  | { ok: true; passage: AnchoredPassage }
  | {
      ok: false;
      reason: 'not-found' | 'ambiguous';
      /** Start offsets of the occurrences that the context could not tell apart (none if not found). */
      occurrences: number[];
    };

/**
 * The passage a quote makes, with its offsets and context computed. A quote found more than once
 * is placed by its hint: the occurrence whose text around it agrees best with the hint's prefix
 * and suffix, or, among equally good ones, the one exactly at the hint's start. Anything less
 * certain is `ambiguous` (lengthen the quote or give context): nearness alone never decides.
 */
export function passageFromQuote(
  text: string,
  sourceId: string,
  exact: string,
  hint: QuoteHint = {},
): QuoteResult {
  const { best } = bestOccurrences(text, exact, hint);
  if (best.length === 0) return { ok: false, reason: 'not-found', occurrences: [] };
  const chosen =
    best.length === 1 ? best[0] : best.find((at) => hint.start !== undefined && at === hint.start);
  if (chosen === undefined) return { ok: false, reason: 'ambiguous', occurrences: best };
  const made = passageFromRange(text, sourceId, chosen, chosen + exact.length);
  // A found occurrence is a non-empty range within the text that splits no character.
  if (!made.ok) return { ok: false, reason: 'not-found', occurrences: [] };
  return made;
}

/** What `repairPassages` did to one passage, or why it could not. */
export interface PassageRepair {
  /** JSON path of the passage, e.g. `events[3].passages[0]`. */
  path: string;
  /**
   * `completed`: offsets or context were missing and are filled in; `repaired`: they were wrong
   * and are corrected; the others are problems, and the passage is left as it was.
   */
  outcome: 'completed' | 'repaired' | 'not-found' | 'ambiguous' | 'unknown-source' | 'no-quote';
  message: string;
}

export const isRepairProblem = (repair: PassageRepair): boolean =>
  repair.outcome !== 'completed' && repair.outcome !== 'repaired';

type JsonObject = { [key: string]: unknown };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The keys of a passage in the order they are written; any others follow, as they came. */
const PASSAGE_KEYS = ['source', 'exact', 'start', 'end', 'prefix', 'suffix'] as const;

function listOffsets(occurrences: number[], length: number): string {
  const shown = occurrences.slice(0, 5).map((at) => `${at}–${at + length}`);
  return occurrences.length > 5 ? `${shown.join(', ')}, …` : shown.join(', ');
}

function repairOne(
  raw: JsonObject,
  path: string,
  sources: Map<string, { index: number; text: string; id: string }>,
): { passage: JsonObject; repair?: PassageRepair } {
  const { exact, source: sourceId } = raw;
  if (typeof exact !== 'string' || exact === '') {
    return {
      passage: raw,
      repair: { path, outcome: 'no-quote', message: 'has no quote (`exact`) to anchor' },
    };
  }
  const source = typeof sourceId === 'string' ? sources.get(sourceId) : undefined;
  if (source === undefined) {
    return {
      passage: raw,
      repair: {
        path,
        outcome: 'unknown-source',
        message: `unknown source ${JSON.stringify(sourceId)}`.slice(0, 200),
      },
    };
  }
  const where = `sources[${source.index}].text`;
  const hint: QuoteHint = {};
  if (typeof raw.prefix === 'string') hint.prefix = raw.prefix;
  if (typeof raw.suffix === 'string') hint.suffix = raw.suffix;
  if (Number.isInteger(raw.start)) hint.start = raw.start as number;
  const found = passageFromQuote(source.text, source.id, exact, hint);
  if (!found.ok) {
    if (found.reason === 'not-found') {
      const crlf =
        exact.includes('\n') && !exact.includes('\r\n') && source.text.includes('\r\n')
          ? ' (the text ends its lines with CRLF: the quote must too, as \\r\\n)'
          : '';
      return {
        passage: raw,
        repair: { path, outcome: 'not-found', message: `the quote is not in ${where}${crlf}` },
      };
    }
    const { occurrences } = found;
    return {
      passage: raw,
      repair: {
        path,
        outcome: 'ambiguous',
        message:
          `the quote occurs ${occurrences.length} times in ${where} (at ${listOffsets(occurrences, exact.length)}) ` +
          'and its context does not say which: lengthen the quote, or give a prefix or suffix',
      },
    };
  }
  const made = found.passage;
  const entries: [string, unknown][] = PASSAGE_KEYS.map((key) => [key, made[key]]);
  for (const [key, value] of Object.entries(raw)) {
    if (!(PASSAGE_KEYS as readonly string[]).includes(key)) entries.push([key, value]);
  }
  // fromEntries defines properties, so even a key named "__proto__" stays a plain key.
  const passage = Object.fromEntries(entries) as JsonObject;
  const changed = PASSAGE_KEYS.some((key) => raw[key] !== made[key]);
  if (!changed) return { passage };
  const span = `${made.start}–${made.end}`;
  const done = (outcome: 'completed' | 'repaired', message: string) => ({
    passage,
    repair: { path, outcome, message },
  });
  if (raw.start === undefined || raw.end === undefined)
    return done('completed', `anchored at ${span}`);
  if (raw.start !== made.start || raw.end !== made.end) {
    return done('repaired', `moved from ${String(raw.start)}–${String(raw.end)} to ${span}`);
  }
  const staleContext =
    (raw.prefix !== undefined && raw.prefix !== made.prefix) ||
    (raw.suffix !== undefined && raw.suffix !== made.suffix);
  return staleContext
    ? done('repaired', `context updated at ${span}`)
    : done('completed', `context filled in at ${span}`);
}

/**
 * Fills in or corrects every passage's `start`/`end`/`prefix`/`suffix` from its quote (and the
 * context and offset it already has, to choose between repeated quotes), in a dataset read from
 * JSON that need not be valid yet: a hand-written passage may have only `source` and `exact`.
 * What it cannot anchor it leaves as it was and reports. The input is not modified; anything that
 * is not shaped like a passage is left for `parseDataset` to report.
 */
export function repairPassages(dataset: unknown): { dataset: unknown; report: PassageRepair[] } {
  const report: PassageRepair[] = [];
  if (!isObject(dataset) || !Array.isArray(dataset.events)) return { dataset, report };
  const sources = new Map<string, { index: number; text: string; id: string }>();
  if (Array.isArray(dataset.sources)) {
    dataset.sources.forEach((source: unknown, index) => {
      if (!isObject(source) || typeof source.id !== 'string' || typeof source.text !== 'string')
        return;
      if (!sources.has(source.id))
        sources.set(source.id, { index, text: source.text, id: source.id });
    });
  }
  const events = dataset.events.map((event: unknown, e) => {
    if (!isObject(event) || !Array.isArray(event.passages)) return event;
    const passages = event.passages.map((passage: unknown, p) => {
      if (!isObject(passage)) return passage;
      const result = repairOne(passage, `events[${e}].passages[${p}]`, sources);
      if (result.repair) report.push(result.repair);
      return result.passage;
    });
    return { ...event, passages };
  });
  return { dataset: { ...dataset, events }, report };
}
