// The timeline engine: the one owner of a vis-timeline Timeline, free of React. It is made once per
// mount (and destroyed, so StrictMode's second mount gets a fresh one); `setProps` (or a setter of
// one prop) fans out to what changed: the model through DataSet diffs, the periods, the window with
// setWindow or a fit, the selection with setSelection. Zoom, pan and fit are methods; what the user
// does comes out through the callbacks. The DataSet holds only what the window needs
// (src/model/levelOfDetail.ts): the events near it, or per-lane counts where they are dense,
// recomputed as the window moves. Times are UTC milliseconds and the Timeline works in UTC (its
// `moment` option), so a day is drawn on that day in every time zone.

import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import { hideCutAxisLabels } from './axisEdges';
// The timeline's stylesheet before vis-timeline's, where it stood in the cascade in app.css.
import '../timeline.css';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { dayOfUtcMs, dayStartUtcMs } from '../../dataset/calendar';
import { deepTimeStep } from '../../model/axisLabels';
import { sameSpans, withItemsOf } from '../../model/detailReuse';
import {
  buildDetailIndex,
  type DetailIndex,
  type DetailView,
  levelOfDetail,
  viewServes,
} from '../../model/levelOfDetail';
import {
  eventIdOfItem,
  itemIdsOf,
  type TimelineItemDescriptor,
  type TimelineModel,
} from '../../model/timelineItems';
import { rowsPerLane } from '../../model/timelineLayout';
import type { TimelinePeriodDescriptor } from '../../model/timelinePeriods';
import {
  fitAllWindow,
  type MsWindow,
  PAN_FRACTION,
  panWindow,
  revealShift,
  withinDrawable,
  ZOOM_FACTOR,
  zoomedWindow,
} from '../../model/timelineWindow';
import { ENGLISH_TIMELINE_WORDS } from '../../model/timelineWords';
import type { DayWindow } from '../../model/viewState';
import type { EngineWords, TimelineEngineCallbacks, TimelineEngineProps } from './contract';
import {
  batchLaneWork,
  measuredDrawingHeight,
  measuredDrawingWidth,
  redrawResized,
  scrollLanesBy,
  setAxisYearStep,
  skipInitialFit,
} from './internals';
import { timelineOptions, YEAR_MS } from './options';
import {
  aggregateIdAt,
  earliestInView,
  eventIdAt,
  eventItemBox,
  itemsPanelBox,
  labelMeasurer,
  makeLaneNamesScrollable,
  markPressed,
  renderItem,
} from './templates';
import { TimelineData } from './timelineData';
import { marksOf, type VisItem, visItemsOf } from './visItems';

export type { EngineWords, TimelineEngineCallbacks, TimelineEngineProps } from './contract';

const NO_ANIMATION = { animation: false } as const;
const EMPTY_MODEL: TimelineModel = { items: [], groups: null, itemsByEvent: new Map(), kinds: [] };
const NO_PERIODS: readonly TimelinePeriodDescriptor[] = [];

export class TimelineEngine {
  readonly #container: HTMLElement;
  readonly #timeline: Timeline;
  readonly #data: TimelineData;
  readonly #callbacks: TimelineEngineCallbacks;
  readonly #resized: ResizeObserver;
  /** Right to left: time runs leftwards (fixed for the Timeline's life, as vis-timeline's is). */
  readonly #rtl: boolean;
  readonly #labels: ReturnType<typeof labelMeasurer>;
  /** The latest props, and those last applied (null before the first `setProps`). */
  #props: TimelineEngineProps;
  #applied: TimelineEngineProps | null = null;
  /** Every item of the model, whether drawn or not. */
  #index: DetailIndex = buildDetailIndex([]);
  /** What was drawn for which window; null until the first refresh. */
  #view: DetailView | null = null;
  /** The selected event's items: always drawn one by one (their ids, and the items). */
  #pinned = new Set<string>();
  #pinnedItems: readonly TimelineItemDescriptor[] = [];
  /** The drawing width the window was last fitted to (0: not fitted). */
  #fittedWidth = 0;
  /** The axis's fixed step in years (deep time), or null: vis-timeline's own. */
  #axisStep: number | null = null;
  /** Fits made again since the last fit asked for, because the drawing's width changed. */
  #refits = 0;
  /** The selection this engine reported itself (a click), so it is not scrolled into view again. */
  #selectedHere: string | null = null;
  #previousSelection: string | null = null;
  #destroyed = false;
  #words: EngineWords;

