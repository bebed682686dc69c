// Level of detail: what the timeline draws for a window. Few events near the window are drawn one
// by one; where there are more than the timeline can show legibly (and vis-timeline can lay out
// fast), each lane's events are counted in calendar buckets (days, weeks, months, years) and drawn
// as one aggregate per bucket ("47 events"), which zooms in when chosen. Only the window and one
// window-width either side are ever handed to vis-timeline, so its work stays bounded by what is
// on screen, not by the size of the dataset. Pure: no DOM, no vis-timeline.
import {
  DAY_MS,
  type DayNumber,
  dayOfUtcMs,
  monthsOfDay,
  monthStartUtcMs as utcMs,
} from '../dataset/calendar';
import { type DateFormatter, formatDayShort } from '../dataset/formatDate';
import { boundLanes } from './laneRows';
import type { TimelineItemDescriptor } from './timelineItems';
import { BUCKET_GAP_SHARE } from './timelineLayout';
import { ENGLISH_TIMELINE_WORDS, type TimelineWords } from './timelineWords';

/** Most items (single events or aggregates) handed to the timeline for one window. */
export const DETAIL_BUDGET = 300;
/**
 * With many lanes the budget grows (up to this many times): vis-timeline lays out only the lanes
 * scrolled into view, and a fixed budget shared by 200 actor lanes would leave each almost nothing.
 */
const LANE_FACTOR_MAX = 8;
/** Lanes on screen at once, about: the budget is for them. */
const LANES_IN_VIEW = 6;
/** An aggregate is at least this wide on screen, so its count can be read and clicked. */
export const MIN_BUCKET_PX = 96;
/** A lane's count in one bucket, and the first event counted (drawn itself if it is alone). */
interface Bucket {
  group: string | undefined;
  key: number;
  count: number;
  first: number;
}

type Unit = 'day' | 'month' | 'year';
interface Level {
  unit: Unit;
  step: number;
}
const LEVELS: readonly Level[] = [
  { unit: 'day', step: 1 },
  { unit: 'day', step: 7 },
  { unit: 'month', step: 1 },
  { unit: 'month', step: 3 },
  { unit: 'year', step: 1 },
  { unit: 'year', step: 2 },
  { unit: 'year', step: 5 },
  { unit: 'year', step: 10 },
  { unit: 'year', step: 25 },
  { unit: 'year', step: 100 },
  { unit: 'year', step: 1000 },
];

function approxMs(level: Level): number {
  const unit =
    level.unit === 'day' ? DAY_MS : level.unit === 'month' ? 30.44 * DAY_MS : 365.25 * DAY_MS;
  return unit * level.step;
}

/** The items of a model in flat arrays, so a window can be scanned fast. */
export interface DetailIndex {
  items: readonly TimelineItemDescriptor[];
  starts: Float64Array;
  /** A box's end is its start. */
  ends: Float64Array;
  /**
   * Each item's lane, as a number into `laneIds`: a window's counts read these arrays only, not
   * 100k item objects spread over the heap (~70 ms a window at 100k when they did).
   */
  lanes: Int32Array;
  laneIds: ReadonlyArray<string | undefined>;
  /** Earliest start and latest end of all items (NaN when there are none). */
  first: number;
  last: number;
}

export function buildDetailIndex(items: readonly TimelineItemDescriptor[]): DetailIndex {
  const starts = new Float64Array(items.length);
  const ends = new Float64Array(items.length);
  const lanes = new Int32Array(items.length);
  const laneIds: Array<string | undefined> = [];
  const laneNumbers = new Map<string | undefined, number>();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  // Items of one lane often come in a row (every item, when the view is not grouped).
  let lastGroup: string | undefined | null = null;
  let lastLane = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TimelineItemDescriptor;
    const start = item.start;
    const end = item.end ?? start;
    starts[i] = start;
    ends[i] = end;
    const group = item.group;
    if (group !== lastGroup) {
      let lane = laneNumbers.get(group);
      if (lane === undefined) {
        lane = laneIds.push(group) - 1;
        laneNumbers.set(group, lane);
      }
      lastGroup = group;
      lastLane = lane;
    }
    lanes[i] = lastLane;
    if (start < first) first = start;
    if (end > last) last = end;
  }
  return items.length === 0
    ? { items, starts, ends, lanes, laneIds, first: Number.NaN, last: Number.NaN }
    : { items, starts, ends, lanes, laneIds, first, last };
}

