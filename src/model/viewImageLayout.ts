// Where everything of an image of the view goes (viewImage.ts draws it): the window, the lanes and,
// in each, the events stacked in rows as the timeline stacks them, the counts where they are too
// many, and the periods behind. It starts from the timeline's own pure model (timelineItems.ts),
// level of detail (levelOfDetail.ts) and window fitting (timelineWindow.ts), never from what
// vis-timeline drew. Pure.
import { dayOfUtcMs, dayStartUtcMs } from '../dataset/calendar';
import type { DateWordsCache } from '../dataset/formatDate';
import type { LoadedDataset, ResolvedEvent } from '../dataset/types';
import { filterEvents } from './filter';
import { fitText, type TextStyle, textWidth } from './imageText';
import { buildDetailIndex, levelOfDetail } from './levelOfDetail';
import type { TimelineItemCache, TimelineItemDescriptor } from './timelineItems';
import { aggregateHeightPx, ITEM_GAP_PX } from './timelineLayout';
import { buildTimelineModel } from './timelineModelBuild';
import { buildPeriodModel, periodsForSpan, type TimelinePeriodDescriptor } from './timelinePeriods';
import { boxAlign, fitAllWindow, type MsWindow, withinDrawable } from './timelineWindow';
import { ENGLISH_IMAGE_WORDS, type ImageWords } from './viewImageWords';
import type { DayWindow, ViewState } from './viewState';

export const LABEL_TEXT: TextStyle = { sizePx: 12 };
/** Room inside a label on each side of its text. */
export const LABEL_PAD_PX = 6;
/** A label takes at most this share of the plot's width; a longer title ends in "…". */
export const LABEL_MAX_SHARE = 0.5;
/** One stacked row: a label (19 px), a span's line under it (3 px) and the gap to the next. */
export const ROW_PX = 26;
/** Most rows a lane stacks (the last of them holds the "+N more" counts of the rest). */
export const MAX_ROWS_UNGROUPED = 14;
export const MAX_ROWS_PER_LANE = 6;
/** Items drawn one by one in an image before they are counted: fewer than on screen, as an image cannot scroll. */
const IMAGE_DETAIL_BUDGET = 150;

export type ViewOfImage = Pick<ViewState, 'filters' | 'window' | 'group'>;

export interface PlacedLabel {
  eventId: string;
  kind: string;
  /** The whole title (the image's tooltip), and what is drawn of it. */
  title: string;
  text: string;
  /** The title, the date in words and what its drawing means (the timeline's tooltip). */
  tooltip: string;
  row: number;
  /** The label's box, px from the plot's left edge. */
  left: number;
  width: number;
  /** A span's line, px from the plot's left (absent for a single day). */
  bar?: { from: number; to: number };
  /** A single day's mark, px from the plot's left. */
  dayAt?: number;
  approximate: boolean;
  uncertain: boolean;
}

export interface PlacedCount {
  /** px from the plot's left. */
  left: number;
  width: number;
  count: number;
  text: string;
  /** (0, 1]: share of the densest count. */
  weight: number;
  /** How tall its bar is drawn (px): taller where denser, as on screen. */
  heightPx: number;
  /** A lane's events beyond its rows ("+7 more", in its last row) rather than a bucket's. */
  more: boolean;
  row: number;
}

export interface LaneLayout {
  /** null: the one lane of an ungrouped view. */
  id: string | null;
  label: string;
  /** Height of its strip of counts (0 when it has none). */
  countsPx: number;
  rows: number;
  labels: PlacedLabel[];
  counts: PlacedCount[];
}

export interface PlacedPeriod {
  title: string;
  dateWords: string;
  className: string;
  from: number;
  to: number;
}

export interface ViewLayout {
  window: MsWindow;
  /** The window in whole calendar days (what the image says it shows). */
  days: DayWindow;
  lanes: LaneLayout[];
  periods: PlacedPeriod[];
  /** The events the filters keep (in the whole dataset), and those drawn in the window. */
  kept: readonly ResolvedEvent[];
  drawnEventIds: string[];
  /** Kinds of the events in the window, in the model's (label) order. */
  kinds: string[];
  /** Events in the window by kind, for the legend's order. */
  kindCounts: Map<string, number>;
}

