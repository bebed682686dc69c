// The one entry point that turns unknown input into a dataset the app can trust, or a list of
// every problem with its JSON path. The app, the file loader and `npm run validate` all call it.
import type { z } from 'zod/mini';
import type { ReaderIndex } from '../model/readerIndex';
import { type Anchor, anchorPassage, splitsSurrogatePair } from './anchor';
import { MAX_DEPTH, tooDeep } from './depth';
import { type DayNumber, type EventDateValue, parseEdtf, sortDay } from './edtf';
import type { Problem } from './problem';
import { type Dataset, DatasetSchema, type Period, type TimelineEvent } from './schema';
import { hasVisibleCharacter } from './visible';

export type { Problem } from './problem';
export { formatProblem } from './problem';

/** An event with what the app derives once from it: its parsed date and its passages' anchors. */
export interface ResolvedEvent {
  event: TimelineEvent;
  index: number;
  date: EventDateValue;
  sortDay: DayNumber;
  anchors: Anchor[];
}

/** A period with its parsed date. */
export interface ResolvedPeriod {
  period: Period;
  index: number;
  date: EventDateValue;
  sortDay: DayNumber;
}

export interface LoadedDataset {
  dataset: Dataset;
  /** Events in date order (then by position in the file). */
  events: ResolvedEvent[];
  /** Periods in date order (then by position in the file); empty when the file has none. */
  periods: ResolvedPeriod[];
  /** Things that were repaired on load, such as re-anchored passages. */
  warnings: Problem[];
  /**
   * Each event's text folded for search, by position in the file: filled in by the parsing
   * worker, off the main thread, so the first search of 100k events does not have to.
   */
  searchTexts?: string[];
  /** Each actor's events in date order, also from the worker (the actor filter picks from it). */
  eventsByActor?: Map<string, ResolvedEvent[]>;
  /**
   * Each source's text cut into drawable pieces, with its passages indexed, by source id: also
   * from the worker, so the reader never walks a long text on the page (`readerIndex.ts`).
   */
  readerIndexes?: Map<string, ReaderIndex>;
  /** The format the file was converted from on load (e.g. "TimelineJS JSON"); unset for ours. */
  importedFrom?: string;
}

export type ParseResult = { ok: true; value: LoadedDataset } | { ok: false; problems: Problem[] };

export interface ParseOptions {
  /**
   * `strict` (the validator): a passage whose offsets don't match is an error.
   * `repair` (the app): it is re-anchored by quote and context with a warning, and only a
   * passage that can't be found at all is reported, still as a warning: the event still shows.
   */
  anchors: 'strict' | 'repair';
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function schemaProblems(error: z.core.$ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** A value quoted in a message: a string or number as JSON, cut short; never a whole structure. */
function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  // A primitive: JSON.stringify does not recurse on it (undefined, functions, symbols give none).
  const json = typeof value === 'bigint' ? String(value) : JSON.stringify(value);
  if (json === undefined) return String(typeof value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/**
 * Calls `report(index, earlier)` for each item equal to an earlier one. An event lists a few
 * actors and passages: comparing each with those before it is cheapest (100k events, and no Map
 * or key string each); a long list (up to 1,000 actors) goes through a Map of keys instead.
 */
function forEachRepeat<T>(
  items: readonly T[],
  key: (item: T) => string,
  same: (a: T, b: T) => boolean,
  report: (index: number, earlier: number) => void,
): void {
  if (items.length <= 16) {
    for (let i = 1; i < items.length; i++) {
      const item = items[i] as T;
      for (let j = 0; j < i; j++) {
        if (same(items[j] as T, item)) {
          report(i, j);
          break;
        }
      }
    }
    return;
  }
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const k = key(item);
    const earlier = first.get(k);
    if (earlier === undefined) first.set(k, i);
    else report(i, earlier);
  });
}

/** Reports each id that appears more than once, pointing back at its first use. */
function duplicateIds(items: ReadonlyArray<{ id: string }>, name: string): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else {
      problems.push({
        path: `${name}[${i}].id`,
        message: `duplicate id ${describeValue(item.id)} (first used at ${name}[${earlier}])`,
      });
    }
  });
  return problems;
}