export interface AggregateDescriptor {
  /** Stable for a lane, level and bucket, so panning only adds and removes buckets at the edges. */
  id: string;
  group?: string;
  /** The bucket, UTC ms: what choosing the aggregate zooms to. */
  from: number;
  to: number;
  /** Where it is drawn: the bucket less a small gap on each side. */
  start: number;
  end: number;
  count: number;
  /** 1 (sparse) to 4 (densest in view): how dark it is drawn. */
  density: 1 | 2 | 3 | 4;
  /** count ÷ the largest count in view, (0, 1]: how tall it is drawn. */
  weight: number;
  /** "47 events", "1.9K events", or "+7 more" beside a lane's items. */
  text: string;
  /** A lane's items beyond its rows ("+7 more"), rather than all of a bucket's events. */
  more: boolean;
  /**
   * What choosing it does: zoom in to the bucket, or (a single day, where nothing finer can be
   * drawn) show that day's events in the list.
   */
  action: 'zoom' | 'list';
  /** "47 events, 1 Mar 2012 – 31 Mar 2012: zoom in to see them" */
  label: string;
}

export interface DetailView {
  /** Events drawn one by one (and every pinned item). */
  items: TimelineItemDescriptor[];
  aggregates: AggregateDescriptor[];
  /** The span the view was computed for; the window must stay inside it. */
  coverFrom: number;
  coverTo: number;
  /** How far the covered span reaches beyond the window on each side (ms). */
  slack: number;
  /** The window width it was computed for (ms), and the drawing width (px). */
  widthMs: number;
  widthPx: number;
  /** Bucket level, or null when every event is drawn. */
  level: string | null;
  /** The lanes with something drawn inside the window (grouped views): the lanes to show. */
  lanes: Set<string>;
}

export interface DetailRequest {
  /** The visible window, UTC ms. */
  start: number;
  end: number;
  /** Width of the drawing area in px. */
  widthPx: number;
  /** Item ids always drawn one by one (the selected event), and never counted in aggregates. */
  pinned?: ReadonlySet<string>;
  /** Those items, when the caller has them (else they are looked for among all the items). */
  pinnedItems?: readonly TimelineItemDescriptor[];
  budget?: number;
  /**
   * Grouped views: the most rows of items a lane may stack; beyond, the lane's other items in a
   * bucket are counted ("+7 more"), so one busy lane cannot push every other lane out of sight.
   */
  maxRowsPerLane?: number;
  /** How wide an item's label is drawn (px), to foresee how a lane's items stack. */
  labelPx?: (item: TimelineItemDescriptor) => number;
  /** The counts' words in the interface's language (English when none are given). */
  words?: TimelineWords;
}

/** One bucket's aggregate: "47 events" (or "+7 more", beside a lane's items) with its label. */
function aggregateOf(
  level: Level,
  group: string | undefined,
  key: number,
  count: number,
  densest: number,
  more: boolean,
  words: TimelineWords,
): AggregateDescriptor {
  const name = levelName(level);
  const action = level.unit === 'day' && level.step === 1 ? 'list' : 'zoom';
  const { from, to } = bucketBounds(level, key);
  const gap = (to - from) * BUCKET_GAP_SHARE;
  const days = dayRangeWords(dayOfUtcMs(from), dayOfUtcMs(to - 1), words.dates);
  return {
    id: `agg:${name}:${more ? 'more:' : ''}${group ?? ''}:${key}`,
    ...(group !== undefined ? { group } : {}),
    from,
    to,
    start: from + gap,
    end: to - gap,
    count,
    density: Math.min(4, Math.max(1, Math.ceil((4 * count) / densest))) as 1 | 2 | 3 | 4,
    weight: count / densest,
    text: more ? words.more(count) : words.count(count),
    more,
    action,
    label: words.aggregateLabel(count, more, days, action),
  };
}

/** The lanes with an item or a count inside the window. */
function lanesIn(
  start: number,
  end: number,
  items: readonly TimelineItemDescriptor[],
  aggregates: readonly AggregateDescriptor[],
): Set<string> {
  const lanes = new Set<string>();
  for (const item of items) {
    if (item.group !== undefined && item.start <= end && (item.end ?? item.start) >= start) {
      lanes.add(item.group);
    }
  }
  for (const aggregate of aggregates) {
    if (aggregate.group !== undefined && aggregate.start <= end && aggregate.end >= start) {
      lanes.add(aggregate.group);
    }
  }
  return lanes;
}