/** The title as drawn: a "~" after an approximate date, a "?" after an uncertain one (as on screen). */
export function labelWords(
  item: Pick<TimelineItemDescriptor, 'title' | 'approximate' | 'uncertain'>,
): string {
  return `${item.title}${item.approximate ? ' ~' : ''}${item.uncertain ? ' ?' : ''}`;
}

/** A label's natural width (px): its text and padding, at most LABEL_MAX_SHARE of the plot. */
export function labelBoxPx(words: string, plotPx: number): number {
  return Math.min(textWidth(words, LABEL_TEXT) + 2 * LABEL_PAD_PX, plotPx * LABEL_MAX_SHARE);
}

/** The window shown: the view's days, or (none stored) the one the timeline fits to its events. */
export function imageWindow(
  view: ViewOfImage,
  items: readonly TimelineItemDescriptor[],
  plotPx: number,
  fallback: DayWindow | null,
): MsWindow {
  if (view.window) {
    return { start: dayStartUtcMs(view.window.from), end: dayStartUtcMs(view.window.to + 1) };
  }
  if (items.length === 0) {
    const days = fallback ?? { from: 0, to: 0 };
    return { start: dayStartUtcMs(days.from - 1), end: dayStartUtcMs(days.to + 2) };
  }
  const index = buildDetailIndex(items);
  return withinDrawable(
    fitAllWindow({ items, first: index.first, last: index.last }, plotPx, (item) =>
      labelBoxPx(labelWords(item), plotPx),
    ),
  );
}

/** Stacks a lane's items by start, each in the first row with room; past `maxRows`, counted. */
function stackLabels(
  items: readonly TimelineItemDescriptor[],
  window: MsWindow,
  plotPx: number,
  maxRows: number,
): { labels: PlacedLabel[]; overflow: PlacedLabel[] } {
  const pxOf = (ms: number) => ((ms - window.start) / (window.end - window.start)) * plotPx;
  const placed = items.map((item): PlacedLabel => {
    const words = labelWords(item);
    let width = labelBoxPx(words, plotPx);
    let left: number;
    let bar: PlacedLabel['bar'];
    let dayAt: number | undefined;
    if (item.type === 'range' && item.end !== undefined) {
      const from = Math.max(pxOf(item.start), 0);
      const to = Math.min(pxOf(item.end), plotPx);
      bar = { from, to: Math.max(to, from + 2) };
      left = Math.min(from, plotPx - width);
    } else {
      dayAt = pxOf(item.start);
      const side = boxAlign(dayAt, width, plotPx);
      left = side === 'left' ? dayAt : side === 'right' ? dayAt - width : dayAt - width / 2;
    }
    left = Math.max(0, Math.min(left, plotPx - width));
    width = Math.min(width, plotPx - left);
    return {
      eventId: item.eventId,
      kind: item.kind,
      title: item.title,
      text: fitText(words, width - 2 * LABEL_PAD_PX, LABEL_TEXT),
      tooltip: item.tooltip,
      row: 0,
      left,
      width,
      ...(bar ? { bar } : {}),
      ...(dayAt !== undefined ? { dayAt } : {}),
      approximate: item.approximate,
      uncertain: item.uncertain,
    };
  });
  placed.sort(
    (a, b) => Math.min(a.left, a.bar?.from ?? a.left) - Math.min(b.left, b.bar?.from ?? b.left),
  );
  const rowEnds: number[] = [];
  for (const label of placed) {
    const from = Math.min(label.left, label.bar?.from ?? label.left);
    const to = Math.max(label.left + label.width, label.bar?.to ?? 0) + ITEM_GAP_PX;
    let row = rowEnds.findIndex((end) => end <= from);
    if (row === -1) row = rowEnds.push(to) - 1;
    else rowEnds[row] = to;
    label.row = row;
  }
  // Too many rows: the last one holds the counts of the labels from it on.
  if (rowEnds.length <= maxRows) return { labels: placed, overflow: [] };
  return {
    labels: placed.filter((label) => label.row < maxRows - 1),
    overflow: placed.filter((label) => label.row >= maxRows - 1),
  };
}