export function parseDataset(input: unknown, options: ParseOptions): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ path: '', message: 'a dataset must be a JSON object' }] };
  }
  // Before anything walks the value: a file nested thousands of levels deep gets one clear
  // problem instead of a stack overflow (or a minute of work) in whatever recurses over it.
  const deep = tooDeep(input);
  if (deep !== null) {
    return {
      ok: false,
      problems: [{ path: deep, message: `nested deeper than ${MAX_DEPTH} levels` }],
    };
  }
  const format = (input as { format?: unknown }).format;
  if (format !== 'sourceline/1') {
    return {
      ok: false,
      problems: [
        {
          path: 'format',
          message:
            format === undefined
              ? 'missing: this is not a Sourceline dataset (expected "format": "sourceline/1")'
              : `unsupported format ${describeValue(format)} (expected "sourceline/1")`,
        },
      ],
    };
  }
  const parsed = DatasetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const dataset = parsed.data;

  const problems: Problem[] = [
    ...duplicateIds(dataset.sources, 'sources'),
    ...duplicateIds(dataset.actors, 'actors'),
    ...duplicateIds(dataset.events, 'events'),
    ...duplicateIds(dataset.periods ?? [], 'periods'),
  ];
  const warnings: Problem[] = [];
  const sourceIndex = new Map(dataset.sources.map((source, i) => [source.id, i]));
  const actorIds = new Set(dataset.actors.map((actor) => actor.id));

  // Names people read: each must show something (invisible ones draw empty items).
  const invisible = (text: string, path: string) => {
    if (!hasVisibleCharacter(text)) {
      problems.push({
        path,
        message: 'has no visible character (only spaces or invisible characters)',
      });
    }
  };
  invisible(dataset.title, 'title');
  dataset.sources.forEach((source, i) => {
    invisible(source.title, `sources[${i}].title`);
  });
  dataset.actors.forEach((actor, i) => {
    invisible(actor.name, `actors[${i}].name`);
  });
  dataset.events.forEach((event, i) => {
    invisible(event.title, `events[${i}].title`);
  });

  dataset.sources.forEach((source, i) => {
    const published = parseEdtf(source.published);
    if (!published.ok) {
      problems.push({ path: `sources[${i}].published`, message: published.error });
    } else if (
      published.date.kind !== 'point' ||
      published.date.point.precision !== 'day' ||
      published.date.point.approximate ||
      published.date.point.uncertain
    ) {
      problems.push({
        path: `sources[${i}].published`,
        message: `must be a single, certain day (YYYY-MM-DD), got ${describeValue(source.published)}`,
      });
    }
  });

  const events: ResolvedEvent[] = [];
  dataset.events.forEach((event, e) => {
    const at = `events[${e}]`;
    const date = parseEdtf(event.date.value);
    if (!date.ok) problems.push({ path: `${at}.date.value`, message: date.error });

    // One actor may play two parts (speaker and subject), but not the same part twice.
    forEachRepeat(
      event.actors,
      (ref) => `${ref.id} ${ref.role}`,
      (x, y) => x.id === y.id && x.role === y.role,
      (a, earlier) => {
        const ref = event.actors[a];
        problems.push({
          path: `${at}.actors[${a}]`,
          message: `repeats ${at}.actors[${earlier}] (${describeValue(ref?.id)} as ${describeValue(ref?.role)})`,
        });
      },
    );
    // The same passage twice, reported once at the later one (and not anchored again).
    const repeated = new Set<number>();
    forEachRepeat(
      event.passages,
      (passage) => `${passage.source} ${passage.start} ${passage.end}`,
      (x, y) => x.source === y.source && x.start === y.start && x.end === y.end,
      (p, earlier) => {
        const passage = event.passages[p];
        const s = passage && sourceIndex.get(passage.source);
        const where = s === undefined ? passage?.source : `sources[${s}].text`;
        repeated.add(p);
        problems.push({
          path: `${at}.passages[${p}]`,
          message: `repeats ${at}.passages[${earlier}] (${where} at ${passage?.start}–${passage?.end})`,
        });
      },
    );
    event.actors.forEach((ref, a) => {
      if (!actorIds.has(ref.id)) {
        problems.push({
          path: `${at}.actors[${a}].id`,
          message: `unknown actor ${describeValue(ref.id)}`,
        });
      }
    });

    const anchors: Anchor[] = [];
    event.passages.forEach((passage, p) => {
      if (repeated.has(p)) return;
      const path = `${at}.passages[${p}]`;
      const s = sourceIndex.get(passage.source);
      const source = s === undefined ? undefined : dataset.sources[s];
      if (s === undefined || source === undefined) {
        problems.push({
          path: `${path}.source`,
          message: `unknown source ${describeValue(passage.source)}`,
        });
        return;
      }
      if (passage.end < passage.start) {
        problems.push({ path: `${path}.end`, message: `is before start (${passage.start})` });
        return;
      }
      // Half an emoji is no quote: the reader would highlight a broken character.
      const split = [passage.start, passage.end].find((offset) =>
        splitsSurrogatePair(source.text, offset),
      );
      if (split !== undefined) {
        problems.push({
          path: `${path}.${split === passage.start ? 'start' : 'end'}`,
          message: `cuts a character of sources[${s}].text in half (${split} is between the two UTF-16 units of a surrogate pair)`,
        });
        return;
      }
      const anchor = anchorPassage(source.text, passage);
      anchors.push(anchor);
      if (anchor.status === 'exact') return;
      const where = `sources[${s}].text at ${passage.start}–${passage.end}`;
      const problem = describeAnchorProblem(source.text, passage, path, where, anchor);
      if (options.anchors === 'strict') problems.push(problem);
      else warnings.push(problem);
    });

    if (date.ok) {
      events.push({ event, index: e, date: date.date, sortDay: sortDay(date.date), anchors });
    }
  });

  const periods: ResolvedPeriod[] = [];
  (dataset.periods ?? []).forEach((period, i) => {
    const date = parseEdtf(period.date.value);
    if (!date.ok) problems.push({ path: `periods[${i}].date.value`, message: date.error });
    else periods.push({ period, index: i, date: date.date, sortDay: sortDay(date.date) });
  });

  if (problems.length > 0) return { ok: false, problems };
  const byDate = (a: { sortDay: number; index: number }, b: { sortDay: number; index: number }) =>
    a.sortDay - b.sortDay || a.index - b.index;
  events.sort(byDate);
  periods.sort(byDate);
  return { ok: true, value: { dataset, events, periods, warnings } };
}

function describeAnchorProblem(
  text: string,
  passage: TimelineEvent['passages'][number],
  path: string,
  where: string,
  anchor: Anchor,
): Problem {
  const found = text.slice(passage.start, passage.end);
  if (found !== passage.exact) {
    const repair =
      anchor.status === 'reanchored'
        ? `; the quote was found at ${anchor.start}–${anchor.end}`
        : '; the quote is not in the text';
    return { path: `${path}.exact`, message: `does not match ${where}${repair}` };
  }
  const prefixOk =
    passage.prefix === undefined || text.slice(0, passage.start).endsWith(passage.prefix);
  return prefixOk
    ? { path: `${path}.suffix`, message: `does not match the text after ${where}` }
    : { path: `${path}.prefix`, message: `does not match the text before ${where}` };
}
