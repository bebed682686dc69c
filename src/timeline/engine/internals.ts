// Every reach into vis-timeline's private internals, in one place: what its public API does not
// offer (its measured sizes, its scroll position, the axis's step), and the ways its redraws are
// held back or batched, which cost hundreds of ms at scale without them. `missingInternals` says
// which of them the installed vis-timeline lacks; a unit test runs it, so an upgrade that drops
// one fails there and not on screen.

import type { Timeline } from 'vis-timeline/peer';
import * as vis from 'vis-timeline/peer';

/** What vis-timeline keeps of an item it has drawn. */
interface DrawnItem {
  id: string;
  displayed: boolean;
  redraw: (returnQueue?: boolean) => unknown;
}

interface ItemSetInternals {
  initialItemSetDrawn?: boolean;
  redraw: () => boolean;
  /** A lane for each group (one when there are none). */
  groups?: Record<string, object>;
  items?: Record<string, DrawnItem>;
}

interface TimelineInternals {
  body?: {
    domProps?: { center?: { width?: number }; centerContainer?: { height?: number } };
  };
  itemSet?: ItemSetInternals;
  timeAxis?: { options?: { timeAxis?: { scale: string; step: number } | null } };
  initialFitDone: boolean;
  initialRangeChangeDone: boolean;
  _onResize?: (() => void) | null;
  _getScrollTop?: () => number;
  _setScrollTop?: (top: number) => number;
}

function internalsOf(timeline: Timeline): TimelineInternals {
  return timeline as unknown as TimelineInternals;
}

/** Width of the drawing area in px, as vis-timeline last measured it (undefined before). */
export function measuredDrawingWidth(timeline: Timeline): number | undefined {
  return internalsOf(timeline).body?.domProps?.center?.width;
}

/** Height of the lanes' visible area in px, as vis-timeline last measured it. */
export function measuredDrawingHeight(timeline: Timeline): number | undefined {
  return internalsOf(timeline).body?.domProps?.centerContainer?.height;
}

/**
 * vis-timeline fits itself (its own way) on its first redraw when given no window, and stays
 * hidden until a first change of range; the engine sets every window itself, so that fit would
 * only undo it, and the range it was created with is the first.
 */
export function skipInitialFit(timeline: Timeline): void {
  const internals = internalsOf(timeline);
  internals.initialFitDone = true;
  internals.initialRangeChangeDone = true;
}

/**
 * Redraws at a new size through vis-timeline's own resize check, which also notes the size: a
 * plain redraw would leave its timed check (every second) to find the change and draw it all again.
 */
export function redrawResized(timeline: Timeline): void {
  const internals = internalsOf(timeline);
  if (internals._onResize) internals._onResize();
  else timeline.redraw();
}

/**
 * Sets the axis's fixed step in years (null: vis-timeline's own steps), on the axis itself:
 * through setOptions each change would redraw everything twice. Says whether it was set.
 */
export function setAxisYearStep(timeline: Timeline, step: number | null): boolean {
  const axisOptions = internalsOf(timeline).timeAxis?.options;
  if (!axisOptions) return false;
  axisOptions.timeAxis = step === null ? null : { scale: 'year', step };
  return true;
}

/**
 * Adds `delta` px to vis-timeline's scroll offset of the lanes (which is 0 at the top and negative
 * below it); false when it cannot.
 */
export function scrollLanesBy(timeline: Timeline, delta: number): boolean {
  const internals = internalsOf(timeline);
  if (!internals._getScrollTop || !internals._setScrollTop) return false;
  internals._setScrollTop(internals._getScrollTop() + delta);
  return true;
}

/**
 * Runs changes to the DataSets with vis-timeline's item redraws held back: each DataSet event
 * (remove, update, add) redraws every item and measures the DOM at once, and each also queues
 * the timeline's own redraw for the next frame, which draws them all again. Held back, a filter
 * change is drawn once, in that frame. Before the first drawing, vis-timeline draws at once and
 * is left to do so.
 */