  constructor(
    container: HTMLElement,
    initialWindow: DayWindow | null,
    callbacks: TimelineEngineCallbacks,
    words: EngineWords = { timeline: ENGLISH_TIMELINE_WORDS, laneNames: 'Lane names' },
    { rtl = false }: { rtl?: boolean } = {},
  ) {
    this.#words = words;
    this.#container = container;
    this.#rtl = rtl;
    this.#callbacks = callbacks;
    this.#props = {
      model: EMPTY_MODEL,
      periods: NO_PERIODS,
      window: initialWindow,
      selectedEventId: null,
    };
    this.#labels = labelMeasurer(container);
    // The selection as it stands when an item is drawn.
    const options = timelineOptions(
      initialWindow,
      (item) => renderItem(item, this.#pinned),
      () => this.#words.timeline.dates,
      rtl,
    );
    const items = new DataSet<VisItem, 'id'>();
    const timeline = new Timeline(container, items, options);
    this.#timeline = timeline;
    this.#data = new TimelineData(timeline, items);
    batchLaneWork(timeline);
    // This engine sets every window itself (a fit, or the link's).
    skipInitialFit(timeline);
    makeLaneNamesScrollable(container, words.laneNames, rtl);
    // The drawing follows its box, whose height follows the page (taller with no selection):
    // vis-timeline itself only notices a new size on its next timed check.
    this.#resized = new ResizeObserver(() => {
      redrawResized(timeline);
      // Fitted to everything, it stays fitted to everything at the new size (measured by the
      // redraw just made).
      if (this.#props.window === null) this.#fitAll();
    });
    this.#resized.observe(container);