/** Where a lane's uncounted events lie (px), and how many lie there. */
interface Uncounted {
  at: number;
  count: number;
}

/** Clusters of uncounted events closer than this (px) share one "+N more". */
const MORE_CLUSTER_PX = 110;

/**
 * The events beyond a lane's rows, as "+N more" boxes in its last row: one per cluster, each as
 * wide as its words, none overlapping the one before (a box pushed past the edge joins it).
 */
function moreCounts(
  uncounted: readonly Uncounted[],
  row: number,
  plotPx: number,
  words: ImageWords,
): PlacedCount[] {
  const counts: PlacedCount[] = [];
  const sorted = [...uncounted].sort((a, b) => a.at - b.at);
  const clusters: Uncounted[] = [];
  for (const point of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && point.at < last.at + MORE_CLUSTER_PX) last.count += point.count;
    else clusters.push({ ...point });
  }
  for (const cluster of clusters) {
    const previous = counts[counts.length - 1];
    const text = words.more(cluster.count);
    const width = Math.min(textWidth(text, LABEL_TEXT) + 2 * LABEL_PAD_PX, plotPx);
    const after = previous ? previous.left + previous.width + ITEM_GAP_PX : 0;
    const left = Math.max(cluster.at, after, 0);
    if (previous && left + width > plotPx) {
      const count = previous.count + cluster.count;
      const merged = words.more(count);
      previous.count = count;
      previous.text = merged;
      previous.width = Math.min(textWidth(merged, LABEL_TEXT) + 2 * LABEL_PAD_PX, plotPx);
      previous.left = Math.max(0, Math.min(previous.left, plotPx - previous.width));
      continue;
    }
    counts.push({
      left: Math.min(left, plotPx - width),
      width,
      count: cluster.count,
      text,
      weight: 1,
      heightPx: 19,
      more: true,
      row,
    });
  }
  return counts;
}

export interface LayoutOptions {
  /** Width of the plot (px): the image less its margins and lane labels. */
  plotPx: number;
  /** Events the filters keep, when the caller has them (else filtered here). */
  events?: readonly ResolvedEvent[];
  /** The page's item descriptors for this grouping and extent, so none is built again. */
  cache?: TimelineItemCache;
  /** The page's short date words, kept across builds. */
  dateWords?: DateWordsCache;
  /** The words drawn (English unless given). */
  words?: ImageWords;
}

