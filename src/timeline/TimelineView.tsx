// The vis-timeline adapter: the only module that touches vis-timeline and vis-data. One Timeline
// is created per mount (and destroyed in the cleanup, so StrictMode's second mount gets a fresh
// one); each prop is then pushed into it by its own effect: the model through DataSet diffs, the
// window with setWindow/fit, the selection with setSelection. What the DataSet holds is only what
// the window needs (src/model/levelOfDetail.ts): the events near it, or per-lane counts where they
// are dense, recomputed as the window moves. Times are UTC milliseconds and the
// Timeline works in UTC (its `moment` option), so a day is drawn on that day in every time zone.
// Item content is built as DOM nodes with textContent: data never becomes HTML.
import moment from 'moment';
import {
  type KeyboardEvent,
  type Ref,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
} from 'react';
import { DataSet } from 'vis-data/peer';
import { type DataGroup, type DataItem, Timeline, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { DAY_MS, dayOfUtcMs, dayStartUtcMs, MAX_YEAR } from '../dataset/calendar';
import { axisLabel, deepTimeStep } from '../model/axisLabels';
import {
  type AggregateDescriptor,
  buildDetailIndex,
  type DetailIndex,
  type DetailView,
  levelOfDetail,
  viewServes,
} from '../model/levelOfDetail';
import {
  eventIdOfItem,
  itemIdsOf,
  type TimelineGroupDescriptor,
  type TimelineItemDescriptor,
  type TimelineModel,
} from '../model/timelineItems';
import {
  isPeriodItemId,
  periodsForSpan,
  type TimelinePeriodDescriptor,
} from '../model/timelinePeriods';
import {
  boxAlign,
  DRAWABLE,
  fitWindow,
  type MsWindow,
  withinDrawable,
  zoomAnchor,
  zoomWindow,
} from '../model/timelineWindow';
import type { DayWindow } from '../model/viewState';

const YEAR_MS = 365.2425 * DAY_MS;
/** As far out as the timeline zooms: the farthest dates either way (±270,000 years) at once. */
const ZOOM_MAX_MS = 2 * (MAX_YEAR + 1_000) * YEAR_MS;
const PAN_FRACTION = 0.2;
/** Each zoom step shows half (or twice) the time. */
const ZOOM_FACTOR = 0.5;
/** Most items whose labels are measured to fit the window to them (beyond, counts are drawn). */
const FIT_LABELS_MAX = 400;

export interface TimelineController {
  zoomIn(): void;
  zoomOut(): void;
  /** Fits every item; the caller clears the stored window. */
  fit(): void;
  /** Moves the window by a fifth of its width, back (-1) or forward (1). */
  pan(direction: -1 | 1): void;
}

export interface TimelineViewProps {
  model: TimelineModel;
  selectedEventId: string | null;
  /** null: fit everything. */
  window: DayWindow | null;
  /** `keyboard`: chosen with Enter or Space (the details then take the focus). */
  onSelect: (eventId: string | null, how: 'pointer' | 'keyboard') => void;
  /** The window the user (or a control) moved to, in whole days. */
  onWindowChange: (window: DayWindow) => void;
  /** A day's count was chosen where nothing finer can be drawn: show its events elsewhere. */
  onShowDay: (day: number) => void;
  /** Bands drawn behind the events (model/timelinePeriods.ts); never selectable. */
  periods?: readonly TimelinePeriodDescriptor[];
  ref?: Ref<TimelineController>;
}

/** What the DataSet holds: the descriptor under vis-timeline's names (no `title`: that is HTML). */
interface VisItem extends DataItem {
  id: string;
  eventId: string;
  eventTitle: string;
  label: string;
  tooltip: string;
  marks: string;
  /** Boxes: which side of its day the label goes (away from the window's edge). */
  align?: 'left' | 'right' | 'center';
  /** Set on an aggregate: the bucket it counts, and whether choosing it zooms in or lists. */
  aggregate?: { from: number; to: number; action: 'zoom' | 'list' };
}

interface VisGroup extends DataGroup {
  id: string;
  label: string;
  order: number;
}

/** "~" for an approximate date, "?" for an uncertain one: drawn after the title. */
function marksOf(item: TimelineItemDescriptor): string {
  return `${item.className.includes('tl-approximate') ? '~' : ''}${item.className.includes('tl-uncertain') ? '?' : ''}`;
}

function toVisItem(item: TimelineItemDescriptor, align: VisItem['align']): VisItem {
  const marks = marksOf(item);
  const visItem: VisItem = {
    id: item.id,
    content: '',
    start: item.start,
    type: item.type,
    className: item.className,
    style: item.style,
    eventId: item.eventId,
    eventTitle: item.title,
    label: item.label,
    tooltip: item.tooltip,
    marks,
  };
  if (align !== undefined) visItem.align = align;
  if (item.end !== undefined) visItem.end = item.end;
  if (item.group !== undefined) visItem.group = item.group;
  return visItem;
}

/** Aggregates are drawn taller where denser: a histogram of the events along the axis. */
function aggregateHeight(aggregate: AggregateDescriptor): number {
  // "+7 more" takes one row, like the items beside it.
  if (aggregate.more) return 20;
  const tallest = aggregate.group === undefined ? 72 : 24;
  return 22 + Math.round(tallest * aggregate.weight);
}

function toVisAggregate(aggregate: AggregateDescriptor): VisItem {
  const visItem: VisItem = {
    id: aggregate.id,
    content: '',
    start: aggregate.start,
    end: aggregate.end,
    type: 'range',
    className: `tl-aggregate tl-density-${aggregate.density}`,
    style: `height:${aggregateHeight(aggregate)}px;`,
    eventId: '',
    eventTitle: aggregate.text,
    label: aggregate.label,
    tooltip: aggregate.label,
    marks: '',
    aggregate: { from: aggregate.from, to: aggregate.to, action: aggregate.action },
  };
  if (aggregate.group !== undefined) visItem.group = aggregate.group;
  return visItem;
}

function sameVisItem(a: VisItem, b: VisItem): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.type === b.type &&
    a.group === b.group &&
    a.className === b.className &&
    a.style === b.style &&
    a.eventTitle === b.eventTitle &&
    a.label === b.label &&
    a.tooltip === b.tooltip &&
    a.align === b.align
  );
}

