// What the timeline draws, as plain data: one pass over the visible events turns each into item
// descriptors (ids, UTC millisecond times, type, class names, lane) and the lanes they sit in.
// Pure, so it is unit-tested here and the timeline engine only copies it into its DataSets.
import {
  DAY_MS,
  type DatePoint,
  type DayNumber,
  dayStartUtcMs,
  type EventDateValue,
  isApproximate,
  isPoint,
  isUncertain,
} from '../dataset/calendar';
import { type DateWordsCache, formatEventDate, formatEventDateShort } from '../dataset/formatDate';
import type { TimelineEvent } from '../dataset/schema';
import type { ResolvedEvent } from '../dataset/types';
import { kindColor } from './kinds';
import { ENGLISH_TIMELINE_WORDS, type TimelineWords } from './timelineWords';
import type { DayWindow, Grouping } from './viewState';

export type TimelineItemType = 'box' | 'range';

export interface TimelineItemDescriptor {
  /**
   * `event:${eventId}`, or `event:${eventId}::${actorId}` when grouped by actor (one item per actor
   * lane).
   */
  id: string;
  eventId: string;
  type: TimelineItemType;
  /**
   * UTC milliseconds: a range starts at 00:00 UTC of its first day; a box (a single day) stands at
   * 12:00 UTC of its day, so it is drawn inside that day's column, not on the line before it.
   */
  start: number;
  /** UTC milliseconds of the end of the last day (the start of the day after); ranges only. */
  end?: number;
  /** Lane id; absent when not grouped. */
  group?: string;
  className: string;
  /** The date is approximate (drawn with a dashed edge and "~" after the title). */
  approximate: boolean;
  /** The date is uncertain (drawn with a dotted edge and "?" after the title). */
  uncertain: boolean;
  /** Inline colours of the event's kind (fixed palette: no data reaches this string). */
  style: string;
  /** The event title, plain text. */
  title: string;
  /** Accessible name: "<title>, <short date>". */
  readonly label: string;
  /** Native tooltip: title, the date in words, and what its drawing means. */
  readonly tooltip: string;
  kind: string;
  /** How its sources support it, when the timeline marks that (disputed, single source). */
  support: SupportMark;
}

/** What the timeline marks of an event's support: a glyph after its title and words in its name. */
export type SupportMark = 'disputed' | 'single-source' | null;

/**
 * The glyph drawn after the title (its words, in the accessible name and the legend, are the
 * interface's: `TimelineWords.supportLabel` and `supportLegend`).
 */
export const SUPPORT_MARKS = {
  disputed: { glyph: '≠' },
  'single-source': { glyph: '¹' },
} as const;

export interface TimelineGroupDescriptor {
  id: string;
  /** Plain text. */
  label: string;
  order: number;
}

/** The ids of an event's items (none when it is not in the model). */
export function itemIdsOf(model: TimelineModel, eventId: string | null): string[] {
  if (eventId === null) return [];
  return (model.itemsByEvent.get(eventId) ?? []).map((item) => item.id);
}

export interface TimelineModel {
  items: TimelineItemDescriptor[];
  /** null when not grouped. */
  groups: TimelineGroupDescriptor[] | null;
  /** The items of each event (several when grouped by actor). */
  itemsByEvent: ReadonlyMap<string, readonly TimelineItemDescriptor[]>;
  /** Kinds present, in label order: what the colour legend lists. */
  kinds: string[];
}

export interface TimelineModelOptions {
  grouping: Grouping;
  /** First and last known day of the whole dataset: where open-ended intervals stop. */
  extent: DayWindow | null;
  /** Actor names and lane order when grouping by actor (dataset order). */
  actors?: ReadonlyArray<{ id: string; name: string }>;
  /**
   * Descriptors already built for these options (make one per dataset, grouping and extent):
   * a filter change then reuses them instead of building 100k objects again.
   */
  cache?: TimelineItemCache;
  /** The page's short date words, kept across builds (src/state/caches.ts). */
  dateWords?: DateWordsCache;
  /** The interface's words (English when none are given). */
  words?: TimelineWords;
  /**
   * Most lanes drawn when grouping: the busiest lanes (most events), and every lane in `keepLanes`
   * (the actors or kinds a filter names), get their own; the rest share one "Other …" lane.
   */
  laneLimit?: number;
  /** Lane ids that always get a lane of their own (`actor:<id>`, `kind:<kind>`). */
  keepLanes?: readonly string[];
  /**
   * Mark the events that rest on a single source (with more than one source in the dataset;
   * with one, every event does and the mark would say nothing). Disputed ones are always marked.
   */
  markSingleSource?: boolean;
}

/** Default most lanes: a dozen readable lanes rather than a thousand thin ones. */
export const LANE_LIMIT = 12;
/** The lane that gathers the events of every lane beyond the limit. */
export const OTHERS_GROUP = 'others:';

/** An event's descriptors, for one grouping and extent. */
export type TimelineItemCache = WeakMap<ResolvedEvent, TimelineItemDescriptor[]>;