/** The whole layout of a view's image. */
export function layoutView(
  loaded: LoadedDataset,
  view: ViewOfImage,
  options: LayoutOptions,
): ViewLayout {
  const { plotPx } = options;
  const words = options.words ?? ENGLISH_IMAGE_WORDS;
  const kept = options.events ?? filterEvents(loaded, view.filters);
  const grouping = view.group;
  const keepLanes =
    grouping === 'actor'
      ? view.filters.actors.map((id) => `actor:${id}`)
      : grouping === 'kind'
        ? view.filters.kinds.map((kind) => `kind:${kind}`)
        : [];
  const model = buildTimelineModel(kept, {
    grouping,
    extent: loaded.extent,
    actors: loaded.dataset.actors,
    keepLanes,
    ...(options.cache ? { cache: options.cache } : {}),
    ...(options.dateWords ? { dateWords: options.dateWords } : {}),
    words: words.timeline,
  });
  const window = imageWindow(view, model.items, plotPx, loaded.extent);
  const days: DayWindow = { from: dayOfUtcMs(window.start), to: dayOfUtcMs(window.end - 1) };
  const grouped = model.groups !== null;
  const maxRows = grouped ? MAX_ROWS_PER_LANE : MAX_ROWS_UNGROUPED;
  const detail = levelOfDetail(buildDetailIndex(model.items), {
    start: window.start,
    end: window.end,
    widthPx: plotPx,
    budget: IMAGE_DETAIL_BUDGET,
    words: words.timeline,
    ...(grouped
      ? {
          maxRowsPerLane: maxRows,
          labelPx: (item: TimelineItemDescriptor) => labelBoxPx(labelWords(item), plotPx),
        }
      : {}),
  });
  const inWindow = (start: number, end: number) => start < window.end && end > window.start;
  const items = detail.items.filter((item) => inWindow(item.start, item.end ?? item.start + 1));
  const aggregates = detail.aggregates.filter((aggregate) =>
    inWindow(aggregate.start, aggregate.end),
  );
  const pxOf = (ms: number) => ((ms - window.start) / (window.end - window.start)) * plotPx;

  const laneIds: Array<string | null> = grouped
    ? (model.groups ?? []).filter((group) => detail.lanes.has(group.id)).map((group) => group.id)
    : [null];
  const laneNames = new Map((model.groups ?? []).map((group) => [group.id, group.label]));
  const lanes = laneIds.map((id): LaneLayout => {
    const own = items.filter((item) => (item.group ?? null) === id);
    const { labels, overflow } = stackLabels(own, window, plotPx, maxRows);
    const rowsUsed = labels.reduce((most, label) => Math.max(most, label.row + 1), 0);
    const laneAggregates = aggregates.filter((aggregate) => (aggregate.group ?? null) === id);
    const moreRow = Math.max(rowsUsed, 0);
    const counts: PlacedCount[] = [];
    const uncounted: Uncounted[] = overflow.map((label) => ({
      at: Math.min(label.left, label.bar?.from ?? label.left),
      count: 1,
    }));
    for (const aggregate of laneAggregates) {
      const left = Math.max(pxOf(aggregate.start), 0);
      const right = Math.min(pxOf(aggregate.end), plotPx);
      if (right - left < 1) continue;
      if (aggregate.more) {
        uncounted.push({ at: left, count: aggregate.count });
        continue;
      }
      counts.push({
        left,
        width: right - left,
        count: aggregate.count,
        text: aggregate.text,
        weight: aggregate.weight,
        heightPx: aggregateHeightPx(aggregate),
        more: false,
        row: -1,
      });
    }
    counts.push(...moreCounts(uncounted, moreRow, plotPx, words));
    const hasMore = counts.some((count) => count.more);
    const tallest = counts.reduce(
      (most, count) => (count.more ? most : Math.max(most, count.heightPx)),
      0,
    );
    return {
      id,
      label: id === null ? '' : (laneNames.get(id) ?? id),
      countsPx: tallest > 0 ? tallest + 4 : 0,
      rows: rowsUsed + (hasMore ? 1 : 0),
      labels,
      counts,
    };
  });

  const periods = periodsForSpan(
    buildPeriodModel(loaded.periods, loaded.extent, words.timeline),
    window.start,
    window.end,
  ).map(
    (period: TimelinePeriodDescriptor): PlacedPeriod => ({
      title: period.title,
      dateWords: period.dateWords,
      className: period.className,
      from: Math.max(pxOf(period.start), 0),
      to: Math.min(pxOf(period.end), plotPx),
    }),
  );

  const drawnEventIds = [
    ...new Set(lanes.flatMap((lane) => lane.labels.map((label) => label.eventId))),
  ];
  // The legend's kinds: of the events in the window (drawn or counted), each event once.
  const kindCounts = new Map<string, number>();
  const counted = new Set<string>();
  for (const item of model.items) {
    if (counted.has(item.eventId) || !inWindow(item.start, item.end ?? item.start + 1)) continue;
    counted.add(item.eventId);
    kindCounts.set(item.kind, (kindCounts.get(item.kind) ?? 0) + 1);
  }
  const kinds = model.kinds.filter((kind) => kindCounts.has(kind));
  return { window, days, lanes, periods, kept, drawnEventIds, kinds, kindCounts };
}