function bucketKey(level: Level, time: number): number {
  const day = Math.floor(time / DAY_MS);
  if (level.unit === 'day') {
    // Weeks start on Mondays (1970-01-01 was a Thursday).
    return Math.floor((day + (level.step === 7 ? 3 : 0)) / level.step);
  }
  const months = monthsOfDay(day);
  if (level.unit === 'month') return Math.floor(months / level.step);
  return Math.floor(Math.floor(months / 12) / level.step);
}

function bucketBounds(level: Level, key: number): { from: number; to: number } {
  if (level.unit === 'day') {
    const offset = level.step === 7 ? 3 : 0;
    const firstDay = key * level.step - offset;
    return { from: firstDay * DAY_MS, to: (firstDay + level.step) * DAY_MS };
  }
  if (level.unit === 'month') {
    const month = key * level.step;
    const next = month + level.step;
    // Months are counted from year 0, so before it they are negative: keep the index in 0–11.
    const index = (m: number) => ((m % 12) + 12) % 12;
    return {
      from: utcMs(Math.floor(month / 12), index(month)),
      to: utcMs(Math.floor(next / 12), index(next)),
    };
  }
  return { from: utcMs(key * level.step, 0), to: utcMs((key + 1) * level.step, 0) };
}

function dayRangeWords(first: DayNumber, last: DayNumber, dates: DateFormatter): string {
  return first === last
    ? formatDayShort(first, dates)
    : dates.words.range(formatDayShort(first, dates), formatDayShort(last, dates));
}

/** The finest level whose buckets are at least MIN_BUCKET_PX wide at this zoom. */
function levelFor(msPerPx: number): number {
  const at = LEVELS.findIndex((level) => approxMs(level) / msPerPx >= MIN_BUCKET_PX);
  return at === -1 ? LEVELS.length - 1 : at;
}

function levelName(level: Level): string {
  return `${level.step}${level.unit[0]}`;
}

/**
 * What to draw for a window: every item within one window-width (or a quarter) of it when they
 * are few enough,
 * else per-lane counts in the finest calendar buckets that are wide enough to read and few enough
 * to draw (down to single days, whose counts lead to the list rather than further in).
 */