const SEPARATOR = '::';
/**
 * Every item id starts with this: vis-timeline keeps its items in plain objects keyed by id, where
 * an event id such as "constructor" would find Object.prototype's property instead of the item.
 */
const ITEM_PREFIX = 'event:';
/** Lane of events without actors when grouping by actor. */
export const NO_ACTOR_GROUP = 'actor:';

export function timelineItemId(eventId: string, actorId?: string): string {
  return actorId === undefined
    ? `${ITEM_PREFIX}${eventId}`
    : `${ITEM_PREFIX}${eventId}${SEPARATOR}${actorId}`;
}

/** The event an item stands for (event ids are slugs, so they never contain "::"). */
export function eventIdOfItem(itemId: string): string {
  const id = itemId.startsWith(ITEM_PREFIX) ? itemId.slice(ITEM_PREFIX.length) : itemId;
  const at = id.indexOf(SEPARATOR);
  return at === -1 ? id : id.slice(0, at);
}

interface DateShape {
  type: TimelineItemType;
  start: number;
  end?: number;
  className: string;
  approximate: boolean;
  uncertain: boolean;
  /** Worded on first use: only the few hundred items drawn at a time ever need it. */
  readonly label: string;
  readonly tooltip: string;
  /** The words it was worded in (an item's name joins its title to the date in them). */
  readonly words: TimelineWords;
}

function precisionClass(point: DatePoint): string {
  return `tl-${point.precision}`;
}

/** Where a date sits and how it is drawn; the same for every event with the same date value. */
function dateShape(
  date: EventDateValue,
  extent: DayWindow | null,
  dateWords: DateWordsCache | undefined,
  words: TimelineWords,
): DateShape {
  const classes = ['tl-item'];
  let first: DayNumber;
  let last: DayNumber;
  let type: TimelineItemType;
  const notes: string[] = [];
  if (date.kind === 'point') {
    const { point } = date;
    first = point.first;
    last = point.last;
    classes.push(precisionClass(point));
    if (point.precision === 'day') {
      type = 'box';
      notes.push(words.note('day'));
    } else {
      type = 'range';
      notes.push(words.note(point.precision === 'month' ? 'month' : 'year'));
    }
  } else {
    type = 'range';
    classes.push('tl-interval');
    const { start, end } = date;
    const edgeFrom = extent?.from;
    const edgeTo = extent?.to;
    if (isPoint(start)) {
      first = start.first;
      if (start.precision !== 'day') classes.push(`tl-start-${start.precision}`);
    } else {
      classes.push('tl-open-start');
      notes.push(words.note('openStart'));
      first = edgeFrom ?? (isPoint(end) ? end.first : 0);
    }
    if (isPoint(end)) {
      last = end.last;
      if (end.precision !== 'day') classes.push(`tl-end-${end.precision}`);
    } else {
      classes.push('tl-open-end');
      notes.push(words.note('open' in end ? 'ongoing' : 'endUnknown'));
      last = Math.max(edgeTo ?? first, first);
    }
    if (first > last) first = last;
  }
  const approximate = isApproximate(date);
  const uncertain = isUncertain(date);
  if (approximate) {
    classes.push('tl-approximate');
    notes.push(words.note('approximate'));
  }
  if (uncertain) {
    classes.push('tl-uncertain');
    notes.push(words.note('uncertain'));
  }
  const start = dayStartUtcMs(first) + (type === 'box' ? DAY_MS / 2 : 0);
  let label: string | undefined;
  let tooltip: string | undefined;
  return {
    type,
    start,
    ...(type === 'range' ? { end: dayStartUtcMs(last + 1) } : {}),
    className: classes.join(' '),
    approximate,
    uncertain,
    words,
    get label() {
      label ??= formatEventDateShort(date, dateWords, words.dates);
      return label;
    },
    get tooltip() {
      tooltip ??= `${formatEventDate(date, words.dates)}\n${notes.join('; ')}`;
      return tooltip;
    },
  };
}

/**
 * What the items of one build share, each worked out once: where a date sits and how it is drawn
 * (by EDTF value), the kinds' style attributes (by kind), and the short date words (by value, in
 * the page's cache when one is given).
 */
export class SharedItemParts {
  readonly shapes = new Map<string, DateShape>();
  readonly styles = new Map<string, string>();
  constructor(
    readonly dateWords?: DateWordsCache,
    readonly words: TimelineWords = ENGLISH_TIMELINE_WORDS,
  ) {}

  shape(date: EventDateValue, extent: DayWindow | null): DateShape {
    let shape = this.shapes.get(date.value);
    if (shape === undefined) {
      shape = dateShape(date, extent, this.dateWords, this.words);
      this.shapes.set(date.value, shape);
    }
    return shape;
  }

  kindStyle(kind: string): string {
    let style = this.styles.get(kind);
    if (style === undefined) {
      style = `--kind:${kindColor(kind)};`;
      this.styles.set(kind, style);
    }
    return style;
  }
}