/** Same optional keys, so a DataSet update (which merges) leaves nothing stale behind. */
function sameShape(a: VisItem, b: VisItem): boolean {
  return (
    (a.end === undefined) === (b.end === undefined) &&
    (a.group === undefined) === (b.group === undefined) &&
    (a.align === undefined) === (b.align === undefined)
  );
}

function toVisGroup(group: TimelineGroupDescriptor): VisGroup {
  return { id: group.id, content: '', label: group.label, order: group.order };
}

/**
 * An item's content: a focusable button-like label, text only. `pressed` says whether the item
 * is the selected event's (kept out of the item's data: a change of selection then costs two
 * attributes, not a redraw of every item).
 */
function renderItem(item: Record<string, unknown>, pressed: ReadonlySet<string>): HTMLElement {
  const node = document.createElement('span');
  if (isPeriodItemId(String(item.id ?? ''))) {
    // A period's band: its name, as text; not focusable (it is not something to choose).
    node.className = 'tl-period-label';
    node.title = String(item.tooltip ?? '');
    node.textContent = String(item.eventTitle ?? '');
    return node;
  }
  node.setAttribute('role', 'button');
  node.tabIndex = 0;
  node.setAttribute('aria-label', String(item.label ?? ''));
  node.title = String(item.tooltip ?? '');
  if (item.aggregate) {
    node.className = 'tl-aggregate-label';
    node.dataset.aggregateId = String(item.id ?? '');
    node.textContent = String(item.eventTitle ?? '');
    return node;
  }
  node.className = 'tl-label';
  node.setAttribute('aria-pressed', pressed.has(String(item.id ?? '')) ? 'true' : 'false');
  node.dataset.eventId = String(item.eventId ?? '');
  node.dataset.itemId = String(item.id ?? '');
  // The title isolated, so its direction never reorders the marks after it.
  const title = document.createElement('bdi');
  title.textContent = String(item.eventTitle ?? '');
  node.appendChild(title);
  const marks = String(item.marks ?? '');
  if (marks) {
    const mark = document.createElement('span');
    mark.className = 'tl-mark';
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = ` ${marks}`;
    node.appendChild(mark);
  }
  return node;
}

/**
 * The item (event or count) that starts furthest left inside the visible panel; else one that
 * runs across it (a span begun earlier); else null.
 */
function leftmostInView(canvas: HTMLElement): HTMLElement | null {
  const panel = canvas.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  if (!panel) return null;
  let best: HTMLElement | null = null;
  let bestLeft = Number.POSITIVE_INFINITY;
  let across: HTMLElement | null = null;
  for (const node of canvas.querySelectorAll<HTMLElement>('.tl-label, .tl-aggregate-label')) {
    const box = (node.closest('.vis-item') ?? node).getBoundingClientRect();
    if (box.top < panel.top || box.bottom > panel.bottom) continue;
    if (box.right <= panel.left || box.left >= panel.right) continue;
    if (box.left < panel.left - 1) {
      across ??= node;
    } else if (box.left < bestLeft) {
      best = node;
      bestLeft = box.left;
    }
  }
  return best ?? across;
}

function renderGroup(group: Record<string, unknown> | null): HTMLElement {
  const node = document.createElement('span');
  node.className = 'tl-group-label';
  node.textContent = String(group?.label ?? '');
  return node;
}

function shownDays(timeline: Timeline): DayWindow {
  const { start, end } = timeline.getWindow();
  return { from: dayOfUtcMs(start.valueOf()), to: dayOfUtcMs(end.valueOf() - 1) };
}

const NO_ANIMATION = { animation: false } as const;
const NO_PERIODS: readonly TimelinePeriodDescriptor[] = [];

