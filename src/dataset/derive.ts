// The one derivation: from a dataset to everything the views read of it — events resolved in date
// order (parsed date, sort day, passage anchors), periods, each event's search text, each actor's
// events, the extent of the dates, and lookups by id. Pure. The validator (`parseDataset`) runs it
// once and words its findings as problems; the parsing worker sends its result to the page; the
// store runs it again after every edit, handing it the previous derivation so that the events an
// edit left alone are not resolved again. A `LoadedDataset` is never changed afterwards: an edit
// makes a new one, with a new `revision`, so nothing derived from it can go stale.
import { type Anchor, anchorPassage, atItsOffsets, splitsSurrogatePair } from './anchor';
import { corroborate } from './corroboration';
import { deriveOneEdit } from './deriveOneEdit';
import { type DateFault, parseEdtf, sortDay } from './edtf';
import { eventsByActorOf, eventsExtent, withIndexes } from './loaded';
import { dateProblem, type Problem } from './problem';
import type { SearchBudget } from './reanchor';
import { forEachRepeat } from './repeats';
import type { Dataset, Passage, TimelineEvent } from './schema';
import { eventSearchText } from './search';
import type { LoadedDataset, ResolvedEvent, ResolvedPeriod } from './types';

/** Why a passage was not anchored, or anchored only by its quote. */
export type PassageIssue =
  /** The same source and offsets as an earlier passage of the event: not anchored again. */
  | { kind: 'repeats'; earlier: number }
  | { kind: 'unknown-source' }
  | { kind: 'end-before-start' }
  /** An offset between the two halves of a surrogate pair. */
  | { kind: 'splits-character'; side: 'start' | 'end'; offset: number; source: number }
  /** Not at its offsets (the text changed): its state says where it is; `problem` words it. */
  | { kind: 'not-exact'; anchor: Anchor; problem: Problem };

export interface EventIssue {
  /** Why the date does not parse; null when it does. */
  date: DateFault | null;
  /** By passage position, in order. */
  passages: Map<number, PassageIssue>;
}

export interface Derivation {
  loaded: LoadedDataset;
  /** By event position: only the events with something to say. */
  eventIssues: ReadonlyMap<number, EventIssue>;
  /** By period position: why its date does not parse. */
  periodIssues: ReadonlyMap<number, DateFault>;
}

export interface DeriveOptions {
  /** Default: the previous derivation's plus one, else 0. */
  revision?: number;
  /** Default: the previous derivation's, else null. */
  importedFrom?: string | null;
  /**
   * The derivation of this dataset before an edit. An event object the edit kept (commands
   * share what they do not change) keeps its date, search text and, while the sources are the
   * same objects, its anchors. The result equals a derivation from scratch.
   */
  previous?: LoadedDataset;
}

function describeAnchorProblem(
  text: string,
  passage: Passage,
  path: string,
  s: number,
  anchor: Anchor,
): Problem {
  const where = `sources[${s}].text at ${passage.start}–${passage.end}`;
  const params = { text: `sources[${s}].text`, start: passage.start, end: passage.end };
  const found = text.slice(passage.start, passage.end);
  if (found !== passage.exact || anchor.start !== passage.start || anchor.end !== passage.end) {
    const at = `${anchor.start}–${anchor.end}`;
    const repair = {
      exact: `; the quote and its context were found at ${at}`,
      moved: `; the quote was found at ${at}, its context changed`,
      edited: `; the passage's words changed: the closest wording is at ${at} (needs review)`,
      ambiguous: '; the quote fits more than one place equally well',
      lost: '; the quote is not in the text',
    }[anchor.state];
    return {
      path: `${path}.exact`,
      message: `does not match ${where}${repair}`,
      code: 'quoteNotThere',
      params: { ...params, state: anchor.state, found: at },
    };
  }
  const prefixOk =
    passage.prefix === undefined || text.slice(0, passage.start).endsWith(passage.prefix);
  return prefixOk
    ? {
        path: `${path}.suffix`,
        message: `does not match the text after ${where}`,
        code: 'suffixNotThere',
        params,
      }
    : {
        path: `${path}.prefix`,
        message: `does not match the text before ${where}`,
        code: 'prefixNotThere',
        params,
      };
}

const unanchored = (passage: Passage): Anchor => ({
  start: passage.start,
  end: passage.end,
  state: 'lost',
  score: 0,
});

/**
 * Approximate search allowed in one derivation, in units of text scanned: ample for the
 * passages of a changed article, and a bound on a dataset whose every offset is stale.
 */
export const DERIVE_SEARCH_BUDGET = 50_000_000;

const allAtOffsets = (event: TimelineEvent, anchors: readonly Anchor[]) =>
  anchors.every((anchor, i) => {
    const passage = event.passages[i];
    return passage !== undefined && atItsOffsets(anchor, passage);
  });

