// The timeline pane: its controls (zoom, fit, grouping), the legend, and the vis-timeline view.
// It reads the store, builds the item model in one pass, and hands plain data to TimelineView,
// the only module that knows vis-timeline. Loaded lazily by App (default export).
import {
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { BidiText } from '../app/BidiText';
import { useDocumentDirection } from '../app/documentLocale';
import { isTextEntry } from '../app/keys';
import { runInTasks } from '../app/runInTasks';
import { formatDayShort } from '../dataset/formatDate';
import type { Dataset } from '../dataset/schema';
import type { ResolvedEvent } from '../dataset/types';
import { busiest } from '../model/choices';
import { describeFilters } from '../model/filterSummary';
import { kindColor } from '../model/kinds';
import {
  cacheEventItems,
  SharedItemParts,
  SUPPORT_MARKS,
  type TimelineItemCache,
} from '../model/timelineItems';
import { buildPeriodModel, periodLegend } from '../model/timelinePeriods';
import type { DayWindow, Grouping } from '../model/viewState';
import { dateWords, timelineItemCaches } from '../state/caches';
import { selectActorsById, selectRequest, selectVisibleEvents } from '../state/selectors';
import { useStore } from '../state/store';
import { type TimelineController, TimelineView } from './TimelineView';
import { useDisputedCount } from './useDisputedCount';
import { useTimelineModel } from './useTimelineModel';
import './periods.css';
import type { MessageKey } from '../i18n/catalogue';
import { useTranslator } from '../i18n/I18nProvider';
import type { Translator } from '../i18n/translator';

const NO_LANES: readonly string[] = [];

/** Kinds named in the legend; the rest are counted. */
const LEGEND_KINDS = 12;

const GROUPINGS: ReadonlyArray<{ value: Grouping; label: MessageKey }> = [
  { value: 'none', label: 'timeline.groupNone' },
  { value: 'kind', label: 'timeline.groupKind' },
  { value: 'actor', label: 'timeline.groupActor' },
];

/** A text field or a radio button uses the arrow keys itself. */
function ownsArrowKeys(target: EventTarget | null): boolean {
  return isTextEntry(target) || (target instanceof HTMLInputElement && target.type === 'radio');
}

function windowWords(window: DayWindow | null, { t, dates }: Translator): string {
  if (!window) return t('timeline.allEvents');
  return window.from === window.to
    ? formatDayShort(window.from, dates)
    : dates.words.range(formatDayShort(window.from, dates), formatDayShort(window.to, dates));
}

/** From this many events, a dataset just loaded is drawn in a task of its own. */
const DRAW_LATER_EVENTS = 5_000;
const NO_EVENTS: readonly ResolvedEvent[] = [];
/** How long one task of working out items runs, about (ms): short slices on a busy machine too. */
const ITEMS_TASK_MS = 20;
/** Events whose items are worked out between two looks at the clock. */
const ITEMS_PER_STEP = 2_000;

export function TimelinePane() {
  const translator = useTranslator();
  const { t } = translator;
  const loaded = useStore((state) => state.loaded);
  const events = useStore(selectVisibleEvents);
  const group = useStore((state) => state.view.group);
  const window = useStore((state) => state.view.window);
  const selected = useStore((state) => state.view.event);
  const selectEvent = useStore((state) => state.selectEvent);
  const setWindow = useStore((state) => state.setWindow);
  const setGroup = useStore((state) => state.setGroup);
  const showDay = useStore((state) => state.showDay);
  const controller = useRef<TimelineController>(null);
  // The timeline runs the page's way: right to left, later times lie to the left.
  const rtl = useDocumentDirection() === 'rtl';
  const groupLabelId = useId();
  const periodsLabelId = useId();

  const extent = loaded?.extent ?? null;
  const actors = loaded?.dataset.actors;
  const dataset = loaded?.dataset;
  // With one source every event rests on it: the mark would say nothing.
  const markSingleSource = (dataset?.sources.length ?? 0) > 1;
  // Items kept by event for this grouping and extent (src/state/caches.ts says how).
  const cache: TimelineItemCache = timelineItemCaches.for(
    group,
    extent,
    translator.timeline,
    markSingleSource,
  );
  // The actors or kinds a filter names keep lanes of their own, however few their events.
  const keepLanes = useStore((state) =>
    group === 'actor'
      ? state.view.filters.actors
      : group === 'kind'
        ? state.view.filters.kinds
        : NO_LANES,
  );
  // A large dataset just loaded is drawn a task after the page around it: building its items
  // (a quarter second at 100k events) and the page's own first render never add up to one freeze.
  const [drawnDataset, setDrawnDataset] = useState<Dataset | null>(null);
  const justLoaded =
    loaded !== null &&
    loaded.revision === 0 &&
    loaded.events.length >= DRAW_LATER_EVENTS &&
    drawnDataset !== loaded.dataset;
  useEffect(() => {
    if (!justLoaded || !dataset) return;
    // Its items are worked out a step per task, then drawn.
    const parts = new SharedItemParts(dateWords, translator.timeline);
    let at = 0;
    return runInTasks(() => {
      const deadline = performance.now() + ITEMS_TASK_MS;
      do {
        const to = Math.min(events.length, at + ITEMS_PER_STEP);
        cacheEventItems(
          events.slice(at, to),
          { grouping: group, extent, markSingleSource },
          cache,
          parts,
        );
        at = to;
      } while (at < events.length && performance.now() < deadline);
      if (at < events.length) return false;
      setDrawnDataset(dataset);
      return true;
    });
  }, [justLoaded, dataset, events, group, extent, cache, translator.timeline, markSingleSource]);
  const drawn = justLoaded ? NO_EVENTS : events;
  // Counted once the items are drawn (the legend's mark explains them): at 100k events the pass
  // (~25 ms) would otherwise join the page's first render.
  const anyDisputed = useDisputedCount(justLoaded ? undefined : loaded?.events) > 0;
  const { model, kindCounts, building } = useTimelineModel(
    drawn,
    {
      grouping: group,
      extent,
      actors,
      cache,
      dateWords,
      words: translator.timeline,
      markSingleSource,
    },
    keepLanes,
  );

  // Periods are drawn whatever the filters: they are the background, not events.
  const periods = useMemo(
    () => buildPeriodModel(loaded?.periods ?? [], extent, translator.timeline),
    [loaded?.periods, extent, translator.timeline],
  );
  const legendPeriods = periodLegend(periods);

  // The legend names the busiest kinds in view (20,000 kinds would be a wall of text).
  const legendKinds = useMemo(
    () =>
      busiest(model.kinds, (kind) => kindCounts.get(kind) ?? 0, translator.kindName, LEGEND_KINDS),
    [kindCounts, model.kinds, translator.kindName],
  );

  // Chosen with the keyboard, the details take the focus (Escape brings it back here).
  const onSelect = useCallback(
    (id: string | null, how: 'pointer' | 'keyboard') =>
      selectEvent(id, { focusDetails: how === 'keyboard' }),
    [selectEvent],
  );
  const filters = useStore((state) => state.view.filters);
  const clearFilters = useStore((state) => state.clearFilters);
  const actorsById = useStore(selectActorsById);
  const filterWords = useMemo(
    () => describeFilters(filters, (id) => actorsById.get(id)?.name, translator.filterWords),
    [filters, actorsById, translator.filterWords],
  );
  // A stored window is cleared and the view fits itself (its window effect); with none stored,
  // it is asked to fit directly. Either way the timeline redraws once.
  const fitAll = () => {
    if (window === null) controller.current?.fit();
    else setWindow(null);
  };

  // Arrow keys pan and + / − zoom while focus is anywhere in the pane but a text field or radio.
  // ← pans towards what is drawn on the left: earlier times, or right to left later ones.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || ownsArrowKeys(event.target)) return;
    const c = controller.current;
    let action: (() => void) | undefined;
    switch (event.key) {
      case 'ArrowLeft':
        action = () => c?.pan(rtl ? 1 : -1);
        break;
      case 'ArrowRight':
        action = () => c?.pan(rtl ? -1 : 1);
        break;
      case '+':
      case '=':
        action = () => c?.zoomIn();
        break;
      case '-':
        action = () => c?.zoomOut();
        break;
    }
    if (!action) return;
    event.preventDefault();
    action();
    // A focused item that panned out of view is removed by vis-timeline; keep the focus in the
    // pane so the keys go on working.
    const pane = event.currentTarget;
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected) pane.focus();
    });
  };

  const engineWords = useMemo(
    () => ({ timeline: translator.timeline, laneNames: t('timeline.laneNames') }),
    [translator.timeline, t],
  );

  // "Go to the timeline" (a phone's details) may come before the timeline was built: the focus
  // goes to the selected event's item once it is drawn, else to the pane.
  const paneRef = useRef<HTMLElement>(null);
  const focusRequest = useStore((state) => selectRequest(state, 'focus-timeline'));
  const consumeRequest = useStore((state) => state.consumeRequest);
  const focusFrame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(focusFrame.current), []);
  useEffect(() => {
    if (!focusRequest) return;
    // Consuming it runs this effect again (with no request): the frames go on regardless.
    consumeRequest(focusRequest.id);
    // vis-timeline may draw the item anew in its first frames: the focus follows it until it has
    // stayed on it for a few frames.
    let frames = 0;
    let steady = 0;
    const focusItem = () => {
      const pane = paneRef.current;
      // The reader has gone on elsewhere (Tab, a click): the focus is theirs, not this ask's.
      const active = document.activeElement;
      if (active && active !== document.body && !pane?.contains(active)) return;
      const id = useStore.getState().view.event;
      const item = id
        ? pane?.querySelector<HTMLElement>(
            `.timeline-canvas .tl-label[data-event-id="${CSS.escape(id)}"]`,
          )
        : null;
      frames++;
      if (item && document.activeElement === item) steady++;
      else if (item) item.focus({ preventScroll: true });
      if (steady >= 3 || frames > 60) {
        if (!item) pane?.focus({ preventScroll: true });
        return;
      }
      focusFrame.current = requestAnimationFrame(focusItem);
    };
    cancelAnimationFrame(focusFrame.current);
    focusFrame.current = requestAnimationFrame(focusItem);
  }, [focusRequest, consumeRequest]);

  // The key to how dates are drawn, on a phone (a wide screen always shows it).
  const [keyOpen, setKeyOpen] = useState(false);
  const count = events.length;
  const total = loaded?.events.length ?? 0;
  return (
    <section
      ref={paneRef}
      className="timeline-pane"
      aria-label={t('timeline.label')}
      onKeyDown={onKeyDown}
      tabIndex={-1}
    >
      <div className="timeline-toolbar">
        <h2 className="timeline-heading">{t('timeline.label')}</h2>
        {/* A row of its own under the controls, so every filter is named in words: it wraps
            between filters (never inside a name) rather than cutting them off. */}
        <div className="timeline-status-row">
          {filterWords.length > 0 ? (
            <>
              <p className="timeline-status timeline-filtered">
                <strong>{t('timeline.countOf', { count, total })}</strong>
                {filterWords.map((words) => (
                  <span key={words} className="timeline-filter-words">
                    {translator.separator}
                    <BidiText text={words} />
                  </span>
                ))}
              </p>
              <button type="button" className="link-button timeline-clear" onClick={clearFilters}>
                {t('filters.clear')}
              </button>
            </>
          ) : (
            <p className="timeline-status">
              {windowWords(window, translator)}
              {translator.separator}
              {t('common.events', { count })}
            </p>
          )}
        </div>
        <div className="timeline-zoom">
          <button type="button" onClick={() => controller.current?.zoomIn()}>
            {t('timeline.zoomIn')}
          </button>
          <button type="button" onClick={() => controller.current?.zoomOut()}>
            {t('timeline.zoomOut')}
          </button>
          <button type="button" onClick={fitAll}>
            {t('timeline.fitAll')}
          </button>
        </div>
        <div className="timeline-group" role="radiogroup" aria-labelledby={groupLabelId}>
          <span className="timeline-group-label" id={groupLabelId}>
            {t('timeline.groupBy')}
          </span>
          {GROUPINGS.map((option) => (
            <label key={option.value}>
              <input
                type="radio"
                name="timeline-group"
                value={option.value}
                checked={group === option.value}
                onChange={() => setGroup(option.value)}
              />
              {t(option.label)}
            </label>
          ))}
        </div>
        <details className="timeline-help">
          <summary>{t('keys.summary')}</summary>
          <p>{t('keys.text')}</p>
          <p>{t(rtl ? 'keys.arrowsRtl' : 'keys.arrowsLtr')}</p>
        </details>
      </div>
      {/* A large view's model is gathered in slices: until it is, the timeline shows the one before. */}
      <div className="timeline-stage" aria-busy={building || undefined}>
        <TimelineView
          ref={controller}
          model={model}
          selectedEventId={selected}
          window={window}
          onSelect={onSelect}
          onWindowChange={setWindow}
          onShowDay={showDay}
          periods={periods}
          words={engineWords}
          rtl={rtl}
        />
        {count === 0 && (
          <p className="timeline-empty">
            {total === 0 ? t('timeline.noEventsYet') : t('timeline.noMatch')}
          </p>
        )}
      </div>
      <div className="timeline-legend">
        <ul aria-label={t('filters.kinds')} className="timeline-legend-kinds">
          {legendKinds.shown.map((kind) => (
            <li key={kind}>
              <span
                className="tl-swatch"
                aria-hidden="true"
                style={{ backgroundColor: kindColor(kind) }}
              />
              {translator.kindName(kind)}
            </li>
          ))}
          {legendKinds.hidden > 0 && (
            <li className="legend-more">
              {t('timeline.moreKinds', { count: legendKinds.hidden })}
            </li>
          )}
        </ul>
        {periods.length > 0 && (
          <div className="timeline-legend-periods">
            <span className="timeline-legend-title" id={periodsLabelId}>
              {t('timeline.periods')}
            </span>
            <ul aria-labelledby={periodsLabelId}>
              {legendPeriods.listed.map((period) => (
                <li key={period.id}>
                  <span className={`tl-key tl-key-period ${period.className}`} aria-hidden="true" />
                  {period.title} <span className="tl-period-dates">({period.dateWords})</span>
                </li>
              ))}
              {legendPeriods.more > 0 && (
                <li>{t('timeline.morePeriods', { count: legendPeriods.more })}</li>
              )}
            </ul>
          </div>
        )}
        {(markSingleSource || anyDisputed) && (
          <ul aria-label={t('legend.corroboration')} className="timeline-legend-support">
            {(['disputed', 'single-source'] as const)
              .filter((mark) => mark === 'disputed' || markSingleSource)
              .map((mark) => (
                <li key={mark}>
                  <span className={`tl-support-glyph tl-support-${mark}`} aria-hidden="true">
                    {SUPPORT_MARKS[mark].glyph}
                  </span>{' '}
                  {translator.timeline.supportLegend(mark)}
                </li>
              ))}
          </ul>
        )}
        {/* Always shown on a wide screen; on a phone, one tap away. */}
        <button
          type="button"
          className="link-button timeline-key-toggle"
          aria-expanded={keyOpen}
          onClick={() => setKeyOpen((open) => !open)}
        >
          {t('timeline.howDrawn')}
        </button>
        <ul
          aria-label={t('timeline.howDrawn')}
          className="timeline-legend-dates"
          data-open={keyOpen ? 'true' : 'false'}
        >
          <li>
            <span className="tl-key tl-key-day" aria-hidden="true" /> {t('legend.day')}
          </li>
          <li>
            <span className="tl-key tl-key-line" aria-hidden="true" /> {t('legend.span')}
          </li>
          <li>
            <span className="tl-key tl-key-line tl-key-approximate" aria-hidden="true" />{' '}
            {t('legend.approximate')}
          </li>
          <li>
            <span className="tl-key tl-key-line tl-key-uncertain" aria-hidden="true" />{' '}
            {t('legend.uncertain')}
          </li>
          <li>
            <span className="tl-key tl-key-line tl-key-open" aria-hidden="true" />{' '}
            {t('legend.ongoing')}
          </li>
          <li>
            <span className="tl-key tl-key-aggregate" aria-hidden="true" /> {t('legend.count')}
          </li>
        </ul>
      </div>
    </section>
  );
}

export default TimelinePane;