export function withItemRedrawsHeld(timeline: Timeline, change: () => void): void {
  const itemSet = internalsOf(timeline).itemSet;
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

const HELD = () => undefined;

/**
 * Runs `update` (a DataSet update of the items `ids`) with the drawn items' redraws held, then
 * redraws them together: vis-timeline redraws an updated item at once and measures it (a forced
 * layout per item: 28 ms for the counts a 100k search changes). Together, through its own redraw
 * queues (every item's DOM made, then every item measured, then placed), the page is laid out once.
 */
export function updateDrawnTogether(
  timeline: Timeline,
  ids: readonly string[],
  update: () => void,
): void {
  const drawn = internalsOf(timeline).itemSet?.items;
  const held: DrawnItem[] = [];
  if (drawn) {
    for (const id of ids) {
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

const DEFERRED = Symbol('sourceline: new items drawn by the next redraw');
/** The lanes' method that draws an item added to a lane at once. */
const DRAW_ADDED = '_checkIfVisible';

/**
 * vis-timeline draws each item added to a lane at once, measuring it (a forced layout per item:
 * ~0.3 ms each, 40 ms for the items an actor filter brings). The lane's next redraw, which
 * follows every change, draws the items not yet drawn in one pass (all made, then all measured),
 * so the lanes are told to leave new items to it. Patched on the lanes' class (once for every
 * timeline on the page), found through the lane every timeline starts with; the lane's `add` is
 * the only caller of the method.
 */
export function deferNewItemsToRedraw(timeline: Timeline): void {
  const groups = internalsOf(timeline).itemSet?.groups;
  const lane = groups ? Object.values(groups)[0] : undefined;
  let proto = lane ? Object.getPrototypeOf(lane) : null;
  // The background lane's class extends the lanes' class: patch the class that defines it.
  while (proto && !Object.hasOwn(proto, DRAW_ADDED)) proto = Object.getPrototypeOf(proto);
  if (!proto || proto[DEFERRED]) return;
  proto[DEFERRED] = true;
  proto[DRAW_ADDED] = () => undefined;
}

const MEASURE_LANE = '_calculateGroupSizeAndPosition';
const LANE_RESIZED = '_didResize';
const MEASURED_ONCE = Symbol('sourceline: lanes measured once per redraw');
/** The lane's redraw this measure was read in, and the label's size read with it. */
const MEASURED = Symbol('sourceline: lane measured');
const REDRAWING = Symbol('sourceline: lane redraw');

interface LaneInternals {
  top?: number;
  height?: number;
  dom: { inner: HTMLElement };
  props: { label: { width?: number; height?: number } };
  [REDRAWING]?: object;
  [MEASURED]?: { redraw: object; width: number; height: number };
}

/**
 * A lane's redraw measures where the lane stands twice, before and after drawing its items, and
 * its name's size after them: each read after the items' writes lays out the page again (their
 * styles recalculated, ~450-650 elements after a filter at 10k-100k events). Items are placed
 * absolutely inside a lane whose height is set apart, in a later step of the same redraw, so
 * neither the lane's place nor its name's size can change between the two reads: the first read,
 * with the name's size, serves the redraw. Patched on the lanes' class (once for the page), as
 * `deferNewItemsToRedraw` is; the background lane, which has a redraw of its own, measures as before.
 */
export function measureLanesOncePerRedraw(timeline: Timeline): void {
  const groups = internalsOf(timeline).itemSet?.groups;
  const lane = groups ? Object.values(groups)[0] : undefined;
  let proto = lane ? Object.getPrototypeOf(lane) : null;
  while (proto && !Object.hasOwn(proto, MEASURE_LANE)) proto = Object.getPrototypeOf(proto);
  if (!proto || proto[MEASURED_ONCE]) return;
  proto[MEASURED_ONCE] = true;
  const redraw = proto.redraw as (this: LaneInternals, ...args: unknown[]) => unknown;
  const measure = proto[MEASURE_LANE] as (this: LaneInternals) => void;
  proto.redraw = function (this: LaneInternals, ...args: unknown[]) {
    this[REDRAWING] = {};
    return redraw.apply(this, args);
  };
  proto[MEASURE_LANE] = function (this: LaneInternals) {
    const current = this[REDRAWING];
    if (current && this[MEASURED]?.redraw === current) return;
    measure.call(this);
    if (current) {
      const { clientWidth: width, clientHeight: height } = this.dom.inner;
      this[MEASURED] = { redraw: current, width, height };
    }
  };
  // vis-timeline's own, with the name's size as read above when it was read in this redraw.
  proto[LANE_RESIZED] = function (this: LaneInternals, resized: boolean, height: number) {
    const measured = this[MEASURED];
    const label =
      measured && measured.redraw === this[REDRAWING]
        ? measured
        : { width: this.dom.inner.clientWidth, height: this.dom.inner.clientHeight };
    let changed = resized;
    if (this.height !== height) {
      this.height = height;
      changed = true;
    }
    if (this.props.label.width !== label.width) {
      this.props.label.width = label.width;
      changed = true;
    }
    if (this.props.label.height !== label.height) {
      this.props.label.height = label.height;
      changed = true;
    }
    return changed;
  };
}

/** The lanes' own work batched: new items drawn by the next redraw, each lane measured once a redraw. */
export function batchLaneWork(timeline: Timeline): void {
  deferNewItemsToRedraw(timeline);
  measureLanesOncePerRedraw(timeline);
}

/** What vis-timeline exports: Timeline, and its other classes (untyped in its declarations). */
export interface VisExports {
  Timeline: unknown;
  timeline?: VisComponents;
}

interface VisComponents {
  Core?: { prototype: object };
  components?: {
    Group?: { prototype: object };
    ItemSet?: { prototype: object };
    TimeAxis?: { prototype: object };
    items?: Record<string, { prototype: object } | undefined>;
  };
}

function sourceOf(value: unknown): string {
  return typeof value === 'function' ? Function.prototype.toString.call(value) : '';
}

function hasMethod(owner: { prototype: object } | undefined, name: string): boolean {
  if (!owner) return false;
  return typeof (owner.prototype as Record<string, unknown>)[name] === 'function';
}

/**
 * What this module uses of vis-timeline's internals that the installed version (or `library`)
 * lacks, empty when it has everything: methods on its classes' prototypes, and fields its
 * constructors and methods set, read from their source (a Timeline needs a laid-out DOM to be
 * made, and the unit tests have none).
 */
export function missingInternals(library: VisExports = vis as unknown as VisExports): string[] {
  const extra = library.timeline;
  const components = extra?.components;
  const core = extra?.Core;
  const coreSource = sourceOf(core);
  const itemSetSource = sourceOf(components?.ItemSet);
  const lanes = components?.Group;
  const items = components?.items ?? {};
  const checks: Array<[string, boolean]> = [
    ['Timeline.initialFitDone', sourceOf(library.Timeline).includes('initialFitDone')],
    ['Core.initialRangeChangeDone', coreSource.includes('initialRangeChangeDone')],
    ['Core._onResize', coreSource.includes('this._onResize =')],
    ['Core._getScrollTop', hasMethod(core, '_getScrollTop')],
    ['Core._setScrollTop', hasMethod(core, '_setScrollTop')],
    ['Timeline body.domProps', sourceOf(library.Timeline).includes('domProps: this.props')],
    ['domProps.center.width', coreSource.includes('props.center.width =')],
    ['domProps.centerContainer.height', coreSource.includes('props.centerContainer.height =')],
    ['Timeline.itemSet', sourceOf(library.Timeline).includes('this.itemSet = new')],
    ['Timeline.timeAxis', sourceOf(library.Timeline).includes('this.timeAxis = new')],
    ['TimeAxis options.timeAxis', sourceOf(components?.TimeAxis).includes('options.timeAxis')],
    ['ItemSet.redraw', hasMethod(components?.ItemSet, 'redraw')],
    ['ItemSet.initialItemSetDrawn', itemSetSource.includes('initialItemSetDrawn = true')],
    ['ItemSet.items', itemSetSource.includes('this.items = {}')],
    ['ItemSet.groups', itemSetSource.includes('this.groups = {}')],
    [`Group.${DRAW_ADDED}`, !!lanes && Object.hasOwn(lanes.prototype, DRAW_ADDED)],
    [`Group.add calls ${DRAW_ADDED}`, sourceOf(lanes).includes(`this.${DRAW_ADDED}(item`)],
    [`Group.${MEASURE_LANE}`, !!lanes && Object.hasOwn(lanes.prototype, MEASURE_LANE)],
    [`Group.${LANE_RESIZED}`, !!lanes && Object.hasOwn(lanes.prototype, LANE_RESIZED)],
    ['Group.redraw', !!lanes && Object.hasOwn(lanes.prototype, 'redraw')],
    [
      `Group.${LANE_RESIZED} reads the name's size`,
      sourceOf((lanes?.prototype as Record<string, unknown> | undefined)?.[LANE_RESIZED]).includes(
        'this.dom.inner.clientWidth',
      ),
    ],
    [
      `Group.${MEASURE_LANE} reads the lane's place`,
      sourceOf((lanes?.prototype as Record<string, unknown> | undefined)?.[MEASURE_LANE]).includes(
        'offsetTop',
      ),
    ],
  ];
  checks.push(['Item.displayed', sourceOf(items.Item).includes('this.displayed = false')]);
  for (const type of ['BoxItem', 'RangeItem', 'PointItem', 'BackgroundItem']) {
    const source = sourceOf(items[type]);
    checks.push([`${type}.redraw(returnQueue)`, /\bredraw\(returnQueue\)/.test(source)]);
  }
  return checks.filter(([, present]) => !present).map(([name]) => name);
}