    timeline.on('select', (props?: { items?: Array<string | number> }) =>
      this.#onSelectItem(props?.items?.[0]),
    );
    // Every move of the window (each frame of a drag, each wheel step) and every redraw (a resized
    // page); mostly a no-op.
    timeline.on('rangechange', () => this.#refresh());
    timeline.on('changed', () => {
      hideCutAxisLabels(container);
      // Fitted to everything, but measured before the lane names took their room (or gave it
      // back): fit again to the width now drawn. Twice at most, so two widths that call for each
      // other (a scrollbar that comes and goes) cannot keep the page busy.
      const fitted = this.#props.window === null && this.#fittedWidth > 0;
      const width = this.#drawingWidth();
      if (fitted && Math.abs(width - this.#fittedWidth) > 2 && this.#refits < 2) {
        this.#refits++;
        this.#fitAll(true);
      } else this.#refresh();
    });
    timeline.on('rangechanged', (props?: { byUser?: boolean }) => {
      if (props?.byUser) this.#callbacks.onWindowChange(this.#shownDays());
    });
  }

  /** The interface's words changed (another language): the axis and the counts are written anew. */
  setWords(words: EngineWords): void {
    if (words === this.#words) return;
    this.#words = words;
    makeLaneNamesScrollable(this.#container, words.laneNames, this.#rtl);
    this.#refresh(true);
    this.#timeline.redraw();
  }

  destroy(): void {
    this.#destroyed = true;
    this.#resized.disconnect();
    this.#labels.stop();
    this.#timeline.destroy();
    this.#data.clear();
  }

  /** Applies what changed since the last call: the model, the periods, the window, the selection. */
  setProps(next: TimelineEngineProps): void {
    const before = this.#applied;
    this.#props = next;
    this.#applied = next;
    const modelChanged = before?.model !== next.model;
    if (modelChanged) this.#applyModel();
    if (before?.periods !== next.periods) this.#applyPeriods();
    if (before === null || before.window !== next.window) this.#applyWindow();
    if (modelChanged || before?.selectedEventId !== next.selectedEventId) this.#applySelection();
  }

  setModel(model: TimelineModel): void {
    this.setProps({ ...this.#props, model });
  }

  setPeriods(periods: readonly TimelinePeriodDescriptor[]): void {
    this.setProps({ ...this.#props, periods });
  }

  setWindow(window: DayWindow | null): void {
    this.setProps({ ...this.#props, window });
  }

  setSelection(selectedEventId: string | null): void {
    this.setProps({ ...this.#props, selectedEventId });
  }

  zoomIn(): void {
    this.#move(() => this.#zoomBy(ZOOM_FACTOR));
  }

  zoomOut(): void {
    this.#move(() => this.#zoomBy(1 / ZOOM_FACTOR));
  }

  /** Moves the window by a fifth of its width, back (-1) or forward (1). */
  pan(direction: -1 | 1): void {
    this.#move(() => this.#showWindow(panWindow(this.#msWindow(), PAN_FRACTION * direction)));
  }

  /** Fits every item; the caller clears the stored window. */
  fit(): void {
    this.#fitAll();
  }

  /**
   * Enter or Space on a focused item selects its event; on a count, zooms in to it and moves the
   * focus to the first item drawn there (or, for a single day, shows it in the list).
   */
  handleKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (!(event.target instanceof Element)) return;
    const aggregateId = aggregateIdAt(event.target);
    if (aggregateId) {
      const bucket = this.#data.shown.get(aggregateId)?.aggregate;
      if (!bucket) return;
      event.preventDefault();
      if (bucket.action === 'list') {
        this.#callbacks.onShowDay(dayOfUtcMs(bucket.from));
        return;
      }
      this.#zoomToBucket(bucket);
      this.#callbacks.onWindowChange(this.#shownDays());
      const container = this.#container;
      requestAnimationFrame(() => {
        const first = earliestInView(container, this.#rtl);
        if (first) first.focus();
        else container.closest<HTMLElement>('section')?.focus();
      });
      return;
    }
    const eventId = eventIdAt(event.target);
    if (!eventId) return;
    event.preventDefault();
    this.#selectedHere = eventId;
    this.#callbacks.onSelect(eventId, 'keyboard');
  }

  #onSelectItem(id: string | number | undefined): void {
    if (id === undefined) {
      this.#selectedHere = null;
      this.#callbacks.onSelect(null, 'pointer');
      return;
    }
    const item = this.#data.shown.get(String(id));
    if (!item || item.aggregate) {
      // A count is not an event: it zooms in, and the selection stays shown.
      const { model, selectedEventId } = this.#props;
      this.#timeline.setSelection(itemIdsOf(model, selectedEventId));
      if (item?.aggregate?.action === 'list') {
        this.#callbacks.onShowDay(dayOfUtcMs(item.aggregate.from));
      } else if (item?.aggregate) {
        this.#zoomToBucket(item.aggregate);
        this.#callbacks.onWindowChange(this.#shownDays());
      }
      return;
    }
    const eventId = eventIdOfItem(String(id));
    this.#selectedHere = eventId;
    this.#callbacks.onSelect(eventId, 'pointer');
  }

  /** The model: lanes first, then items, as a diff (update what changed, remove what left). */
  #applyModel(): void {
    const { model, selectedEventId, window } = this.#props;
    const hadLanes = this.#data.lanesShown;
    this.#data.setLanes(model.groups);
    const before = this.#index;
    // Items that kept their places (an event's words edited) keep the index, and the fitted
    // window: at 100k items, building one and fitting took ~50 and ~500 ms.
    const samePlaces = sameSpans(before, model.items);
    this.#index = samePlaces ? { ...before, items: model.items } : buildDetailIndex(model.items);
    this.#pinned = new Set(itemIdsOf(model, selectedEventId));
    this.#pinnedItems = selectedEventId ? (model.itemsByEvent.get(selectedEventId) ?? []) : [];
    const shown = this.#view;
    this.#view = null;
    // Lanes shown or gone change the drawing's width (the lane names take some): measure it anew
    // before fitting to it.
    const lanesChanged = hadLanes !== this.#data.lanesShown;
    if (lanesChanged) this.#timeline.redraw();
    if (samePlaces && shown && !lanesChanged) this.#draw(withItemsOf(shown, model.itemsByEvent));
    else if (window === null) this.#fitAll();
    else this.#refresh();
  }

  /** The periods: new bands for a new dataset, drawn for the span the events are drawn for. */
  #applyPeriods(): void {
    this.#data.setPeriods(this.#props.periods, this.#view);
  }

  /**
   * A window from outside (a link, the back button) moves the Timeline when it differs in days
   * from what is shown; null fits everything.
   */
  #applyWindow(): void {
    const { window } = this.#props;
    if (window === null) {
      this.#fitAll();
      return;
    }
    const shown = this.#shownDays();
    if (shown.from === window.from && shown.to === window.to) return;
    this.#showWindow({ start: dayStartUtcMs(window.from), end: dayStartUtcMs(window.to + 1) });
    this.#refresh();
  }

  /** The selection: mirrored into the Timeline; one chosen elsewhere is brought into view. */
  #applySelection(): void {
    const { model, selectedEventId } = this.#props;
    const timeline = this.#timeline;
    const ids = itemIdsOf(model, selectedEventId);
    // The selected event is drawn as itself even where its neighbours are counted.
    const pinnedBefore = this.#pinned;
    if (ids.length !== pinnedBefore.size || ids.some((id) => !pinnedBefore.has(id))) {
      this.#pinned = new Set(ids);
      this.#pinnedItems = selectedEventId ? (model.itemsByEvent.get(selectedEventId) ?? []) : [];
      // Both the old and the new selection already drawn as themselves (the usual case: a click
      // on an item): only their labels' pressed state changes, not what the window draws.
      const drawnAlone = (id: string) => {
        const item = this.#data.shown.get(id);
        return item !== undefined && !item.aggregate;
      };
      if (!ids.every(drawnAlone) || ![...pinnedBefore].every(drawnAlone)) this.#refresh(true);
      markPressed(this.#container, this.#pinned);
    }
    // A click has already selected the item inside vis-timeline; selecting it again would cost a
    // second full redraw (a few hundred ms with thousands of items).
    const current = timeline.getSelection().map(String);
    const same = current.length === ids.length && ids.every((id) => current.includes(id));
    if (!same) timeline.setSelection(ids);
    const changed = selectedEventId !== this.#previousSelection;
    this.#previousSelection = selectedEventId;
    const fromHere = selectedEventId !== null && selectedEventId === this.#selectedHere;
    this.#selectedHere = null;
    if (!changed || fromHere || ids.length === 0) return;
    const { start, end } = this.#msWindow();
    const inView = ids.some((id) => {
      const item = this.#data.shown.get(id);
      if (!item) return false;
      const itemStart = Number(item.start);
      const itemEnd = item.end === undefined ? itemStart + 1 : Number(item.end);
      return itemStart < end && itemEnd > start;
    });
    if (!inView) {
      timeline.focus(ids, { animation: false, zoom: false });
      this.#refresh();
      this.#callbacks.onWindowChange(this.#shownDays());
    }
    // In view along the axis, it may still be stacked below (or above) the lanes on screen.
    const eventId = selectedEventId;
    requestAnimationFrame(() => {
      if (!this.#destroyed && eventId) this.#revealVertically(eventId);
    });
  }

  /** A control moves the window; the engine draws what it needs there and reports where it is. */
  #move(act: () => void): void {
    act();
    this.#refresh();
    this.#callbacks.onWindowChange(this.#shownDays());
  }

  #msWindow(): MsWindow {
    const { start, end } = this.#timeline.getWindow();
    return { start: start.valueOf(), end: end.valueOf() };
  }

  #shownDays(): DayWindow {
    const { start, end } = this.#msWindow();
    return { from: dayOfUtcMs(start), to: dayOfUtcMs(end - 1) };
  }

  /** Width of the drawing area in px, as vis-timeline last measured it. */
  #drawingWidth(): number {
    return measuredDrawingWidth(this.#timeline) || this.#container.clientWidth || 1;
  }

  #labelWidth = (item: TimelineItemDescriptor): number =>
    this.#labels.width({ eventTitle: item.title, marks: marksOf(item) });

  /**
   * Every window the engine sets goes through here: moved (or cut) to lie within what can be
   * drawn, since past ±271,821 years a JavaScript date is invalid and vis-timeline throws on it.
   */
  #showWindow(window: MsWindow): void {
    const { start, end } = withinDrawable(window);
    this.#timeline.setWindow(start, end, NO_ANIMATION);
  }

  /**
   * Deep time: a window too wide for vis-timeline's own steps gets a fixed step of thousands of
   * years.
   */
  #setAxisStep(step: number | null): void {
    if (step === this.#axisStep) return;
    this.#axisStep = step;
    if (setAxisYearStep(this.#timeline, step)) this.#timeline.redraw();
  }

  /**
   * Draws what the current window needs. Cheap when the last view still serves it (the usual case
   * while panning a little); otherwise recomputes the level of detail and applies the difference.
   */
  #refresh(force = false): void {
    const { start: from, end: to } = this.#msWindow();
    const widthPx = this.#drawingWidth();
    this.#setAxisStep(deepTimeStep(widthPx / ((to - from) / YEAR_MS)));
    if (!force && this.#view && viewServes(this.#view, from, to, widthPx)) return;
    const view = levelOfDetail(this.#index, {
      start: from,
      end: to,
      widthPx,
      pinned: this.#pinned,
      pinnedItems: this.#pinnedItems,
      words: this.#words.timeline,
      ...(this.#data.lanesShown
        ? {
            maxRowsPerLane: rowsPerLane(measuredDrawingHeight(this.#timeline)),
            labelPx: this.#labelWidth,
          }
        : {}),
    });
    this.#draw(view);
  }

  /** Draws `view`: its items one by one, and its counts. */
  #draw(view: DetailView): void {
    const { start: from, end: to } = this.#msWindow();
    const widthPx = this.#drawingWidth();
    this.#view = view;
    if (this.#data.lanesShown) this.#data.showLanes(view.lanes);
    const next = visItemsOf(view, { from, to, widthPx, labelWidth: this.#labelWidth });
    this.#data.show(next, view);
  }

  /** Shows every item (model/timelineWindow.ts says how); `again`: a refit at a new width. */
  #fitAll(again = false): void {
    if (!again) this.#refits = 0;
    if (!Number.isFinite(this.#index.first)) {
      // Nothing to fit (the filters keep no event): clear what is drawn.
      this.#refresh(true);
      return;
    }
    const width = this.#drawingWidth();
    this.#fittedWidth = width;
    this.#showWindow(fitAllWindow(this.#index, width, this.#labelWidth));
    this.#refresh();
  }

  /**
   * Zooms around the selected event when it is in view, else around the middle of the events in
   * view: the zoom buttons keep what is being looked at on screen.
   */
  #zoomBy(factor: number): void {
    const { selectedEventId } = this.#props;
    this.#showWindow(
      zoomedWindow(this.#msWindow(), factor, this.#data.shown.values(), selectedEventId),
    );
  }

  /** Scrolls the lanes (up or down) so the selected event's item is inside the drawing area. */
  #revealVertically(eventId: string): void {
    const panel = itemsPanelBox(this.#container);
    const box = eventItemBox(this.#container, eventId);
    if (!panel || !box) return;
    const shift = revealShift(panel, box);
    if (shift === 0) return;
    if (scrollLanesBy(this.#timeline, -shift)) this.#timeline.redraw();
  }

  /** Shows a count's bucket, with a little room either side. */
  #zoomToBucket(bucket: { from: number; to: number }): void {
    const margin = (bucket.to - bucket.from) * 0.04;
    this.#showWindow({ start: bucket.from - margin, end: bucket.to + margin });
    this.#refresh();
  }
}