/** Kind classes are slugs already; anything else is dropped rather than trusted. */
function kindClass(kind: string): string {
  return /^[a-z0-9-]+$/.test(kind) ? ` tl-kind-${kind}` : '';
}

/**
 * An event's item. A class, not an object literal: a literal with getters is kept in V8's slow
 * dictionary mode, and the level of detail reads 100k of them for each new window (15 ms of
 * property lookups where a class's fixed shape takes 2). Every item has the same properties in
 * the same order (`end` and `group` undefined when there are none).
 */
class EventItem implements TimelineItemDescriptor {
  readonly id: string;
  readonly eventId: string;
  readonly type: TimelineItemType;
  readonly start: number;
  readonly end: number | undefined;
  readonly group: string | undefined;
  readonly className: string;
  readonly approximate: boolean;
  readonly uncertain: boolean;
  readonly style: string;
  readonly title: string;
  readonly kind: string;
  readonly support: SupportMark;
  readonly #event: TimelineEvent;
  readonly #shape: DateShape;

  constructor(
    id: string,
    event: TimelineEvent,
    shape: DateShape,
    group: string | undefined,
    className: string,
    style: string,
    support: SupportMark,
  ) {
    this.id = id;
    this.eventId = event.id;
    this.type = shape.type;
    this.start = shape.start;
    this.end = shape.end;
    this.group = group;
    this.className = className;
    this.approximate = shape.approximate;
    this.uncertain = shape.uncertain;
    this.style = style;
    this.title = event.title;
    this.kind = event.kind;
    this.support = support;
    this.#event = event;
    this.#shape = shape;
  }

  /** The same item in another lane. */
  inLane(group: string): EventItem {
    return new EventItem(
      this.id,
      this.#event,
      this.#shape,
      group,
      this.className,
      this.style,
      this.support,
    );
  }

  // The words are read only for items that are drawn (formatting 100k dates would not be).
  get label(): string {
    const label = this.#shape.words.itemLabel(this.title, this.#shape.label);
    return this.support ? this.#shape.words.supportLabel(label, this.support) : label;
  }

  get tooltip(): string {
    const support = this.support
      ? `\n${SUPPORT_MARKS[this.support].glyph} ${this.#shape.words.supportLegend(this.support)}`
      : '';
    return `${this.title}\n${this.#shape.tooltip}${support}`;
  }
}

function supportMark(resolved: ResolvedEvent, markSingleSource: boolean): SupportMark {
  const { status } = resolved.corroboration;
  if (status === 'disputed') return 'disputed';
  return status === 'single-source' && markSingleSource ? 'single-source' : null;
}

/** One event's item descriptors: one, or one per actor lane when grouped by actor. */
export function eventItems(
  resolved: ResolvedEvent,
  grouping: Grouping,
  extent: DayWindow | null,
  parts: SharedItemParts,
  markSingleSource = false,
): TimelineItemDescriptor[] {
  const { event, date } = resolved;
  const shape = parts.shape(date, extent);
  const support = supportMark(resolved, markSingleSource);
  const className = shape.className + kindClass(event.kind) + (support ? ` tl-${support}` : '');
  const style = parts.kindStyle(event.kind);
  const item = (id: string, group: string | undefined): TimelineItemDescriptor =>
    new EventItem(id, event, shape, group, className, style, support);
  if (grouping !== 'actor') {
    return [item(timelineItemId(event.id), grouping === 'kind' ? `kind:${event.kind}` : undefined)];
  }
  const items: TimelineItemDescriptor[] = [];
  const seen = new Set<string>();
  for (const ref of event.actors) {
    if (seen.has(ref.id)) continue;
    seen.add(ref.id);
    items.push(item(timelineItemId(event.id, ref.id), `actor:${ref.id}`));
  }
  if (items.length === 0) items.push(item(timelineItemId(event.id, ''), NO_ACTOR_GROUP));
  return items;
}

/**
 * Works out the items of `events` into `cache` ahead of `buildTimelineModel` (timelineModelBuild.ts), which then only
 * gathers them: a large dataset's items can so be made a slice at a time, between other tasks.
 */
export function cacheEventItems(
  events: readonly ResolvedEvent[],
  {
    grouping,
    extent,
    markSingleSource,
  }: Pick<TimelineModelOptions, 'grouping' | 'extent' | 'markSingleSource'>,
  cache: TimelineItemCache,
  parts: SharedItemParts = new SharedItemParts(),
): void {
  for (const resolved of events) {
    if (!cache.has(resolved)) {
      cache.set(resolved, eventItems(resolved, grouping, extent, parts, markSingleSource));
    }
  }
}

/** A descriptor moved to another lane (its label and tooltip words still built on first use). */
export function withGroup(item: TimelineItemDescriptor, group: string): TimelineItemDescriptor {
  if (item instanceof EventItem) return item.inLane(group);
  return Object.create(item, { group: { value: group, enumerable: true } });
}