interface Instance {
  timeline: Timeline;
  container: HTMLElement;
  items: DataSet<VisItem, 'id'>;
  groups: DataSet<VisGroup, 'id'>;
  groupsShown: boolean;
  /** What the DataSet holds, by id. */
  shown: Map<string, VisItem>;
  /** Every item of the model, whether drawn or not. */
  index: DetailIndex;
  /** What was drawn for which window; null until the first refresh. */
  view: DetailView | null;
  /** The selected event's items: always drawn one by one (their ids, and the items). */
  pinned: Set<string>;
  pinnedItems: readonly TimelineItemDescriptor[];
  /** The drawing width the window was last fitted to (0: not fitted). */
  fittedWidth: number;
  /** The axis's fixed step in years (deep time), or null: vis-timeline's own. */
  axisStep: number | null;
  /** Fits made again since the last fit asked for, because the drawing's width changed. */
  refits: number;
  /** How wide an item's label is drawn, px (measured once per text). */
  labelWidth: (item: { eventTitle: string; marks: string }) => number;
  /** Every period's band, and those the DataSet holds (apart from `shown`: not events). */
  periods: readonly TimelinePeriodDescriptor[];
  periodsShown: Map<string, TimelinePeriodDescriptor>;
}

/**
 * Measures label widths with a canvas in the labels' font, as drawn (padding and border
 * included); on a phone labels wrap at 45% of the screen, so none is wider than that.
 */
function labelMeasurer(container: HTMLElement): Instance['labelWidth'] {
  const context = document.createElement('canvas').getContext('2d');
  const style = getComputedStyle(container);
  const rootPx = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  if (context) context.font = `${0.8 * rootPx}px ${style.fontFamily}`;
  const widths = new Map<string, number>();
  // Read once and kept up to date: asking matchMedia per item forced a style recalculation for
  // each of a few hundred items while vis-timeline was changing the DOM (300 ms a filter change).
  const phone = window.matchMedia('(max-width: 600px)');
  let widest = phone.matches ? window.innerWidth * 0.45 : Number.POSITIVE_INFINITY;
  phone.addEventListener('change', () => {
    widest = phone.matches ? window.innerWidth * 0.45 : Number.POSITIVE_INFINITY;
  });
  return ({ eventTitle, marks }) => {
    const text = marks ? `${eventTitle} ${marks}` : eventTitle;
    let width = widths.get(text);
    if (width === undefined) {
      width = Math.ceil(context ? context.measureText(text).width : text.length * 7) + 20;
      widths.set(text, width);
    }
    return Math.min(width, widest);
  };
}

/** Height of one stacked row of items, px (a title and its line, with the stacking margin). */
const ROW_PX = 24;

/** Rows a lane may stack: about a third of the drawing's height each, between 2 and 8. */
function rowsPerLane(instance: Instance): number {
  const internals = instance.timeline as unknown as {
    body?: { domProps?: { centerContainer?: { height?: number } } };
  };
  const height = internals.body?.domProps?.centerContainer?.height || 300;
  return Math.min(8, Math.max(2, Math.floor(height / ROW_PX / 3)));
}

/** Says on each drawn label whether it is the selected event's (`aria-pressed`). */
function markPressed(instance: Instance): void {
  for (const node of instance.container.querySelectorAll<HTMLElement>('.tl-label[data-item-id]')) {
    const pressed = String(instance.pinned.has(node.dataset.itemId ?? ''));
    if (node.getAttribute('aria-pressed') !== pressed) node.setAttribute('aria-pressed', pressed);
  }
}

const NO_IDS: ReadonlySet<string> = new Set();

/** Shows the lanes with something in the window and hides the rest (changing only what changed). */
function showLanes(instance: Instance, lanes: ReadonlySet<string>): void {
  const changes: Array<{ id: string; visible: boolean }> = [];
  for (const group of instance.groups.get()) {
    const visible = lanes.has(group.id);
    if ((group.visible ?? true) !== visible) changes.push({ id: group.id, visible });
  }
  if (changes.length > 0) instance.groups.update(changes);
}

/** Width of the drawing area in px, as vis-timeline last measured it. */
function drawingWidth(instance: Instance): number {
  const internals = instance.timeline as unknown as {
    body?: { domProps?: { center?: { width?: number } } };
  };
  return internals.body?.domProps?.center?.width || instance.container.clientWidth || 1;
}

/**
 * Runs changes to the DataSets with vis-timeline's item redraws held back: each DataSet event
 * (remove, update, add) redraws every item and measures the DOM at once, and each also queues
 * the timeline's own redraw for the next frame, which draws them all again. Held back, a filter
 * change is drawn once, in that frame. Before the first drawing, vis-timeline draws at once and
 * is left to do so.
 */
function withOneRedraw(instance: Instance, change: () => void): void {
  const itemSet = (instance.timeline as unknown as { itemSet?: ItemSetInternals }).itemSet;
  if (!itemSet?.initialItemSetDrawn) {
    change();
    return;
  }
  const own = Object.hasOwn(itemSet, 'redraw');
  const ownRedraw = itemSet.redraw;
  itemSet.redraw = () => false;
  try {
    change();
  } finally {
    if (own) itemSet.redraw = ownRedraw;
    else delete (itemSet as { redraw?: unknown }).redraw;
  }
}