/** Anchors each passage of an event in its source, noting what stood in the way. */
function anchorEvent(
  dataset: Dataset,
  sourceIndex: ReadonlyMap<string, number>,
  event: TimelineEvent,
  at: string,
  note: () => EventIssue,
  budget: SearchBudget,
): Anchor[] {
  const { passages } = event;
  let repeated: Map<number, number> | null = null;
  forEachRepeat(
    passages,
    (passage) => `${passage.source} ${passage.start} ${passage.end}`,
    (x, y) => x.source === y.source && x.start === y.start && x.end === y.end,
    (p, earlier) => {
      repeated ??= new Map();
      repeated.set(p, earlier);
    },
  );
  /** What stands in the way of anchoring a passage, if anything. */
  const obstacle = (passage: Passage, p: number): PassageIssue | null => {
    const earlier = (repeated as Map<number, number> | null)?.get(p);
    if (earlier !== undefined) return { kind: 'repeats', earlier };
    const s = sourceIndex.get(passage.source);
    const source = s === undefined ? undefined : dataset.sources[s];
    if (s === undefined || source === undefined) return { kind: 'unknown-source' };
    if (passage.end < passage.start) return { kind: 'end-before-start' };
    // Half an emoji is no quote: the reader would highlight a broken character.
    for (const side of ['start', 'end'] as const) {
      if (splitsSurrogatePair(source.text, passage[side])) {
        return { kind: 'splits-character', side, offset: passage[side], source: s };
      }
    }
    return null;
  };
  // Pushed, not written into `new Array(n)`: a holey array is cloned to the page element by
  // element (V8's sparse format), many times slower for 100k events.
  const anchors: Anchor[] = [];
  passages.forEach((passage, p) => {
    const blocked = obstacle(passage, p);
    if (blocked) {
      note().passages.set(p, blocked);
      anchors.push(unanchored(passage));
      return;
    }
    const s = sourceIndex.get(passage.source) as number;
    const source = dataset.sources[s] as Dataset['sources'][number];
    const anchor = anchorPassage(source.text, passage, { budget });
    anchors.push(anchor);
    if (atItsOffsets(anchor, passage)) return;
    const path = `${at}.passages[${p}]`;
    const problem = describeAnchorProblem(source.text, passage, path, s, anchor);
    note().passages.set(p, { kind: 'not-exact', anchor, problem });
  });
  return anchors;
}

/** A claimed date, parsed; null when it does not parse (the validator says so). */
const claimedDate = (value: string) => {
  const parsed = parseEdtf(value);
  return parsed.ok ? parsed.date : null;
};

const byDate = (a: { sortDay: number; index: number }, b: { sortDay: number; index: number }) =>
  a.sortDay - b.sortDay || a.index - b.index;

/** The derivation with what it found on the way (the validator words those as problems). */
export function derive(dataset: Dataset, options: DeriveOptions = {}): Derivation {
  const { previous } = options;
  if (previous) {
    const quick = deriveOneEdit(
      dataset,
      previous,
      options.revision ?? previous.revision + 1,
      options.importedFrom !== undefined ? options.importedFrom : previous.importedFrom,
    );
    if (quick) return { loaded: quick, eventIssues: new Map(), periodIssues: new Map() };
  }
  const sourceIndex = new Map(dataset.sources.map((source, i) => [source.id, i]));
  const sourceById = (id: string) => {
    const s = sourceIndex.get(id);
    return s === undefined ? undefined : dataset.sources[s];
  };
  const sameSources = previous !== undefined && previous.dataset.sources === dataset.sources;
  const events: ResolvedEvent[] = [];
  // In file order, pushed (a packed array: see `anchorEvent`).
  const searchTexts: string[] = [];
  const warnings: Problem[] = [];
  const eventIssues = new Map<number, EventIssue>();
  const budget: SearchBudget = { units: DERIVE_SEARCH_BUDGET };

  dataset.events.forEach((event, e) => {
    const kept = previous?.eventById.get(event.id);
    const before = kept && kept.event === event ? kept : undefined;
    searchTexts.push((before && previous?.searchTexts[before.index]) ?? eventSearchText(event));
    if (before && sameSources && allAtOffsets(event, before.anchors)) {
      events.push(before.index === e ? before : { ...before, index: e });
      return;
    }
    const at = `events[${e}]`;
    let issue: EventIssue | null = null;
    const note = () => {
      if (!issue) {
        issue = { date: null, passages: new Map() };
        eventIssues.set(e, issue);
      }
      return issue;
    };
    const date = before ? { ok: true as const, date: before.date } : parseEdtf(event.date.value);
    if (!date.ok) {
      note().date = date;
      warnings.push(dateProblem(`${at}.date.value`, date, 'event'));
    }
    const anchors = anchorEvent(dataset, sourceIndex, event, at, note, budget);
    const corroboration = date.ok ? corroborate(event, date.date, sourceById, claimedDate) : null;
    for (const passageIssue of (issue as EventIssue | null)?.passages.values() ?? []) {
      if (passageIssue.kind === 'not-exact') warnings.push(passageIssue.problem);
    }
    if (date.ok) {
      events.push({
        event,
        index: e,
        date: date.date,
        sortDay: sortDay(date.date),
        anchors,
        corroboration: corroboration as NonNullable<typeof corroboration>,
      });
    }
  });

  const periods: ResolvedPeriod[] = [];
  const periodIssues = new Map<number, DateFault>();
  (dataset.periods ?? []).forEach((period, i) => {
    const date = parseEdtf(period.date.value);
    if (date.ok) {
      periods.push({ period, index: i, date: date.date, sortDay: sortDay(date.date) });
    } else {
      periodIssues.set(i, date);
      warnings.push(dateProblem(`periods[${i}].date.value`, date, 'period'));
    }
  });

  events.sort(byDate);
  periods.sort(byDate);
  const loaded = withIndexes({
    dataset,
    revision: options.revision ?? (previous ? previous.revision + 1 : 0),
    events,
    periods,
    searchTexts,
    eventsByActor: eventsByActorOf(events),
    extent: eventsExtent(events),
    warnings,
    importedFrom:
      options.importedFrom !== undefined ? options.importedFrom : (previous?.importedFrom ?? null),
    layout: {},
  });
  return { loaded, eventIssues, periodIssues };
}

/** Everything the views derive from a dataset (see `derive`). */
export function deriveLoaded(dataset: Dataset, options: DeriveOptions = {}): LoadedDataset {
  return derive(dataset, options).loaded;
}
