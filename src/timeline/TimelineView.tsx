// The timeline as a React component: it wires props to the timeline engine
// (engine/TimelineEngine.ts), which owns vis-timeline. The engine is made in one effect and
// destroyed in its cleanup (so StrictMode's second mount gets a fresh one); the props go to it
// from one effect, and it applies only what changed; its callbacks call the latest props.
import {
  type KeyboardEvent,
  type Ref,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
} from 'react';
import type { TimelineModel } from '../model/timelineItems';
import type { TimelinePeriodDescriptor } from '../model/timelinePeriods';
import type { DayWindow } from '../model/viewState';
import {
  type EngineWords,
  TimelineEngine,
  type TimelineEngineCallbacks,
} from './engine/TimelineEngine';

export interface TimelineController {
  zoomIn(): void;
  zoomOut(): void;
  /** Fits every item; the caller clears the stored window. */
  fit(): void;
  /** Moves the window by a fifth of its width, back (-1) or forward (1). */
  pan(direction: -1 | 1): void;
}

export interface TimelineViewProps extends TimelineEngineCallbacks {
  model: TimelineModel;
  selectedEventId: string | null;
  /** null: fit everything. */
  window: DayWindow | null;
  /** Bands drawn behind the events (model/timelinePeriods.ts); never selectable. */
  periods?: readonly TimelinePeriodDescriptor[];
  /** The words it writes itself (axis, counts), in the interface's language. */
  words: EngineWords;
  /** Right to left: time runs from right to left (vis-timeline's `rtl`). */
  rtl?: boolean;
  ref?: Ref<TimelineController>;
}

const NO_PERIODS: readonly TimelinePeriodDescriptor[] = [];

export function TimelineView({
  model,
  selectedEventId,
  window,
  onSelect,
  onWindowChange,
  onShowDay,
  periods = NO_PERIODS,
  words,
  rtl = false,
  ref,
}: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const engineRef = useRef<TimelineEngine | null>(null);
  // Latest callbacks for the engine, whose handlers are bound once; and the props it starts with.
  const props = {
    onSelect,
    onWindowChange,
    onShowDay,
    model,
    periods,
    window,
    selectedEventId,
    words,
  };
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  // Create once per mount and per direction (vis-timeline reads `rtl` only when it is made);
  // destroy on unmount, or before the new direction's engine takes the window it leaves.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let engine: TimelineEngine | null = null;
    const create = () => {
      const start = latest.current;
      engine = new TimelineEngine(
        container,
        start.window,
        {
          onSelect: (eventId, how) => latest.current.onSelect(eventId, how),
          onWindowChange: (shown) => latest.current.onWindowChange(shown),
          onShowDay: (day) => latest.current.onShowDay(day),
        },
        start.words,
        { rtl },
      );
      engineRef.current = engine;
      // A remade (or later made) engine is given the latest props (the props effect below runs
      // only when they change); on the first mount that effect finds it all applied already.
      engine.setProps({
        model: start.model,
        periods: start.periods,
        window: start.window,
        selectedEventId: start.selectedEventId,
      });
    };
    // With nothing to draw yet (a large dataset's items are worked out in slices after the page's
    // first render), the Timeline is made in a task of its own: at 100k events, making it
    // (~50 ms) in the task that renders the page around it made one task of ~150 ms.
    const later = latest.current.model.items.length === 0;
    const handle = later ? globalThis.setTimeout(create, 0) : undefined;
    if (!later) create();
    return () => {
      globalThis.clearTimeout(handle);
      engineRef.current = null;
      (engine as TimelineEngine | null)?.destroy();
    };
  }, [rtl]);

  useEffect(() => {
    engineRef.current?.setWords(words);
    engineRef.current?.setProps({ model, periods, window, selectedEventId });
  }, [model, periods, window, selectedEventId, words]);

  useImperativeHandle(
    ref,
    () => ({
      zoomIn: () => engineRef.current?.zoomIn(),
      zoomOut: () => engineRef.current?.zoomOut(),
      fit: () => engineRef.current?.fit(),
      pan: (direction) => engineRef.current?.pan(direction),
    }),
    [],
  );

  // Enter or Space on a focused item (the engine says what it does).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) =>
    engineRef.current?.handleKeyDown(event.nativeEvent);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Enter/Space from the item labels inside (role="button", focusable) bubble here
    <div ref={containerRef} className="timeline-canvas" onKeyDown={onKeyDown} />
  );
}