interface ItemSetInternals {
  initialItemSetDrawn?: boolean;
  redraw: () => boolean;
  groups?: Record<string, object>;
}

/**
 * vis-timeline draws each item added to a lane at once, measuring it (a forced layout per item:
 * ~0.3 ms each, 40 ms for the items an actor filter brings). The lane's next redraw, which
 * follows every change, draws the items not yet drawn in one pass (all made, then all measured),
 * so the lanes are told to leave new items to it. Patched on the lanes' class, found through the
 * lane every timeline starts with; it is the only caller of the method.
 */
function deferNewItemsToRedraw(timeline: Timeline): void {
  const groups = (timeline as unknown as { itemSet?: ItemSetInternals }).itemSet?.groups;
  const lane = groups ? Object.values(groups)[0] : undefined;
  let proto = lane ? Object.getPrototypeOf(lane) : null;
  // The background lane's class extends the lanes' class: patch the class that defines it.
  while (proto && !Object.hasOwn(proto, '_checkIfVisible')) proto = Object.getPrototypeOf(proto);
  if (!proto || proto[DEFERRED]) return;
  proto[DEFERRED] = true;
  proto._checkIfVisible = () => undefined;
}

const DEFERRED = Symbol('sourceline: new items drawn by the next redraw');

/** Makes the DataSet hold `next`: updates what changed, removes what left, adds what came. */
function applyItems(instance: Instance, next: Map<string, VisItem>): void {
  const { items, shown } = instance;
  const changed: VisItem[] = [];
  const reshaped: VisItem[] = [];
  for (const item of next.values()) {
    const before = shown.get(item.id);
    if (!before) changed.push(item);
    else if (!sameVisItem(before, item)) (sameShape(before, item) ? changed : reshaped).push(item);
  }
  const removed: string[] = [];
  for (const id of shown.keys()) if (!next.has(id)) removed.push(id);
  for (const item of reshaped) removed.push(item.id);
  if (removed.length > 0) items.remove(removed);
  if (changed.length > 0) updateTogether(instance, () => items.update(changed), changed);
  if (reshaped.length > 0) items.add(reshaped);
  instance.shown = next;
}

/** What the adapter reads of a vis-timeline item it has drawn. */
interface DrawnItem {
  id: string;
  displayed: boolean;
  redraw: (returnQueue?: boolean) => unknown;
}

const HELD = () => undefined;

/**
 * Updates drawn items with their redraws held, then redraws them together: vis-timeline redraws
 * an updated item at once and measures it (a forced layout per item: 28 ms for the counts a 100k
 * search changes). Together, through its own redraw queues (every item's DOM made, then every
 * item measured, then placed), the page is laid out once.
 */
function updateTogether(instance: Instance, update: () => void, changed: readonly VisItem[]): void {
  const drawn = (
    instance.timeline as unknown as { itemSet?: { items?: Record<string, DrawnItem> } }
  ).itemSet?.items;
  const held: DrawnItem[] = [];
  if (drawn) {
    for (const { id } of changed) {
      const item = drawn[id];
      if (item?.displayed) {
        item.redraw = HELD;
        held.push(item);
      }
    }
  }
  try {
    update();
  } finally {
    for (const item of held) delete (item as { redraw?: unknown }).redraw;
  }
  const queues: Array<Array<() => unknown>> = [];
  for (const item of held) {
    if (!item.displayed || drawn?.[item.id] !== item) continue;
    const queue = item.redraw(true);
    if (Array.isArray(queue)) queues.push(queue as Array<() => unknown>);
  }
  const steps = Math.max(0, ...queues.map((queue) => queue.length));
  for (let step = 0; step < steps; step++) for (const queue of queues) queue[step]?.();
}

/** A period as a background item: behind every lane, never selected, its name as text. */
function toVisPeriod(period: TimelinePeriodDescriptor): VisItem {
  return {
    id: period.id,
    content: '',
    start: period.start,
    end: period.end,
    type: 'background',
    className: period.className,
    eventId: '',
    eventTitle: period.title,
    label: period.title,
    tooltip: `${period.title}\n${period.dateWords}\na period (drawn behind the events)`,
    marks: '',
  };
}

/** Makes the DataSet hold the bands that reach into the span the events were drawn for. */
function applyPeriods(instance: Instance, view: DetailView): void {
  const wanted = periodsForSpan(instance.periods, view.coverFrom, view.coverTo);
  const next = new Map(wanted.map((period) => [period.id, period]));
  const gone = [...instance.periodsShown.keys()].filter((id) => next.get(id) === undefined);
  const added = wanted.filter((period) => instance.periodsShown.get(period.id) !== period);
  if (gone.length > 0) instance.items.remove(gone);
  if (added.length > 0) instance.items.update(added.map(toVisPeriod));
  instance.periodsShown = next;
}