export function levelOfDetail(index: DetailIndex, request: DetailRequest): DetailView {
  const budget = request.budget ?? DETAIL_BUDGET;
  const words = request.words ?? ENGLISH_TIMELINE_WORDS;
  const pinned = request.pinned ?? new Set<string>();
  const widthMs = Math.max(request.end - request.start, 1);
  const coverFrom = request.start - widthMs;
  const coverTo = request.end + widthMs;
  const { items, starts, ends, laneIds } = index;
  const laneOf = index.lanes;

  // A narrower margin, for when the window's own events are few but its neighbours are dense.
  const narrowFrom = request.start - widthMs / 4;
  const narrowTo = request.end + widthMs / 4;
  const near: number[] = [];
  let nearNarrow = 0;
  // The lanes near the window, numbered in the order they are first met (-1: none of its items).
  const nearLane = new Int32Array(laneIds.length).fill(-1);
  const nearLanes: number[] = [];
  // The pinned items, as given (a Set lookup per item to find them cost 7 ms a window at 100k);
  // only an item near the window is checked against them, to be left out of the counts.
  const pinnedItems: TimelineItemDescriptor[] =
    pinned.size === 0 ? [] : (request.pinnedItems ?? items).filter((item) => pinned.has(item.id));
  const anyPinned = pinnedItems.length > 0;
  // Where they start: only an item that starts there is looked at (a window of every event,
  // fit to all, read 100k items' ids to find one selected: ~100 ms).
  const pinnedStarts = new Set(pinnedItems.map((item) => item.start));
  for (let i = 0; i < items.length; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    if (start <= coverTo && end >= coverFrom) {
      if (
        anyPinned &&
        pinnedStarts.has(start) &&
        pinned.has((items[i] as TimelineItemDescriptor).id)
      ) {
        continue;
      }
      near.push(i);
      const lane = laneOf[i] as number;
      if (nearLane[lane] === -1) nearLane[lane] = nearLanes.push(lane) - 1;
      if (start <= narrowTo && end >= narrowFrom) nearNarrow++;
    }
  }
  const limit =
    budget * Math.min(LANE_FACTOR_MAX, Math.max(1, Math.ceil(nearLanes.length / LANES_IN_VIEW)));

  const msPerPx = widthMs / Math.max(request.widthPx, 1);
  let at = levelFor(msPerPx);
  // Every event one by one, with a window's width to spare either side, or a quarter when
  // that is what keeps them within the budget (vis-timeline draws what is near its window too).
  if (near.length <= limit || nearNarrow <= limit) {
    const wide = near.length <= limit;
    const from = wide ? coverFrom : narrowFrom;
    const to = wide ? coverTo : narrowTo;
    const shown: TimelineItemDescriptor[] = [];
    for (const i of near) {
      if (wide || ((starts[i] as number) <= to && (ends[i] as number) >= from)) {
        shown.push(items[i] as TimelineItemDescriptor);
      }
    }
    let drawn = shown;
    const aggregates: AggregateDescriptor[] = [];
    if (request.maxRowsPerLane !== undefined && request.labelPx && nearLanes.length > 1) {
      const level = LEVELS[at] as Level;
      const bounded = boundLanes(shown, request, request.maxRowsPerLane, request.labelPx);
      drawn = bounded.items;
      for (const [lane, counted] of bounded.overflow) {
        const perBucket = new Map<number, number>();
        for (const item of counted) {
          const key = bucketKey(level, Math.max(item.start, from));
          perBucket.set(key, (perBucket.get(key) ?? 0) + 1);
        }
        for (const [key, count] of perBucket) {
          aggregates.push(aggregateOf(level, lane, key, count, count, true, words));
        }
      }
    }
    drawn = drawn.concat(pinnedItems);
    return {
      items: drawn,
      aggregates,
      coverFrom: from,
      coverTo: to,
      slack: wide ? widthMs : widthMs / 4,
      widthMs,
      widthPx: request.widthPx,
      level: null,
      lanes: lanesIn(request.start, request.end, drawn, aggregates),
    };
  }

  // Each lane's buckets are counted in a map of its own, keyed by the bucket's number (a small
  // integer: no string, nor a large number, made per event and level).
  for (; ; at++) {
    const level = LEVELS[at] as Level;
    const last = at === LEVELS.length - 1;
    const perLane: Array<Map<number, Bucket>> = [];
    for (let lane = 0; lane < nearLanes.length; lane++) perLane.push(new Map());
    let buckets = 0;
    let tooMany = false;
    for (const i of near) {
      // A span is counted in every bucket it runs through (within the covered stretch): a count
      // is of the events on or across its stretch, so an ongoing event is never out of sight.
      const firstKey = bucketKey(level, Math.max(starts[i] as number, coverFrom));
      const lastKey = bucketKey(level, Math.min(ends[i] as number, coverTo));
      const lane = laneOf[i] as number;
      const counts = perLane[nearLane[lane] as number] as Map<number, Bucket>;
      for (let key = firstKey; key <= lastKey; key++) {
        const entry = counts.get(key);
        if (entry) entry.count++;
        else {
          counts.set(key, { group: laneIds[lane], key, count: 1, first: i });
          buckets++;
        }
      }
      // Already more buckets than the budget: this level is too fine, whatever the rest holds.
      if (buckets > limit && !last) {
        tooMany = true;
        break;
      }
    }
    if (tooMany) continue;
    const counts = perLane.flatMap((lane) => [...lane.values()]);

    let densest = 1;
    for (const entry of counts) densest = Math.max(densest, entry.count);
    const name = levelName(level);
    const aggregates: AggregateDescriptor[] = [];
    const single = new Set<TimelineItemDescriptor>();
    for (const { group, key, count, first } of counts) {
      // "1 event" says less than the event itself.
      if (count === 1) {
        single.add(items[first] as TimelineItemDescriptor);
        continue;
      }
      aggregates.push(aggregateOf(level, group, key, count, densest, false, words));
    }
    const drawn = [...single, ...pinnedItems];
    return {
      items: drawn,
      aggregates,
      coverFrom,
      coverTo,
      slack: widthMs,
      widthMs,
      widthPx: request.widthPx,
      level: name,
      lanes: lanesIn(request.start, request.end, drawn, aggregates),
    };
  }
}

/**
 * Whether a view still serves a window: it must lie inside what was covered, with half a window
 * to spare, and neither the zoom nor the drawing width may have changed much (the bucket size or
 * the set of items near the window would change).
 */
export function viewServes(
  view: DetailView,
  start: number,
  end: number,
  widthPx = view.widthPx,
): boolean {
  const width = end - start;
  if (width <= 0) return false;
  // A resized page (a phone turned round) needs buckets measured for its new width.
  const resized = widthPx / Math.max(view.widthPx, 1);
  if (resized > 1.2 || resized < 1 / 1.2) return false;
  const ratio = width / view.widthMs;
  if (ratio > 1.5 || ratio < 1 / 1.5) return false;
  return start >= view.coverFrom + view.slack / 2 && end <= view.coverTo - view.slack / 2;
}