/**
 * Draws what the current window needs. Cheap when the last view still serves it (the usual case
 * while panning a little); otherwise recomputes the level of detail and applies the difference.
 */
/**
 * Deep time: a window too wide for vis-timeline's own steps gets a fixed step of thousands of
 * years (its `timeAxis` option, set on the axis itself: through setOptions each change would
 * redraw everything twice).
 */
function setAxisStep(instance: Instance, step: number | null): void {
  if (step === instance.axisStep) return;
  instance.axisStep = step;
  const internals = instance.timeline as unknown as {
    timeAxis?: { options?: { timeAxis?: { scale: string; step: number } | null } };
  };
  const axisOptions = internals.timeAxis?.options;
  if (!axisOptions) return;
  axisOptions.timeAxis = step === null ? null : { scale: 'year', step };
  instance.timeline.redraw();
}

function refresh(instance: Instance, force = false): void {
  const { start, end } = instance.timeline.getWindow();
  const from = start.valueOf();
  const to = end.valueOf();
  const widthPx = drawingWidth(instance);
  setAxisStep(instance, deepTimeStep(widthPx / ((to - from) / YEAR_MS)));
  if (!force && instance.view && viewServes(instance.view, from, to, widthPx)) return;
  const view = levelOfDetail(instance.index, {
    start: from,
    end: to,
    widthPx,
    pinned: instance.pinned,
    pinnedItems: instance.pinnedItems,
    ...(instance.groupsShown
      ? {
          maxRowsPerLane: rowsPerLane(instance),
          labelPx: (item: TimelineItemDescriptor) =>
            instance.labelWidth({ eventTitle: item.title, marks: marksOf(item) }),
        }
      : {}),
  });
  instance.view = view;
  if (instance.groupsShown) showLanes(instance, view.lanes);
  const next = new Map<string, VisItem>();
  const msPerPx = (to - from) / widthPx;
  for (const item of view.items) {
    if (item.type !== 'box') {
      next.set(item.id, toVisItem(item, undefined));
      continue;
    }
    // A box's label goes to the right of its day, unless that would run past the window's edge.
    const startPx = (item.start - from) / msPerPx;
    const labelPx = instance.labelWidth({ eventTitle: item.title, marks: marksOf(item) });
    next.set(item.id, toVisItem(item, boxAlign(startPx, labelPx, widthPx)));
  }
  for (const aggregate of view.aggregates) next.set(aggregate.id, toVisAggregate(aggregate));
  withOneRedraw(instance, () => {
    applyItems(instance, next);
    applyPeriods(instance, view);
  });
}

/** Share of the data's span left free on each side when fitting many items. */
const FIT_MARGIN = 0.06;

/**
 * Every window the adapter sets goes through here: moved (or cut) to lie within what can be
 * drawn, since past ±271,821 years a JavaScript date is invalid and vis-timeline throws on it.
 */
function showWindow(timeline: Timeline, window: MsWindow): void {
  const { start, end } = withinDrawable(window);
  timeline.setWindow(start, end, NO_ANIMATION);
}

/**
 * Shows every item. A few hundred items are fitted with their labels (model/timelineWindow.ts):
 * every title ends inside the window, which is why a crowded last weekend gets the room it
 * needs. More items than that are drawn as counts, so their dates alone are fitted, with a
 * margin. Not vis-timeline's fit(), which on a narrow screen zooms out to months of empty axis.
 */
function fitAll(instance: Instance, again = false): void {
  if (!again) instance.refits = 0;
  const { first, last, items } = instance.index;
  if (!Number.isFinite(first)) {
    // Nothing to fit (the filters keep no event): clear what is drawn.
    refresh(instance, true);
    return;
  }
  let window: MsWindow | null = null;
  if (items.length <= FIT_LABELS_MAX) {
    window = fitWindow(
      items.map((item) => ({
        start: item.start,
        ...(item.end !== undefined ? { end: item.end } : {}),
        labelPx: instance.labelWidth({ eventTitle: item.title, marks: marksOf(item) }),
      })),
      drawingWidth(instance),
    );
  }
  if (!window) {
    const margin = Math.max((last - first) * FIT_MARGIN, DAY_MS);
    window = { start: first - margin, end: last + margin };
  }
  instance.fittedWidth = drawingWidth(instance);
  showWindow(instance.timeline, window);
  refresh(instance);
}

/**
 * Zooms around the selected event when it is in view, else around the middle of the events in
 * view: the zoom buttons keep what is being looked at on screen.
 */
function zoomBy(instance: Instance, factor: number, selectedEventId: string | null): void {
  const { start, end } = instance.timeline.getWindow();
  const window = { start: start.valueOf(), end: end.valueOf() };
  const times: number[] = [];
  let selected: number | null = null;
  for (const item of instance.shown.values()) {
    const middle =
      item.end === undefined ? Number(item.start) : (Number(item.start) + Number(item.end)) / 2;
    // A long span's middle may lie outside the window; its visible part's middle stands for it.
    const time = Math.min(Math.max(middle, window.start), window.end);
    if (!item.aggregate) times.push(time);
    if (selectedEventId !== null && item.eventId === selectedEventId) selected = time;
  }
  showWindow(instance.timeline, zoomWindow(window, factor, zoomAnchor(window, times, selected)));
}

/** Scrolls the lanes (up or down) so the selected event's item is inside the drawing area. */
function revealVertically(instance: Instance, eventId: string): void {
  const { container, timeline } = instance;
  const panel = container.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  const label = container.querySelector(`.tl-label[data-event-id="${CSS.escape(eventId)}"]`);
  const box = label?.closest('.vis-item')?.getBoundingClientRect();
  if (!panel || !box) return;
  const internals = timeline as unknown as {
    _getScrollTop?: () => number;
    _setScrollTop?: (top: number) => number;
  };
  if (!internals._getScrollTop || !internals._setScrollTop) return;
  const margin = 8;
  let shift = 0;
  if (box.bottom > panel.bottom) shift = box.bottom - panel.bottom + margin;
  else if (box.top < panel.top) shift = box.top - panel.top - margin;
  if (shift === 0) return;
  internals._setScrollTop(internals._getScrollTop() - shift);
  timeline.redraw();
}

/** Shows an aggregate's bucket, with a little room either side. */
function zoomToBucket(instance: Instance, bucket: { from: number; to: number }): void {
  const margin = (bucket.to - bucket.from) * 0.04;
  showWindow(instance.timeline, { start: bucket.from - margin, end: bucket.to + margin });
  refresh(instance);
}

export function TimelineView({
  model,
  selectedEventId,
  window,
  onSelect,
  onWindowChange,
  onShowDay,
  periods = NO_PERIODS,
  ref,
}: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const instanceRef = useRef<Instance | null>(null);
  // Latest props for the Timeline's own event handlers, which are bound once.
  const latest = useRef({ onSelect, onWindowChange, onShowDay, window, model, selectedEventId });
  useLayoutEffect(() => {
    latest.current = { onSelect, onWindowChange, onShowDay, window, model, selectedEventId };
  });
  /** The selection this view asked for itself (a click), so it is not scrolled into view again. */
  const selectedHere = useRef<string | null>(null);
  const previousSelection = useRef<string | null>(null);

  // Create once per mount; destroy on unmount.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const items = new DataSet<VisItem, 'id'>();
    const groups = new DataSet<VisGroup, 'id'>();
    const initial = latest.current.window;
    const options: TimelineOptions = {
      moment: (date?: moment.MomentInput) => moment(date).utc(),
      // The axis writes years as the details do ("44 BCE"), not as moment does ("-0043").
      format: {
        minorLabels: (date: Date, scale: string) => axisLabel(date.valueOf(), scale, 'minor'),
        majorLabels: (date: Date, scale: string) => axisLabel(date.valueOf(), scale, 'major'),
      },
      // The selection as it stands when an item is drawn (the instance holds it).
      template: (item: Record<string, unknown>) =>
        renderItem(item, instanceRef.current?.pinned ?? NO_IDS),
      groupTemplate: renderGroup,
      groupOrder: 'order',
      orientation: { axis: 'top', item: 'top' },
      showCurrentTime: false,
      selectable: true,
      multiselect: false,
      stack: true,
      zoomMin: 2 * DAY_MS,
      zoomMax: ZOOM_MAX_MS,
      // Dragging and wheeling stop where JavaScript's dates (and so the drawing) end.
      min: DRAWABLE.start,
      max: DRAWABLE.end,
      // The height of its box (set by the page's layout): the page does not jump as items stack
      // or filters change.
      height: '100%',
      verticalScroll: true,
      margin: { item: { horizontal: 6, vertical: 2 }, axis: 4 },
      ...(initial
        ? { start: dayStartUtcMs(initial.from), end: dayStartUtcMs(initial.to + 1) }
        : {}),
    };
    const timeline = new Timeline(container, items, options);
    deferNewItemsToRedraw(timeline);
    // vis-timeline fits itself (its own way) on its first redraw when given no window, and stays
    // hidden until a first change of range; this view sets every window itself (fitAll, or the
    // link's), so that fit would only undo it, and the range it was created with is the first.
    const first = timeline as unknown as {
      initialFitDone: boolean;
      initialRangeChangeDone: boolean;
    };
    first.initialFitDone = true;
    first.initialRangeChangeDone = true;
    // The lane names scroll with the lanes; let keyboard users scroll them too (axe:
    // scrollable-region-focusable). The items panel holds focusable items already.
    const laneNames = container.querySelector('.vis-panel.vis-left');
    if (laneNames instanceof HTMLElement) {
      laneNames.tabIndex = 0;
      laneNames.setAttribute('role', 'group');
      laneNames.setAttribute('aria-label', 'Lane names (scroll with up and down arrow keys)');
    }
    const instance: Instance = {
      timeline,
      container,
      items,
      groups,
      groupsShown: false,
      shown: new Map(),
      index: buildDetailIndex([]),
      view: null,
      pinned: new Set(),
      pinnedItems: [],
      labelWidth: labelMeasurer(container),
      fittedWidth: 0,
      axisStep: null,
      refits: 0,
      periods: NO_PERIODS,
      periodsShown: new Map(),
    };
    instanceRef.current = instance;
    // The drawing follows its box, whose height follows the page (taller with no selection):
    // vis-timeline itself only notices a new size on its next timed check.
    const resized = new ResizeObserver(() => {
      // Through vis-timeline's own resize check, which also notes the new size: a plain redraw
      // would leave its timed check (every second) to find the change and draw it all again.
      const internals = timeline as unknown as { _onResize?: (() => void) | null };
      if (internals._onResize) internals._onResize();
      else timeline.redraw();
      // Fitted to everything, it stays fitted to everything at the new size (measured by the
      // redraw just made).
      if (latest.current.window === null) fitAll(instance);
    });
    resized.observe(container);

    timeline.on('select', (props?: { items?: Array<string | number> }) => {
      const id = props?.items?.[0];
      if (id === undefined) {
        selectedHere.current = null;
        latest.current.onSelect(null, 'pointer');
        return;
      }
      const item = instance.shown.get(String(id));
      if (!item || item.aggregate) {
        // An aggregate is not an event: it zooms in, and the store's selection stays shown.
        const { model: current, selectedEventId: selectedId } = latest.current;
        timeline.setSelection(itemIdsOf(current, selectedId));
        if (item?.aggregate?.action === 'list') {
          latest.current.onShowDay(dayOfUtcMs(item.aggregate.from));
        } else if (item?.aggregate) {
          zoomToBucket(instance, item.aggregate);
          latest.current.onWindowChange(shownDays(timeline));
        }
        return;
      }
      const eventId = eventIdOfItem(String(id));
      selectedHere.current = eventId;
      latest.current.onSelect(eventId, 'pointer');
    });
    // Every move of the window (each frame of a drag, each wheel step) and every redraw (a resized
    // page); mostly a no-op.
    timeline.on('rangechange', () => refresh(instance));
    timeline.on('changed', () => {
      // Fitted to everything, but measured before the lane names took their room (or gave it
      // back): fit again to the width now drawn. Twice at most, so two widths that call for each
      // other (a scrollbar that comes and goes) cannot keep the page busy.
      const fitted = latest.current.window === null && instance.fittedWidth > 0;
      const width = drawingWidth(instance);
      if (fitted && Math.abs(width - instance.fittedWidth) > 2 && instance.refits < 2) {
        instance.refits++;
        fitAll(instance, true);
      } else refresh(instance);
    });
    timeline.on('rangechanged', (props?: { byUser?: boolean }) => {
      if (props?.byUser) latest.current.onWindowChange(shownDays(timeline));
    });

    return () => {
      instanceRef.current = null;
      resized.disconnect();
      timeline.destroy();
      items.clear();
      groups.clear();
    };
  }, []);

  // The model: lanes first, then items, as a diff (update what changed, remove what left).
  useEffect(() => {
    const instance = instanceRef.current;
    if (!instance) return;
    const { timeline, groups } = instance;
    const hadLanes = instance.groupsShown;

    if (model.groups) {
      const nextGroups = model.groups.map(toVisGroup);
      const keep = new Set(nextGroups.map((group) => group.id));
      const gone = groups.getIds().filter((id) => !keep.has(String(id)));
      if (gone.length > 0) groups.remove(gone);
      groups.update(nextGroups);
      if (!instance.groupsShown) {
        timeline.setGroups(groups);
        instance.groupsShown = true;
      }
    } else if (instance.groupsShown) {
      timeline.setGroups(null as unknown as DataSet<VisGroup, 'id'>);
      groups.clear();
      instance.groupsShown = false;
    }

    instance.index = buildDetailIndex(model.items);
    const { selectedEventId: selectedId } = latest.current;
    instance.pinned = new Set(itemIdsOf(model, selectedId));
    instance.pinnedItems = selectedId ? (model.itemsByEvent.get(selectedId) ?? []) : [];
    instance.view = null;
    // Lanes shown or gone change the drawing's width (the lane names take some): measure it anew
    // before fitting to it.
    if (hadLanes !== instance.groupsShown) timeline.redraw();
    if (latest.current.window === null) fitAll(instance);
    else refresh(instance);
  }, [model]);

  // The periods: new bands for a new dataset, drawn for the span the events are drawn for.
  useEffect(() => {
    const instance = instanceRef.current;
    if (!instance) return;
    instance.periods = periods;
    if (instance.view) applyPeriods(instance, instance.view);
  }, [periods]);

  // The window: a window from outside (a link, the back button) moves the Timeline when it
  // differs in days from what is shown; null fits everything.
  useEffect(() => {
    const instance = instanceRef.current;
    if (!instance) return;
    const { timeline } = instance;
    if (window === null) {
      fitAll(instance);
      return;
    }
    const shown = shownDays(timeline);
    if (shown.from === window.from && shown.to === window.to) return;
    showWindow(timeline, { start: dayStartUtcMs(window.from), end: dayStartUtcMs(window.to + 1) });
    refresh(instance);
  }, [window]);

  // The selection: mirrored into the Timeline; one chosen elsewhere is brought into view.
  useEffect(() => {
    const instance = instanceRef.current;
    if (!instance) return;
    const { timeline } = instance;
    const ids = itemIdsOf(model, selectedEventId);
    // The selected event is drawn as itself even where its neighbours are counted.
    const pinnedBefore = instance.pinned;
    if (ids.length !== pinnedBefore.size || ids.some((id) => !pinnedBefore.has(id))) {
      instance.pinned = new Set(ids);
      instance.pinnedItems = selectedEventId ? (model.itemsByEvent.get(selectedEventId) ?? []) : [];
      // Both the old and the new selection already drawn as themselves (the usual case: a click
      // on an item): only their labels' pressed state changes, not what the window draws.
      const drawnAlone = (id: string) => {
        const item = instance.shown.get(id);
        return item !== undefined && !item.aggregate;
      };
      if (!ids.every(drawnAlone) || ![...pinnedBefore].every(drawnAlone)) refresh(instance, true);
      markPressed(instance);
    }
    // A click has already selected the item inside vis-timeline; selecting it again would cost a
    // second full redraw (a few hundred ms with thousands of items).
    const current = timeline.getSelection().map(String);
    const same = current.length === ids.length && ids.every((id) => current.includes(id));
    if (!same) timeline.setSelection(ids);
    const changed = selectedEventId !== previousSelection.current;
    previousSelection.current = selectedEventId;
    const fromHere = selectedEventId !== null && selectedEventId === selectedHere.current;
    selectedHere.current = null;
    if (!changed || fromHere || ids.length === 0) return;
    const { start, end } = timeline.getWindow();
    const inView = ids.some((id) => {
      const item = instance.shown.get(id);
      if (!item) return false;
      const itemStart = Number(item.start);
      const itemEnd = item.end === undefined ? itemStart + 1 : Number(item.end);
      return itemStart < end.valueOf() && itemEnd > start.valueOf();
    });
    if (!inView) {
      timeline.focus(ids, { animation: false, zoom: false });
      refresh(instance);
      latest.current.onWindowChange(shownDays(timeline));
    }
    // In view along the axis, it may still be stacked below (or above) the lanes on screen.
    const eventId = selectedEventId;
    requestAnimationFrame(() => {
      if (instanceRef.current === instance && eventId) revealVertically(instance, eventId);
    });
  }, [selectedEventId, model]);

  useImperativeHandle(ref, () => {
    // A control moves the window, the view draws what it needs there and reports where it is.
    const move = (act: (timeline: Timeline) => void) => {
      const instance = instanceRef.current;
      if (!instance) return;
      act(instance.timeline);
      refresh(instance);
      latest.current.onWindowChange(shownDays(instance.timeline));
    };
    const zoom = (factor: number) => {
      const instance = instanceRef.current;
      if (instance) move(() => zoomBy(instance, factor, latest.current.selectedEventId));
    };
    return {
      zoomIn: () => zoom(ZOOM_FACTOR),
      zoomOut: () => zoom(1 / ZOOM_FACTOR),
      fit() {
        if (instanceRef.current) fitAll(instanceRef.current);
      },
      pan: (direction) =>
        move((timeline) => {
          const { start, end } = timeline.getWindow();
          const shift = (end.valueOf() - start.valueOf()) * PAN_FRACTION * direction;
          showWindow(timeline, { start: start.valueOf() + shift, end: end.valueOf() + shift });
        }),
    };
  }, []);

  // Enter or Space on a focused item selects its event; on an aggregate, zooms in to it and
  // moves the focus to the first item drawn there (or, for a single day, shows it in the list).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.target as HTMLElement;
    const aggregateId = target.closest<HTMLElement>('.tl-aggregate-label')?.dataset.aggregateId;
    const instance = instanceRef.current;
    if (aggregateId && instance) {
      const bucket = instance.shown.get(aggregateId)?.aggregate;
      if (!bucket) return;
      event.preventDefault();
      if (bucket.action === 'list') {
        onShowDay(dayOfUtcMs(bucket.from));
        return;
      }
      zoomToBucket(instance, bucket);
      onWindowChange(shownDays(instance.timeline));
      const canvas = event.currentTarget;
      requestAnimationFrame(() => {
        const first = leftmostInView(canvas);
        if (first) first.focus();
        else canvas.closest<HTMLElement>('section')?.focus();
      });
      return;
    }
    const label = target.closest<HTMLElement>('.tl-label[data-event-id]');
    const eventId = label?.dataset.eventId;
    if (!eventId) return;
    event.preventDefault();
    selectedHere.current = eventId;
    onSelect(eventId, 'keyboard');
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Enter/Space from the item labels inside (role="button", focusable) bubble here
    <div ref={containerRef} className="timeline-canvas" onKeyDown={onKeyDown} />
  );
}
